import { officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { figuresForMany } from '../counters';
import { getElection } from '../elections';
import type { ImportSink, VoterRollRecord } from '../imports';
import { classifyRoll } from './voter-roll-classify.repository';
import type { ReverseWalk } from './voter-roll-reverse.repository';
import { voterRollErrors } from './voter-rolls.errors';
import { findRollOfJob, insertRollRows } from './voter-rolls.repository';

/**
 * Where the import machinery puts a voter roll's rows: staged in `voter_roll_rows` with the batch (same
 * transaction as the import's checkpoint, so a resumed import stages each line once), then classified
 * set-based once the last batch is in.
 */
export const voterRollSink: ImportSink<VoterRollRecord> = {
  async stage(trx, job, rows) {
    const roll = await findRollOfJob(trx, job.id);
    if (!roll) throw voterRollErrors.notFound();
    await insertRollRows(
      trx,
      rows.map(({ line, record }) => ({
        roll_id: roll.id,
        line,
        nik: record.nik,
        full_name: record.fullName,
        birth_date: record.birthDate,
        sex: record.sex,
        address: record.address,
        tps: record.tps,
        resident_id: null,
        region_code: roll.region_code,
        class: null,
      })),
    );
  },
  async finish(handle: Db, job) {
    const roll = await findRollOfJob(handle.db, job.id);
    if (!roll) throw voterRollErrors.notFound();
    const election = await getElection(handle, roll.election_id);
    await classifyRoll(handle, roll, election, undefined, await reverseWalkFor(handle, roll.region_code));
  },
};

/**
 * The cheaper walk for the reverse set (see ReverseWalk): the NIK index once the roll's region holds more
 * than a third of the registry's living residents (the per-resident costs differ about threefold), read
 * from the counters, so the choice costs two indexed queries and no scan.
 */
async function reverseWalkFor(handle: Db, region: string): Promise<ReverseWalk> {
  const figures = await figuresForMany(handle.db, [region, 'ID'], officeToday(region));
  const inRegion = figures.get(region)?.population ?? 0;
  const all = figures.get('ID')?.population ?? 0;
  return all > 0 && inRegion * 3 > all ? 'nik' : 'region';
}
