/**
 * `npm run bench`: performance figures with their baselines and the issues' targets. Each measured run is
 * a child process, so memory figures are its own. Options: --rows N (import file size, default 1,000,000),
 * --repeat N (median of N runs, default 1), --gen-scale S (generation benchmark scale, default 0.1;
 * 1 = all of Lampung), --coverage-scale S (population behind the coverage latency figures, default 0.1),
 * --only import,postgres,generate,coverage,booking,queue,voter-roll,partitions (the voter-roll cross-check, a
 * roll of --rows rows against a registry of that size; partitions: PostgreSQL with three provinces loaded
 * against one, each of --partition-rows rows, default 200,000), --coverage-data DIR (measure coverage on a database generated before,
 * e.g. by `SIGAP_DATA_DIR=DIR npm run sigap -- generate --province 18 --scale 1`), suket-figures (not in the
 * default set: the command center's suket figures from counters against the scan they replaced, on Lampung at
 * --coverage-scale or --coverage-data with --sukets N synthetic sukets, default 200,000).
 */
import { parseArgs } from 'node:util';
import { bookingFigures } from './booking-bench';
import { throughput } from './booking-rate';
import { coverageFigures } from './coverage-bench';
import { generateFigures } from './generate-bench';
import { postgresImportFigures, siakCsv, sqliteImportFigures } from './import-bench';
import { partitionFigures } from './partitions-bench';
import { queueFigures } from './queue-bench';
import { type Figure, printFigure } from './report';
import { suketFigures } from './suket-figures-bench';
import { voterRollFigures } from './voter-roll-bench';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    repeat: { type: 'string', default: '1' },
    'gen-scale': { type: 'string', default: '0.1' },
    only: {
      type: 'string',
      default: 'import,postgres,generate,coverage,booking,queue,voter-roll,partitions',
    },
    'partition-rows': { type: 'string', default: '200000' },
    'coverage-scale': { type: 'string', default: '0.1' },
    'coverage-data': { type: 'string' },
    sukets: { type: 'string', default: '200000' },
  },
});
const only = new Set(values.only.split(','));
const repeat = Number(values.repeat);
const figures: Figure[] = [];
const show = (fs: Figure[]) => {
  for (const f of fs) printFigure(f);
  figures.push(...fs);
};

console.log(
  `Sigap benchmarks on ${process.platform}/${process.arch}, node ${process.version}, ${new Date().toISOString()}`,
);
if (only.has('import') || only.has('postgres')) {
  const file = await siakCsv(Number(values.rows));
  if (only.has('import')) show(await sqliteImportFigures(file, repeat));
  if (only.has('postgres')) show(await postgresImportFigures(file, repeat));
}
if (only.has('generate')) show(await generateFigures(Number(values['gen-scale']), repeat));
if (only.has('booking')) show(await bookingFigures(repeat));
else if (only.has('booking-rate')) show(await throughput(repeat));
if (only.has('coverage'))
  show(await coverageFigures(Number(values['coverage-scale']), values['coverage-data']));
if (only.has('suket-figures'))
  show(
    await suketFigures(
      Number(values['coverage-scale']),
      Number(values.sukets),
      repeat,
      values['coverage-data'],
    ),
  );
if (only.has('queue')) show(await queueFigures());
if (only.has('voter-roll')) show(await voterRollFigures(await siakCsv(Number(values.rows)), repeat));
if (only.has('partitions')) show(await partitionFigures(Number(values['partition-rows']), repeat));
console.log(`\n${figures.length} figures measured.`);
