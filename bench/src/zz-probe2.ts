import { execFileSync } from 'node:child_process';
import { sql } from 'kysely';
import { openDatabase } from '../../packages/server/src/db/connect';
import {
  createTestDatabase,
  databaseUrl,
  dropTestDatabase,
} from '../../packages/server/test/helpers/postgres';

const name = await createTestDatabase('probe2');
const url = databaseUrl(name);
try {
  execFileSync('npx', ['tsx', 'bench/src/import-child.ts', '.bench-cache/lampung-200000.csv'], {
    env: { ...process.env, DATABASE_URL: url, SIGAP_DATA_DIR: '/tmp/probe2' },
    stdio: 'inherit',
  });
  const h = openDatabase({ engine: 'postgres', url });
  await sql`create table stage as select * from residents order by random() limit 20000`.execute(h.db);
  const variants: [string, string][] = [
    [
      'directory lateral',
      `select count(*) from stage s cross join lateral (select r0.* from resident_niks d0 join residents r0 on r0.village_code = d0.village_code and r0.id = d0.resident_id where d0.nik = s.nik limit 1) r`,
    ],
    [
      'nik lateral',
      `select count(*) from stage s cross join lateral (select * from residents r0 where r0.nik = s.nik limit 1) r`,
    ],
    [
      'directory join',
      `select count(*) from stage s join resident_niks d0 on d0.nik = s.nik join residents r0 on r0.village_code = d0.village_code and r0.id = d0.resident_id`,
    ],
  ];
  for (const [label, q] of variants) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await sql.raw(q).execute(h.db);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(label, 'ms median', times[2]?.toFixed(1));
  }
  const { rows } = await sql
    .raw<{ 'QUERY PLAN': string }>(`explain analyze ${variants[0]?.[1]}`)
    .execute(h.db);
  console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
  await h.close();
} finally {
  await dropTestDatabase(name);
}
