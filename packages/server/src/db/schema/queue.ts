import type { Generated } from 'kysely';

/** Per-point queue rules (migration 0022); a point without a row uses the queue module's defaults. */
export interface QueueRulesTable {
  id: Generated<number>;
  service_point_id: number;
  walk_in_daily_cap: number;
  ratio_priority: number;
  ratio_normal: number;
  no_show_grace_minutes: number;
  updated_by: number | null;
  updated_at: string;
}
