import type { AuditQuery } from '@sigap/contracts';
import { withQuery } from '../../lib/api';

/**
 * Filters as they appear in the page URL and in the API query: the query's own names (a field renamed in
 * the contract fails to compile here); '' is an empty filter.
 */
export type AuditFilter = Record<Exclude<keyof AuditQuery, 'page' | 'pageSize'>, string>;

export const EMPTY_FILTER: AuditFilter = { region: '', username: '', action: '', from: '', to: '' };
export const FILTER_KEYS = Object.keys(EMPTY_FILTER) as (keyof AuditFilter)[];

export function filterFromParams(params: URLSearchParams): AuditFilter {
  const read = (key: keyof AuditFilter) => params.get(key) ?? '';
  return {
    region: read('region'),
    username: read('username'),
    action: read('action'),
    from: read('from'),
    to: read('to'),
  };
}

/** A stable string for a filter, used to reset the filter form when the applied filter changes. */
export function filterKey(filter: AuditFilter): string {
  return FILTER_KEYS.map((key) => filter[key]).join('|');
}

export function auditPath(filter: AuditFilter, page: number, pageSize: number): string {
  return withQuery('/v1/audit', { ...filter, page, pageSize });
}

export const AUDIT_ACTIONS_PATH = '/v1/audit/actions';
