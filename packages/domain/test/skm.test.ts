import { describe, expect, it } from 'vitest';
import { isValidSkmAnswers, SKM_ELEMENTS, skmBand, skmBandLabel, skmSummary } from '../src/skm';

const all = (v: number) => Array(9).fill(v) as number[];

describe('SKM (PermenPANRB 14/2017)', () => {
  it('has the nine elements in order, each with four answers', () => {
    expect(SKM_ELEMENTS.map((e) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(SKM_ELEMENTS[0]?.name.id).toBe('Persyaratan');
    expect(SKM_ELEMENTS[8]?.name.id).toBe('Sarana dan prasarana');
    for (const e of SKM_ELEMENTS) expect(e.options).toHaveLength(4);
  });

  it('computes the index as the mean of the element means × 25', () => {
    expect(skmSummary([all(4)])).toMatchObject({ count: 1, index: 100, band: 'A' });
    expect(skmSummary([all(1)])).toMatchObject({ index: 25, band: 'D' });
    // Element means 3.5 (U1) and 3 elsewhere: (3.5 + 8 × 3) / 9 × 25 = 76.39 → C.
    const s = skmSummary([
      [4, 3, 3, 3, 3, 3, 3, 3, 3],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    expect(s.elements[0]).toBe(3.5);
    expect(s.elements[1]).toBe(3);
    expect(s.index).toBe(76.39);
    expect(s.band).toBe('C');
  });

  it('classes by the conversion table at its edges, as shown (two decimals)', () => {
    expect(skmBand(88.31)).toBe('A');
    expect(skmBand(88.305)).toBe('A');
    expect(skmBand(88.3)).toBe('B');
    expect(skmBand(76.61)).toBe('B');
    expect(skmBand(76.6)).toBe('C');
    expect(skmBand(65)).toBe('C');
    expect(skmBand(64.99)).toBe('D');
    expect(skmBandLabel('A')).toBe('Sangat Baik');
    expect(skmBandLabel('C', 'en')).toBe('Poor');
  });

  it('counts only complete sheets of answers 1–4 and answers null without any', () => {
    expect(isValidSkmAnswers(all(2))).toBe(true);
    expect(isValidSkmAnswers([...all(2), 3])).toBe(false);
    expect(isValidSkmAnswers([0, 2, 2, 2, 2, 2, 2, 2, 2])).toBe(false);
    expect(isValidSkmAnswers([2.5, 2, 2, 2, 2, 2, 2, 2, 2])).toBe(false);
    expect(skmSummary([])).toMatchObject({ count: 0, index: null, band: null });
    expect(skmSummary([all(4), [5, 4, 4, 4, 4, 4, 4, 4, 4]]).count).toBe(1);
  });
});
