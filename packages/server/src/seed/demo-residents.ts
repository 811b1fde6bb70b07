import { formatNumber, officeToday } from '@sigap/domain';
import type { Db } from '../db/connect';
import { ensureElections } from '../modules/elections';
import { expectedPopulation, generateIntoDatabase } from '../modules/generator';
import { registryIsEmpty } from '../modules/residents';
import { seedDemoHistory } from '../modules/snapshots';

/** The demo provinces: Lampung at the configured scale, NTB at half of it (its demo users need residents too). */
const DEMO_PROVINCES = [
  { code: '18', share: 1 },
  { code: '52', share: 0.5 },
] as const;

/**
 * Fills an empty registry with synthetic residents so the first start shows real-looking figures. Does
 * nothing when residents exist (a second start, or real data) or when the scale is 0.
 */
/** `now` decides each province's reference date, on that province's own clock. */
export async function ensureDemoResidents(handle: Db, scale: number, now: Date): Promise<number> {
  if (scale <= 0) return 0;
  if (!(await registryIsEmpty(handle))) return 0;
  let total = 0;
  for (const p of DEMO_PROVINCES) {
    const expected = expectedPopulation(p.code, scale * p.share);
    process.stdout.write(`  Membuat data demo provinsi ${p.code} (~${formatNumber(expected)} penduduk)...`);
    const started = Date.now();
    const r = await generateIntoDatabase(handle, {
      provinceCode: p.code,
      scale: scale * p.share,
      seed: 2024,
      referenceDate: officeToday(p.code, now),
    });
    total += r.inserted;
    process.stdout.write(
      ` ${formatNumber(r.inserted)} dalam ${((Date.now() - started) / 1000).toFixed(1)} dtk\n`,
    );
  }
  // Sixty days of daily figures reconstructed from the recording history, so the trend chart and the
  // forecasts have something to show on the first start.
  await seedDemoHistory(
    handle,
    DEMO_PROVINCES.map((p) => p.code),
    now,
  );
  await ensureDemoElection(handle);
  return total;
}

/**
 * Both seeded elections are in the past; a demo needs a voting day ahead to forecast towards. The name says
 * it is a simulation: the date of the next general election is not set in law yet.
 */
async function ensureDemoElection(handle: Db): Promise<void> {
  await ensureElections(handle, [
    {
      name: 'Simulasi Pemilu 2029',
      kind: 'pemilu',
      votingDate: '2029-02-14',
      regionCodes: ['ID'],
      demo: true,
    },
  ]);
}
