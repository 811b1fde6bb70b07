import type { Election } from '@sigap/contracts';
import { isWithinScope, officeToday, regionLevel } from '@sigap/domain';
import { useSearchParams } from 'react-router';
import { defaultElection, type Reference } from './coverage.api';

/**
 * Region and reference live in the URL (`?wilayah=&pemilihan=` or `&tanggal=`) so a view can be shared and the
 * back button walks back up the drill-down. Without a reference the dashboard opens on today (issue 11,
 * "today first"); the watch list, which measures against a deadline, opens on the next real election.
 */
export function useDashboardParams(
  scopeCode: string,
  elections: Election[] | undefined,
  opensOn: 'today' | 'election' = 'today',
) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('wilayah');
  const region =
    requested && regionLevel(requested) && isWithinScope(scopeCode, requested) ? requested : scopeCode;
  // Today on the shown region's clock, the day the server's coverage defaults to (NTB turns an hour early).
  const today = officeToday(region);

  const electionParam = Number(params.get('pemilihan'));
  const dateParam = params.get('tanggal');
  let reference: Reference | undefined;
  let referenceDate: string | undefined;
  if (dateParam && /^\d{4}-\d{2}-\d{2}$/.test(dateParam)) {
    reference = { kind: 'date', date: dateParam };
    referenceDate = dateParam;
  } else if (elections) {
    const named = elections.find((e) => e.id === electionParam);
    const chosen = named ?? (opensOn === 'election' ? defaultElection(elections, today) : undefined);
    reference = chosen ? { kind: 'election', id: chosen.id } : { kind: 'date', date: today };
    referenceDate = chosen ? chosen.votingDate : today;
  }

  const write = (nextRegion: string, nextRef: Reference | undefined, push: boolean) => {
    const query: Record<string, string> = {};
    if (nextRegion !== scopeCode) query.wilayah = nextRegion;
    if (nextRef?.kind === 'election') query.pemilihan = String(nextRef.id);
    if (nextRef?.kind === 'date') query.tanggal = nextRef.date;
    setParams(query, { replace: !push });
  };

  return {
    region,
    reference,
    referenceDate,
    today,
    /** Drilling is a step people go back from, so it adds a history entry. */
    openRegion: (code: string) => write(code, reference, true),
    setReference: (next: Reference) => write(region, next, false),
  };
}
