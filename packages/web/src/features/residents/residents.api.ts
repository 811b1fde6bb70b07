import type {
  ResidentDetail,
  ResidentReply,
  ResidentSearchQuery,
  ResidentUpdateBody,
  ResidentUpdateReply,
} from '@sigap/contracts';
import type { z } from 'zod';
import { api, withQuery } from '../../lib/api';

export type NameMatch = ResidentSearchQuery['match'];

/**
 * A resident search. Everything but the NIK lives in the page URL (`?q=&match=&region=&status=&wajibOn=`);
 * the NIK is kept in the history entry's state instead, so a full NIK never lands in the address bar,
 * bookmarks or the browser's history list (UU PDP: least exposure). Back, forward and reload still keep it.
 */
export type ResidentFilter = Record<Exclude<SearchField, 'match' | 'status'>, string> & {
  match: NameMatch;
  status: NonNullable<ResidentSearchQuery['status']> | '';
};

/** The query's own names (a field renamed in the contract fails to compile here); '' is an empty field. */
type SearchField = Exclude<keyof ResidentSearchQuery, 'page' | 'pageSize'>;

export const EMPTY_RESIDENT_FILTER: ResidentFilter = {
  nik: '',
  q: '',
  match: 'contains',
  region: '',
  status: '',
  wajibOn: '',
};

/** Keys written to the page URL (the NIK is not one of them). */
const URL_KEYS = ['q', 'match', 'region', 'status', 'wajibOn'] as const;

export function residentFilterFrom(params: URLSearchParams, state: unknown): ResidentFilter {
  const nik = (state as { nik?: unknown } | null)?.nik;
  return {
    nik: typeof nik === 'string' ? nik : '',
    q: params.get('q') ?? '',
    match: params.get('match') === 'prefix' ? 'prefix' : 'contains',
    region: params.get('region') ?? '',
    status: (params.get('status') ?? '') as ResidentFilter['status'],
    wajibOn: params.get('wajibOn') ?? '',
  };
}

export function residentFilterToParams(filter: ResidentFilter, page: number): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of URL_KEYS) if (filter[key]) query[key] = filter[key];
  // The match choice only means something next to a name.
  if (!filter.q || filter.match === 'contains') delete query.match;
  if (page > 1) query.page = String(page);
  return query;
}

/** The server needs a NIK, a name or a region; without one there is nothing to search yet. */
export function isSearchable(filter: ResidentFilter): boolean {
  return Boolean(filter.nik || filter.q || filter.region);
}

export function filterKey(filter: ResidentFilter): string {
  return [filter.nik, ...URL_KEYS.map((key) => filter[key])].join('|');
}

export function residentsPath(filter: ResidentFilter, page: number, pageSize: number): string {
  return withQuery('/v1/residents', {
    nik: filter.nik,
    q: filter.q,
    match: filter.q ? filter.match : undefined,
    region: filter.region,
    status: filter.status,
    wajibOn: filter.wajibOn,
    page,
    pageSize,
  });
}

export function fetchResident(id: number, signal?: AbortSignal): Promise<ResidentDetail> {
  return api.get<ResidentReply>(`/v1/residents/${id}`, signal).then((r) => r.resident);
}

/** Fields a status change may send; only those that differ from the stored record are sent. */
export type ResidentStatusChanges = z.input<typeof ResidentUpdateBody>;

export function updateResident(
  id: number,
  changes: ResidentStatusChanges,
  idempotencyKey?: string,
): Promise<ResidentUpdateReply> {
  return api.patch<ResidentUpdateReply>(`/v1/residents/${id}`, changes, idempotencyKey);
}
