import { formatNumber, type Locale } from '@sigap/domain';

/**
 * Fixed class breaks for "% recorded" (as ratios; each break is the lower bound of the class above it).
 * Fixed rather than quantiles so one colour means the same on every map (Lampung's regencies, a regency's
 * districts, last year's reference) and against the national 100 % target; they sit where the figures of
 * real offices spread, between the mid-80s and full coverage.
 */
export const PERCENT_BREAKS: readonly number[] = [0.85, 0.9, 0.95, 0.98];

/**
 * ColorBrewer YlGnBu, 5 classes (light → dark = fewer → more recorded): sequential, safe for the common
 * colour-vision deficiencies and in greyscale print. Areas without figures are hatched instead, so no colour
 * stands for "no data".
 */
export const CLASS_COLOURS: readonly string[] = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

/** One class of the legend: its colour, its bounds (null: open-ended) and how many areas fall in it. */
export interface LegendClass {
  index: number;
  colour: string;
  from: number | null;
  to: number | null;
  count: number;
}

/**
 * The class of a ratio, or null for no data. The ratio is first rounded to the two decimals of a percentage
 * that the table and the tooltip show, so an area shown as "90,00%" is never coloured as below 90 %.
 */
export function classOf(ratio: number | null, breaks: readonly number[] = PERCENT_BREAKS): number | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  const shown = Math.round(ratio * 10_000) / 10_000;
  let index = 0;
  while (index < breaks.length && shown >= (breaks[index] ?? Number.POSITIVE_INFINITY)) index++;
  return index;
}

/** The fill of an area: its class colour, or undefined for no data (the caller hatches it). */
export function colourOf(ratio: number | null): string | undefined {
  const index = classOf(ratio);
  return index === null ? undefined : CLASS_COLOURS[index];
}

/** The legend's classes, lowest first, with the number of areas in each; and the number without data. */
export function legendClasses(ratios: readonly (number | null)[]): {
  classes: LegendClass[];
  noData: number;
} {
  const counts = CLASS_COLOURS.map(() => 0);
  let noData = 0;
  for (const ratio of ratios) {
    const index = classOf(ratio);
    if (index === null) noData++;
    else counts[index] = (counts[index] ?? 0) + 1;
  }
  const classes = CLASS_COLOURS.map((colour, index) => ({
    index,
    colour,
    from: index === 0 ? null : (PERCENT_BREAKS[index - 1] ?? null),
    to: index === CLASS_COLOURS.length - 1 ? null : (PERCENT_BREAKS[index] ?? null),
    count: counts[index] ?? 0,
  }));
  return { classes, noData };
}

/** "< 85%", "85–90%", "≥ 98%": bounds as whole percentages in the reader's number format. */
export function classLabel(c: Pick<LegendClass, 'from' | 'to'>, locale: Locale): string {
  const pct = (ratio: number) => formatNumber(Math.round(ratio * 10_000) / 100, locale);
  if (c.from === null && c.to !== null) return `< ${pct(c.to)}%`;
  if (c.to === null && c.from !== null) return `≥ ${pct(c.from)}%`;
  if (c.from !== null && c.to !== null) return `${pct(c.from)}–${pct(c.to)}%`;
  return '';
}
