import type { HandoverBody, PrintCardReply } from '@sigap/contracts';
import { api, withQuery } from '../../lib/api';

/** Paths and writes of printing (`/api/v1/prints`). */
export interface QueueFilters {
  office: string;
  district?: string | undefined;
  village?: string | undefined;
  q?: string | undefined;
  page: number;
}

export const queuePath = (f: QueueFilters) =>
  withQuery('/v1/prints/queue', { ...f, pageSize: 25 } as Record<string, string | number | undefined>);
export const reconciliationPath = (region: string) => withQuery('/v1/prints/reconciliation', { region });

/** One card: the batch is sent card by card, so the page can show its progress and each refusal. */
export function printCard(
  v: { residentId: number; spoiled?: boolean; reason?: string },
  key: string,
): Promise<PrintCardReply> {
  const { residentId, ...body } = v;
  return api.post<PrintCardReply>(`/v1/prints/residents/${residentId}`, body, key);
}

export function handOver(v: { residentId: number } & HandoverBody, key: string) {
  const { residentId, ...body } = v;
  return api.post<{ handedOverOn: string }>(`/v1/prints/residents/${residentId}/handover`, body, key);
}

/** Printing happens at a regency/city office: a deeper scope prints at its regency. */
export function printOfficeOf(regionCode: string): string | null {
  const parts = regionCode.split('.');
  return parts.length >= 2 ? parts.slice(0, 2).join('.') : null;
}
