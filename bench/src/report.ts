/** One benchmark figure with what it is compared to: a measured baseline and/or the target. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  target?: { value: number; better: 'higher' | 'lower' };
  note?: string;
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

export function printFigure(f: Figure): void {
  const parts = [`${f.name}: ${fmt(f.value)} ${f.unit}`];
  if (f.baseline) {
    // A time is compared as how many times faster than its baseline; a rate as its share of the baseline.
    const ratio =
      f.target?.better === 'lower'
        ? `${(f.baseline.value / f.value).toFixed(f.baseline.value / f.value >= 10 ? 0 : 2)}× faster`
        : `ratio ${(f.value / f.baseline.value).toFixed(2)}`;
    parts.push(`baseline ${f.baseline.name} ${fmt(f.baseline.value)} ${f.unit}, ${ratio}`);
  }
  if (f.target) {
    const ok = f.target.better === 'higher' ? f.value >= f.target.value : f.value <= f.target.value;
    parts.push(
      `target ${f.target.better === 'higher' ? '≥' : '≤'} ${fmt(f.target.value)} (${(f.value / f.target.value).toFixed(2)}× target) ${ok ? 'MET' : 'NOT MET'}`,
    );
  }
  if (f.note) parts.push(f.note);
  console.log(parts.join(' | '));
}
