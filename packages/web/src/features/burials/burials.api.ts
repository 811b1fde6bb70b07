import type { BurialBody, BurialDetail, BurialReply, CemeteryList } from '@sigap/contracts';
import type { BurialStatus } from '@sigap/domain';
import { api, withQuery } from '../../lib/api';

/** The burial register's API paths and writes (server module `burials`). */

export const MY_CEMETERIES = '/v1/burials/cemeteries/mine';

export function cemeteriesPath(region: string): string {
  return withQuery('/v1/burials/cemeteries', { region });
}

export function entriesPath(cemeteryId: number): string {
  return `/v1/burials/cemeteries/${cemeteryId}/entries`;
}

export function worklistPath(status: BurialStatus | undefined, page: number, pageSize: number): string {
  return withQuery('/v1/burials', { status, page, pageSize });
}

export function burialPath(id: number): string {
  return `/v1/burials/${id}`;
}

export function figuresPath(region: string): string {
  return withQuery('/v1/burials/figures', { region });
}

/** The outbox queue of one cemetery on this device (items keep the cemetery they were entered for). */
export function outboxQueue(cemeteryId: number): string {
  return `burials:cemetery:${cemeteryId}`;
}

export type BurialAction =
  | { kind: 'match'; residentId: number }
  | { kind: 'certify' }
  | { kind: 'dismiss'; reason: string }
  | { kind: 'annul'; reason: string };

/** One decision of the office on an entry; the answer is the entry as it now stands. */
export function decideBurial(
  id: number,
  action: BurialAction,
  idempotencyKey: string,
): Promise<BurialDetail> {
  const { kind, ...body } = action;
  return api.post<BurialDetail>(`${burialPath(id)}/${kind}`, body, idempotencyKey);
}

export type { BurialBody, BurialReply, CemeteryList };
