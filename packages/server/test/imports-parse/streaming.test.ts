/**
 * A large generated file parses with bounded memory. The throughput printed here is informative only
 * (performance targets live in `npm run bench`); the memory bound is the assertion.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseImportBatches } from '../../src/modules/imports/parse/parse-import-file';
import { cellsOf, fixturePath, REFERENCE_DATE, RESIDENT_HEADER, residentRow } from './fixtures';

const ROWS = 200_000;
const MB = 1024 * 1024;
const SAMPLE_EVERY = 20_000;

// Live heap, not heap plus garbage awaiting collection: what a leak or an unbounded buffer would grow.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function liveHeap(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** Writes ROWS varied residents (both sexes, several villages, a quoted address) without holding them. */
async function writeLargeCsv(): Promise<string> {
  const file = fixturePath('large.csv');
  const out = createWriteStream(file);
  const base = cellsOf(residentRow());
  out.write(`${RESIDENT_HEADER.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const serial = String((i % 9999) + 1).padStart(4, '0');
    const woman = i % 2 === 1;
    const cells = [...base];
    cells[0] = `187101${woman ? '57' : '17'}0890${serial}`;
    cells[2] = `PENDUDUK ${i}`;
    cells[3] = woman ? 'PEREMPUAN' : 'LAKI-LAKI';
    cells[9] = `18.71.01.${1001 + (i % 7)}`;
    cells[10] = `"JL. MERDEKA NO. ${i % 300}, RT ${i % 12}"`;
    chunk += `${cells.join(',')}\n`;
    if (chunk.length > 256 * 1024) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return file;
}

const options = { kind: 'residents', referenceDate: REFERENCE_DATE } as const;

describe('streaming a large file', () => {
  it(`parses ${ROWS.toLocaleString('en')} rows with live heap growth under 100 MB`, async () => {
    const file = await writeLargeCsv();

    // Throughput first, undisturbed: a forced collection slows the allocations that follow it.
    const cpu = process.cpuUsage();
    const started = performance.now();
    let parsed = 0;
    for await (const batch of parseImportBatches({ path: file }, options)) parsed += batch.length;
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;

    const baseline = liveHeap();
    let peak = baseline;
    let ok = 0;
    let rejected = 0;
    for await (const batch of parseImportBatches({ path: file }, options)) {
      for (const row of batch)
        if (row.ok) ok++;
        else rejected++;
      if ((ok + rejected) % SAMPLE_EVERY < batch.length) peak = Math.max(peak, liveHeap());
    }
    console.log(
      `[imports-parse] ${parsed} rows in ${seconds.toFixed(2)} s: ${Math.round(parsed / seconds).toLocaleString('en')} rows/s wall, ` +
        `${Math.round(parsed / cpuSeconds).toLocaleString('en')} rows/s per CPU second; ` +
        `live heap growth ${((peak - baseline) / MB).toFixed(1)} MB`,
    );
    expect([ok, rejected]).toEqual([ROWS, 0]);
    expect(peak - baseline).toBeLessThan(100 * MB);
  });
});
