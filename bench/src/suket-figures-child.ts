/**
 * Suket figures on a generated Lampung (issue 17): adds synthetic sukets (argv[2], default 200,000; skipped
 * when the database has them from an earlier run), rebuilds the suket counters from them (migration 0040's
 * backfill, timed), then measures, per level and reference date, the CPU time of one call of the counter read
 * (`suketCountsMany`), of the scan it replaced (test/helpers/suket-scan.ts) and of the coverage counters'
 * read of the same regions (`figuresForMany`, the baseline), alternating the three. Every date also checks
 * that the counters and the scan agree. Prints one JSON line.
 */
import { addDays } from '@sigap/domain';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { figuresForMany } from '../../packages/server/src/modules/counters';
import { listChildRegionsFor } from '../../packages/server/src/modules/regions';
import { rebuildSuketCounts } from '../../packages/server/src/modules/sukets/suket-counts.repository';
import {
  EMPTY_SUKET_COUNTS,
  suketCountsMany,
} from '../../packages/server/src/modules/sukets/suket-figures.repository';
import { scanSuketCounts } from '../../packages/server/test/helpers/suket-scan';
import { coverageBenchDates, ELECTION_DAYS } from './coverage-dates';
import { median } from './run-child';

const wanted = Number(process.argv[2] ?? 200_000);
const { handle } = await openAndPrepare(loadConfig());
const { db } = handle;

/** A reproducible stream of numbers in [0, 1) (the same LCG as coverage-dates.ts). */
let state = 20240214;
const next = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};

async function addSyntheticSukets(): Promise<number> {
  const have = await db
    .selectFrom('sukets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('number', 'like', 'BENCH/%')
    .executeTakeFirstOrThrow();
  if (Number(have.n) >= wanted) return 0;
  const elections = await db
    .selectFrom('elections')
    .select(['id', 'voting_date'])
    .where('voting_date', 'in', [...ELECTION_DAYS])
    .execute();
  if (elections.length === 0) throw new Error('no election on the bench election days');
  // Distinct holders spread over the province (one active suket per person).
  const holders = await db
    .selectFrom('residents')
    .select(['id', 'village_code'])
    .where('village_code', '>=', '18.')
    .where('village_code', '<', '18/')
    .where((eb) => eb(eb('id', '%', 9), '=', 0))
    .limit(wanted)
    .execute();
  const at = new Date().toISOString();
  const row = (h: (typeof holders)[number], i: number) => {
    const e = elections[Math.floor(next() * elections.length)] as (typeof elections)[number];
    const from = addDays(e.voting_date, -Math.floor(next() * 180));
    const until = next() < 0.5 ? e.voting_date : `${e.voting_date.slice(0, 4)}-12-31`;
    const span = (Date.parse(until) - Date.parse(from)) / 86_400_000;
    const fate = next();
    const status = fate < 0.7 ? 'active' : fate < 0.95 ? 'superseded' : 'revoked';
    return {
      number: `BENCH/${i}`,
      regency_code: h.village_code.slice(0, 5),
      year: Number(from.slice(0, 4)),
      seq: i,
      resident_id: h.id,
      election_id: e.id,
      region_code: h.village_code,
      status: status as 'active' | 'superseded' | 'revoked',
      revoke_reason: status === 'revoked' ? ('manual' as const) : null,
      revoke_note: null,
      valid_from: from,
      valid_until: until,
      signer_id: null,
      signer_name: 'Bench',
      kid: 'bench',
      token: `bench.${i}`,
      pdf_key: `bench-${i}`,
      batch_job_id: null,
      created_at: at,
      updated_at: at,
      ended_on: status === 'active' ? null : addDays(from, Math.floor(next() * (span + 1))),
    };
  };
  // Built a thousand at a time: 200,000 rows at once would not fit the heap the server runs with.
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < holders.length; i += 1000)
      await trx
        .insertInto('sukets')
        .values(holders.slice(i, i + 1000).map((h, k) => row(h, i + k)))
        .execute();
  });
  return holders.length;
}

const added = await addSyntheticSukets();
const rebuildStart = performance.now();
await rebuildSuketCounts(db);
const rebuildSeconds = (performance.now() - rebuildStart) / 1000;

const cpuMs = async (work: () => Promise<unknown>) => {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const regions = { province: '18', regency: '18.71', district: '18.71.01', village: '18.71.01.1003' };
const dates = coverageBenchDates();
const ROUNDS = 3;
const opts = { notPrintedNow: true };
const result: Record<
  string,
  { counters: number; countersP95: number; scan: number; scanP95: number; coverage: number }
> = {};
let mismatches = 0;
for (const [level, code] of Object.entries(regions)) {
  const children = (await listChildRegionsFor(db, code)).map((c) => c.code);
  // One unmeasured pass: compiled code paths and warm pages for all three.
  await suketCountsMany(db, code, children, dates[0] as string, opts);
  await scanSuketCounts(db, code, children, dates[0] as string, opts);
  await figuresForMany(db, [code, ...children], dates[0] as string);
  const counters: number[] = [];
  const scan: number[] = [];
  const coverage: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const date of dates) {
      let fast: Awaited<ReturnType<typeof suketCountsMany>> | undefined;
      let slow: Awaited<ReturnType<typeof scanSuketCounts>> | undefined;
      counters.push(await cpuMs(async () => (fast = await suketCountsMany(db, code, children, date, opts))));
      scan.push(await cpuMs(async () => (slow = await scanSuketCounts(db, code, children, date, opts))));
      coverage.push(await cpuMs(() => figuresForMany(db, [code, ...children], date)));
      for (const c of [code, ...children]) {
        const a = fast?.get(c) ?? EMPTY_SUKET_COUNTS;
        const b = slow?.get(c) ?? EMPTY_SUKET_COUNTS;
        if (JSON.stringify(a) !== JSON.stringify(b)) mismatches++;
      }
    }
  }
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? 0;
  result[level] = {
    counters: median(counters),
    countersP95: p95(counters),
    scan: median(scan),
    // The scan's cost is on the days near an election, when many sukets are active: its p95 shows them.
    scanP95: p95(scan),
    coverage: median(coverage),
  };
}
const sukets = await db
  .selectFrom('sukets')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const counterRows = await db
  .selectFrom('suket_counts')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
await handle.close();
console.log(
  JSON.stringify({
    sukets: Number(sukets.n),
    added,
    counterRows: Number(counterRows.n),
    rebuildSeconds,
    dates: dates.length,
    rounds: ROUNDS,
    mismatches,
    levels: result,
  }),
);
