import type { RegencyFacts } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { figuresFor } from '../counters';
import { getSetting } from '../settings';

/**
 * What Sigap knows of a regency on a day, for the plausibility of a typed report: the population the
 * province set for it (its registry in Sigap is incomplete), else the registry counters' population and
 * wajib KTP; null when neither says anything (nothing imported, nothing set).
 */
export async function regencyFacts(handle: Db, regency: string, date: string): Promise<RegencyFacts | null> {
  const set = await getSetting(handle.db, regency, 'report_population');
  if (set !== null) return { population: set, mustHoldId: null, source: 'setting' };
  const f = await figuresFor(handle.db, regency, date);
  return f.population > 0 ? { population: f.population, mustHoldId: f.mustHoldId, source: 'registry' } : null;
}
