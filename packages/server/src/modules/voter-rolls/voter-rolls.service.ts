import type { StartVoterRollBody, VoterRoll, VoterRollSummary } from '@sigap/contracts';
import { type Action, isWithinScope, regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { errors } from '../../errors';
import { authorize } from '../access';
import { recordAudit } from '../audit';
import { electionConcerns, getElection, getElectionInScope } from '../elections';
import { createImportJob, type ImportJobRow, readUpload } from '../imports';
import { findRegionByCode, findRegionsByCode } from '../regions';
import { fullCounts, presentRoll } from './voter-roll.presenter';
import { voterRollErrors } from './voter-rolls.errors';
import {
  countByChild,
  findRoll,
  findRollJob,
  insertRoll,
  listRollRows,
  type VoterRollRow,
} from './voter-rolls.repository';

/** Characters of the child code a summary of a region groups by (a village groups by itself). */
const CHILD_LENGTH: Record<string, number> = {
  country: 2,
  province: 5,
  regency: 8,
  district: 13,
  village: 13,
};

/**
 * A roll as `ctx` may see it: the role may do `action`, and the roll's region lies inside the caller's
 * scope (as every `row:` route); otherwise it is answered as missing or out of scope.
 */
export async function rollFor(handle: Db, ctx: RequestContext, id: number, action: Action) {
  authorize(ctx.user, action);
  const roll = await findRoll(handle.db, id);
  if (!roll) throw voterRollErrors.notFound();
  authorize(ctx.user, action, roll.region_code);
  return roll;
}

/** The region a request narrows a roll to: inside the roll (a region above it means the whole roll). */
export function regionOfRoll(roll: VoterRollRow, region: string | undefined): string {
  if (region === undefined || isWithinScope(region, roll.region_code)) return roll.region_code;
  if (!isWithinScope(roll.region_code, region)) throw voterRollErrors.regionOutsideRoll();
  return region;
}

/**
 * Starts a cross-check: the import job of kind `voter_roll` and the roll it fills, in one transaction with
 * the audit entry; the import worker then stages, classifies and reports bad rows like any import.
 */
export async function startVoterRoll(
  handle: Db,
  ctx: RequestContext,
  dataDir: string,
  body: StartVoterRollBody,
  wakeWorker: () => void,
  now: Date = new Date(),
): Promise<VoterRoll> {
  authorize(ctx.user, 'voter_roll.import', body.region);
  const region = await findRegionByCode(handle.db, body.region);
  if (!region) throw errors.notFound('Wilayah', 'region', body.region);
  const election = await getElectionInScope(handle, ctx.user.regionCode, body.electionId);
  if (!electionConcerns(election, body.region)) throw voterRollErrors.electionElsewhere();
  const upload = await readUpload(dataDir, body.uploadId);
  if (upload.userId !== ctx.user.id) throw errors.notFound('Unggahan', 'upload', body.uploadId);
  const name = body.name ?? `DPT ${election.name} — ${region.name}`;
  let rollId = 0;
  await createImportJob(
    handle,
    upload,
    { kind: 'voter_roll' },
    { userId: ctx.user.id, scope: body.region },
    undefined,
    async (trx, importJobId) => {
      rollId = await insertRoll(trx, {
        import_job_id: importJobId,
        election_id: election.id,
        region_code: body.region,
        name,
        classified_at: null,
        created_by: ctx.user.id,
        created_at: now.toISOString(),
      });
      await recordAudit(trx, handle.store, {
        actor: ctx.user,
        action: 'voter_roll.import',
        entity: 'voter_roll',
        entityId: rollId,
        regionCode: body.region,
        summary: { electionId: election.id, fileName: upload.fileName, sha256: upload.sha256 },
        ip: ctx.ip,
      });
    },
  );
  wakeWorker();
  return getVoterRoll(handle, ctx, rollId);
}

async function present(handle: Db, roll: VoterRollRow, names: Map<string, string>): Promise<VoterRoll> {
  const election = await getElection(handle, roll.election_id);
  const job = await findRollJob(handle.db, roll.import_job_id);
  return presentRoll(roll, election, job as ImportJobRow, names.get(roll.region_code) ?? null);
}

async function regionNames(handle: Db, codes: string[]): Promise<Map<string, string>> {
  const rows = await findRegionsByCode(handle.db, [...new Set(codes)]);
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function getVoterRoll(handle: Db, ctx: RequestContext, id: number): Promise<VoterRoll> {
  const roll = await rollFor(handle, ctx, id, 'voter_roll.read');
  return present(handle, roll, await regionNames(handle, [roll.region_code]));
}

export async function listVoterRolls(handle: Db, ctx: RequestContext): Promise<{ items: VoterRoll[] }> {
  authorize(ctx.user, 'voter_roll.read');
  const rolls = await listRollRows(handle.db, ctx.user.regionCode);
  const names = await regionNames(
    handle,
    rolls.map((r) => r.region_code),
  );
  return { items: await Promise.all(rolls.map((r) => present(handle, r, names))) };
}

/** Counts per class of a region of the roll, and per region one level down (province → regency → district → village). */
export async function rollSummary(
  handle: Db,
  ctx: RequestContext,
  id: number,
  regionParam: string | undefined,
): Promise<VoterRollSummary> {
  const roll = await rollFor(handle, ctx, id, 'voter_roll.read');
  const region = regionOfRoll(roll, regionParam);
  authorize(ctx.user, 'voter_roll.read', region);
  const level = regionLevel(region) ?? 'village';
  const cells = await countByChild(handle.db, roll.id, region, CHILD_LENGTH[level] ?? 13);
  const byChild = new Map<string, Map<string, number>>();
  const whole = new Map<string, number>();
  for (const c of cells) {
    const m = byChild.get(c.child) ?? new Map<string, number>();
    m.set(c.class, (m.get(c.class) ?? 0) + c.n);
    byChild.set(c.child, m);
    whole.set(c.class, (whole.get(c.class) ?? 0) + c.n);
  }
  const names = await regionNames(handle, [region, ...byChild.keys()]);
  const rows = [...byChild.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, m]) => ({
      code,
      name: names.get(code) ?? null,
      level: regionLevel(code) ?? null,
      counts: fullCounts(m),
      total: [...m.values()].reduce((a, b) => a + b, 0),
    }));
  return {
    region: { code: region, name: names.get(region) ?? null, level },
    counts: fullCounts(whole),
    rows,
  };
}
