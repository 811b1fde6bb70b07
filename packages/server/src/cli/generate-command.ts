import { formatNumber, officeToday } from '@sigap/domain';
import type { Command } from 'commander';
import type { Db } from '../db/connect';
import {
  expectedPopulation,
  generateIntoDatabase,
  generateResidents,
  loadVillages,
  writeSiakCsv,
  writeSiakXlsx,
} from '../modules/generator';
import { progressBar } from './progress-bar';

type WithDb = <T>(work: (handle: Db) => Promise<T>) => Promise<T>;

export function registerGenerateCommand(program: Command, withDb: WithDb): void {
  program
    .command('generate')
    .description('generate a realistic synthetic province into the database or into a SIAK file')
    .requiredOption('--province <code>', 'two-digit province code, e.g. 18 (Lampung) or 52 (NTB)')
    .option('--scale <fraction>', 'share of the real population, e.g. 0.05', '0.05')
    .option('--seed <n>', 'same seed, same residents', '1')
    .option('--out <file>', 'write a SIAK file (.csv or .xlsx) instead of the database')
    .option(
      '--reference-date <YYYY-MM-DD>',
      "the day the data describes (default: today on the province's clock)",
    )
    .action(
      async (o: { province: string; scale: string; seed: string; out?: string; referenceDate?: string }) => {
        const scale = Number(o.scale);
        if (!(scale > 0 && scale <= 2)) throw new Error('--scale must be a number above 0 and at most 2');
        const referenceDate = o.referenceDate ?? officeToday(o.province); // the generated province's clock
        const expected = expectedPopulation(o.province, scale);
        const bar = progressBar(`Generate ${o.province}`);
        const started = Date.now();
        if (o.out) {
          const records = generateResidents({
            provinceCode: o.province,
            villages: loadVillages(o.province),
            scale,
            seed: o.seed,
            referenceDate,
          });
          const write = o.out.toLowerCase().endsWith('.xlsx') ? writeSiakXlsx : writeSiakCsv;
          const n = await write(records, o.out, (w) => bar.update(w / expected, formatNumber(w)));
          bar.done();
          console.log(
            `${formatNumber(n)} penduduk ditulis ke / residents written to ${o.out} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          );
          return;
        }
        const r = await withDb((handle) =>
          generateIntoDatabase(handle, {
            provinceCode: o.province,
            scale,
            seed: o.seed,
            referenceDate,
            onProgress: (w, e) => bar.update(w / e, formatNumber(w)),
          }),
        );
        bar.done();
        console.log(
          `${formatNumber(r.total)} penduduk / residents: baru ${formatNumber(r.inserted)}, diperbarui ${formatNumber(r.updated)}, tidak berubah ${formatNumber(r.unchanged)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
      },
    );
}
