import type { FieldListKind } from '@sigap/contracts';
import { RERECORD_STATUSES, type RecordingStatus } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database, ResidentRow } from '../../db/schema';
import { withinRegion } from '../../db/scope-filter';

export type FieldListRow = ResidentRow & { village_name: string | null };

/** The recording statuses a list can hold; the eligibility rule (who must hold an e-KTP) is applied after. */
const STATUSES: Record<FieldListKind, readonly RecordingStatus[]> = {
  not_recorded: ['UNREGISTERED', ...RERECORD_STATUSES],
  needs_rerecording: RERECORD_STATUSES,
  print_ready_waiting: ['PRINT_READY_RECORD'],
};

/**
 * The candidates of a list in a district or village, in walking order (village, address, name). A list is
 * a small share of a district's residents, so the status filter does the narrowing and the rows fit in
 * memory; the counters, not this query, give every dashboard figure.
 */
export function candidates(
  db: Kysely<Database>,
  region: string,
  kind: FieldListKind,
): Promise<FieldListRow[]> {
  let q = db
    .selectFrom('residents as r')
    .leftJoin('regions as v', 'v.code', 'r.village_code')
    .selectAll('r')
    .select('v.name as village_name')
    .where(withinRegion('r.village_code', region))
    .where('r.recording_status', 'in', [...STATUSES[kind]]);
  if (kind === 'print_ready_waiting') q = q.where('r.print_status', '=', 'NOT_PRINTED');
  return q.orderBy('r.village_code').orderBy('r.address').orderBy('r.full_name').execute();
}
