/** One measured generation of a province into a fresh SQLite database. Prints { rows, seconds, maxRssMb }. */
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { generateIntoDatabase } from '../../packages/server/src/modules/generator/generate.service';

const [province = '18', scale = '0.1'] = process.argv.slice(2);
const { handle } = await openAndPrepare(loadConfig());
const started = performance.now();
const r = await generateIntoDatabase(handle, {
  provinceCode: province,
  scale: Number(scale),
  seed: 1,
  referenceDate: '2024-11-15',
});
const seconds = (performance.now() - started) / 1000;
await handle.close();
console.log(JSON.stringify({ rows: r.inserted, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
