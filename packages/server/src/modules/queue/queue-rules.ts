import type { QueueRules } from '@sigap/contracts';
import { DEFAULT_PRIORITY_RATIO } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database, QueueRulesTable } from '../../db/schema';
import { findRules } from './queue.repository';

/**
 * What a point without its own rules uses: 2 priority : 1 normal (the ratio Novo SGA's users ask for),
 * three minutes of grace after a call before a no-show, and 100 walk-in tickets a day: about what three
 * counters serve in a day at 15 minutes a recording, so the last walk-in is still served before closing.
 */
export const DEFAULT_QUEUE_RULES: QueueRules = {
  walkInDailyCap: 100,
  priorityRatio: DEFAULT_PRIORITY_RATIO,
  noShowGraceMinutes: 3,
};

type RulesColumns = Pick<
  QueueRulesTable,
  'walk_in_daily_cap' | 'ratio_priority' | 'ratio_normal' | 'no_show_grace_minutes'
>;

/**
 * The rules of a row read with its point by a left join: its columns are all null when the point has no
 * rules of its own (none of them is nullable in `queue_rules`).
 */
export function rulesFromJoin(row: { [K in keyof RulesColumns]: RulesColumns[K] | null }): QueueRules {
  return row.walk_in_daily_cap === null ? DEFAULT_QUEUE_RULES : rulesOfRow(row as RulesColumns);
}

export async function rulesOf(db: Kysely<Database>, pointId: number): Promise<QueueRules> {
  const row = await findRules(db, pointId);
  return row ? rulesOfRow(row) : DEFAULT_QUEUE_RULES;
}

function rulesOfRow(row: RulesColumns): QueueRules {
  return {
    walkInDailyCap: Number(row.walk_in_daily_cap),
    priorityRatio: { priority: Number(row.ratio_priority), normal: Number(row.ratio_normal) },
    noShowGraceMinutes: Number(row.no_show_grace_minutes),
  };
}
