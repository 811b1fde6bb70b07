/**
 * Migration 0040 on both engines: sukets stored before it (active, superseded, revoked, for two elections)
 * are counted by the new tables exactly as the scan of their rows counts them.
 */
import { describe, expect, inject, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../src/db/migrate';
import { ensureElections } from '../../src/modules/elections';
import { loadOfficialRegions } from '../../src/modules/regions/regions.loader';
import { recordToData } from '../../src/modules/residents/resident-row';
import { EMPTY_SUKET_COUNTS, suketCountsMany } from '../../src/modules/sukets/suket-figures.repository';
import { withFreshDb } from '../helpers/fresh-db';
import { buildResident } from '../helpers/resident-factory';
import { scanSuketCounts } from '../helpers/suket-scan';

const DAYS = [
  '2023-12-31',
  '2024-01-15',
  '2024-02-01',
  '2024-02-14',
  '2024-02-15',
  '2024-12-31',
  '2025-01-01',
];
const REGIONS: [string, string[]][] = [
  ['ID', ['18', '52']],
  ['18', ['18.71', '18.01']],
  ['18.71', ['18.71.01', '18.71.02']],
  ['18.71.01', ['18.71.01.1001', '18.71.01.1003']],
];

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' ? inject('postgresUnavailable') : null;
  describe.skipIf(Boolean(skip))(`migration 0040 (suket counters) [${engine}]`, () => {
    it('fills the counters from the sukets stored before it', async () => {
      await withFreshDb(engine, 'mig0040', async (handle) => {
        await migrateTo(handle, '0039-province-partitions');
        await loadOfficialRegions(handle, ['18', '52']);
        await ensureElections(handle, [
          { name: 'Pemilu 2024', kind: 'pemilu', votingDate: '2024-02-14', regionCodes: ['ID'] },
          { name: 'Pilkada 2024', kind: 'pilkada', votingDate: '2024-11-27', regionCodes: ['18'] },
        ]);
        const elections = await handle.db.selectFrom('elections').select('id').orderBy('id').execute();
        const people = [
          buildResident({
            villageCode: '18.71.01.1001',
            birthDate: '2007-02-01',
            maritalStatus: 'BELUM_KAWIN',
          }),
          buildResident({ villageCode: '18.71.01.1003', birthDate: '1990-05-05' }),
          buildResident({
            villageCode: '18.71.02.1003',
            birthDate: '1985-01-01',
            recordingStatus: 'PRINT_READY_RECORD',
            recordingDate: '2023-06-01',
            printStatus: 'PRINTED',
            printedDate: '2024-01-20',
          }),
        ];
        // Stored rows as the write path stores them, inserted as they are: today's write path also writes
        // columns of later migrations (0041's import digest), which a schema at 0039 does not have yet.
        const now = '2023-12-01T00:00:00.000Z';
        await handle.db
          .insertInto('residents')
          .values(people.map((record) => ({ ...recordToData(record), created_at: now, updated_at: now })))
          .execute();
        const ids = await handle.db
          .selectFrom('residents')
          .select(['id', 'village_code'])
          .orderBy('id')
          .execute();
        const at = '2024-01-01T00:00:00.000Z';
        const rows = [
          { status: 'active', ended_on: null, election: 0 },
          { status: 'revoked', ended_on: '2024-02-01', election: 0 },
          { status: 'superseded', ended_on: '2024-01-20', election: 1 },
        ] as const;
        await handle.db
          .insertInto('sukets')
          .values(
            rows.map((r, i) => ({
              number: `UJI/${i}`,
              regency_code: (ids[i]?.village_code ?? '').slice(0, 5),
              year: 2024,
              seq: i + 1,
              resident_id: Number(ids[i]?.id),
              election_id: Number(elections[r.election]?.id),
              region_code: ids[i]?.village_code ?? '',
              status: r.status,
              revoke_reason: r.status === 'revoked' ? ('manual' as const) : null,
              revoke_note: null,
              valid_from: '2024-01-10',
              valid_until: '2024-12-31',
              signer_id: null,
              signer_name: 'Uji',
              kid: 'uji',
              token: `uji.${i}`,
              pdf_key: `uji-${i}`,
              batch_job_id: null,
              created_at: at,
              updated_at: at,
              ended_on: r.ended_on,
            })),
          )
          .execute();
        await migrateToLatest(handle);

        let counted = 0;
        for (const date of DAYS)
          for (const [region, children] of REGIONS)
            for (const opts of [{}, { notPrintedNow: true }, { electionId: Number(elections[0]?.id) }]) {
              const fast = await suketCountsMany(handle.db, region, children, date, opts);
              const slow = await scanSuketCounts(handle.db, region, children, date, opts);
              for (const code of [region, ...children]) {
                const want = slow.get(code) ?? EMPTY_SUKET_COUNTS;
                expect(
                  fast.get(code) ?? EMPTY_SUKET_COUNTS,
                  `${code} ${date} ${JSON.stringify(opts)}`,
                ).toEqual(want);
                counted += want.issued + want.covering;
              }
            }
        expect(counted).toBeGreaterThan(0);
        // On voting day the adult holders of the active suket cover; the 17-year-old does from 1 Feb 2024.
        const onVotingDay = await suketCountsMany(handle.db, '18.71', [], '2024-02-14');
        expect(onVotingDay.get('18.71')).toEqual({ issued: 3, active: 1, superseded: 1, covering: 1 });
      });
    });
  });
}
