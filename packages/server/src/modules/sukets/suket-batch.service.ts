import type { SuketBatchBody } from '@sigap/contracts';
import { isWithinScope, officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { ResidentRow } from '../../db/schema';
import { authorize } from '../access';
import { getElection, getElectionInScope } from '../elections';
import { enqueueJob, findJob, type JobHandler } from '../jobs';
import { batchSukets, unprintedRecordedResidents } from './suket-batch.repository';
import { suketNumberFormat } from './suket-number-format';
import { suketsPdf } from './suket-pdf';
import { pageOf } from './suket-pdf.service';
import { policyOf } from './suket-policy.service';
import { issueSuketCommand } from './sukets.commands';
import { suketErrors } from './sukets.errors';
import { activeSuketOf } from './sukets.repository';
import { refusalsFor } from './sukets.service';

export const SUKET_BATCH_JOB = 'suket_batch';
/** A batch covers a district or a regency's voters; the cap keeps one job (and its PDF) printable. */
const BATCH_CAP = 2000;

type BatchPayload = {
  electionId: number;
  region: string;
  total: number;
  actor: { id: number; username: string; fullName: string };
  origin: string;
};

/** The residents of the region the rules allow now (the preview count and the job's work list). */
async function eligible(handle: Db, region: string, election: { id: number; votingDate: string }, now: Date) {
  const out: ResidentRow[] = [];
  for (const r of await unprintedRecordedResidents(handle.db, region, BATCH_CAP)) {
    if ((await refusalsFor(handle, r, election, now)).length === 0) out.push(r);
  }
  return out;
}

export async function previewBatch(handle: Db, ctx: RequestContext, body: SuketBatchBody, now = new Date()) {
  authorize(ctx.user, 'suket.issue', body.region);
  const election = await getElectionInScope(handle, ctx.user.regionCode, body.electionId);
  return { count: (await eligible(handle, body.region, election, now)).length };
}

/** Starts the background job; the officer follows its progress and downloads one combined PDF. */
export async function startBatch(
  handle: Db,
  ctx: RequestContext,
  body: SuketBatchBody,
  origin: string,
  now = new Date(),
) {
  authorize(ctx.user, 'suket.issue', body.region);
  const election = await getElectionInScope(handle, ctx.user.regionCode, body.electionId);
  const total = (await eligible(handle, body.region, election, now)).length;
  const payload: BatchPayload = {
    electionId: election.id,
    region: body.region,
    total,
    actor: ctx.user,
    origin,
  };
  const jobId = await handle.db
    .transaction()
    .execute((trx) => enqueueJob(trx, { kind: SUKET_BATCH_JOB, payload, maxAttempts: 3 }, now));
  if (jobId === null) throw new Error('suket batch job not created');
  return { jobId, total };
}

async function batchJob(handle: Db, ctx: RequestContext, q: { region: string; jobId: number }) {
  authorize(ctx.user, 'suket.read', q.region);
  const job = await findJob(handle.db, q.jobId);
  const payload = job?.kind === SUKET_BATCH_JOB ? (JSON.parse(job.payload) as BatchPayload) : undefined;
  if (
    !job ||
    !payload ||
    !isWithinScope(q.region, payload.region) ||
    !isWithinScope(ctx.user.regionCode, payload.region)
  )
    throw suketErrors.notFound();
  return { job, payload };
}

export async function batchProgress(handle: Db, ctx: RequestContext, q: { region: string; jobId: number }) {
  const { job, payload } = await batchJob(handle, ctx, q);
  const issued = (await batchSukets(handle.db, q.jobId)).length;
  const pdfUrl = `/api/v1/sukets/batches/pdf?region=${q.region}&jobId=${q.jobId}`;
  return { jobId: q.jobId, state: job.state, total: payload.total, issued, pdfUrl };
}

/** One PDF of every suket the batch issued, one per page, to print at the office. */
export async function batchPdf(
  handle: Db,
  ctx: RequestContext,
  q: { region: string; jobId: number },
  origin: string,
) {
  await batchJob(handle, ctx, q);
  const rows = await batchSukets(handle.db, q.jobId);
  const pages = [];
  for (const s of rows) pages.push(await pageOf(handle, s, origin));
  return suketsPdf(pages);
}

/**
 * The job: issues to each allowed resident in its own transaction (each number committed with its suket,
 * so the series stays gap-free), heartbeating as it goes. A retried job resumes: residents who got their
 * suket are no longer candidates.
 */
export const suketBatchHandler: JobHandler = async (raw, ctx) => {
  const p = raw as BatchPayload;
  const election = await getElection(ctx.handle, p.electionId);
  const policy = await policyOf(ctx.handle, election);
  let n = 0;
  for (const r of await eligible(ctx.handle, p.region, election, ctx.now())) {
    // Someone issued this resident's suket at the counter meanwhile: the index refused ours, skip them.
    await issueSuketCommand(
      ctx.handle,
      {
        resident: r,
        electionId: p.electionId,
        validFrom: officeToday(r.village_code, ctx.now()),
        validUntil: policy.validUntil,
        numberFormat: await suketNumberFormat(ctx.handle.db, r.village_code),
        deliverVia: { origin: p.origin },
        batchJobId: ctx.jobId,
      },
      { actor: p.actor, ip: null },
      ctx.now(),
    ).catch(async (e) => {
      if (!(await activeSuketOf(ctx.handle.db, r.id))) throw e;
    });
    if (++n % 25 === 0) await ctx.heartbeat();
  }
};
