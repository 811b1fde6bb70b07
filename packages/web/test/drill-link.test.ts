import { describe, expect, it } from 'vitest';
import { drillHref, isPlainClick } from '../src/features/dashboard/drill-link';

const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

/** Issue 11: a drill-down row is a link that opens in a new tab, keeping the chosen election or date. */
describe('drill-down links', () => {
  it('point at the child region and keep the other parameters', () => {
    expect(drillHref(new URLSearchParams('pemilihan=3'), '18.71')).toBe('?pemilihan=3&wilayah=18.71');
    expect(drillHref(new URLSearchParams('wilayah=18&tanggal=2024-11-27'), '18.71')).toBe(
      '?wilayah=18.71&tanggal=2024-11-27',
    );
    expect(drillHref(new URLSearchParams(), '18')).toBe('?wilayah=18');
  });

  it('leave modified and middle clicks to the browser (a new tab or window)', () => {
    expect(isPlainClick(click)).toBe(true);
    expect(isPlainClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...click, shiftKey: true })).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });
});
