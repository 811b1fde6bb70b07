import type {
  CreateOutreachSiteBody,
  InviteReply,
  OutreachSiteReply,
  OutreachVisitReply,
  PlanVisitBody,
  RosterImportReply,
} from '@sigap/contracts';
import { api, withQuery } from '../../lib/api';

export const sitesPath = (region: string) => withQuery('/v1/outreach/sites', { region });
export const suggestionsPath = (region: string) => withQuery('/v1/outreach/suggestions', { region });
export const visitsPath = (region: string, from: string, to: string) =>
  withQuery('/v1/outreach/visits', { region, from, to });
export const targetsPath = (siteId: number) => `/v1/outreach/sites/${siteId}/targets`;
export const resourcesPath = (siteId: number, date: string) =>
  withQuery(`/v1/outreach/sites/${siteId}/resources`, { date });
export const visitPath = (id: number) => `/v1/outreach/visits/${id}`;
export const packPath = (id: number) => `/v1/outreach/visits/${id}/pack`;
export const reportPath = (id: number) => `/v1/outreach/visits/${id}/report`;
export const unconfirmedPath = (id: number, days: number) =>
  withQuery(`/v1/outreach/visits/${id}/unconfirmed`, { days });
export const devicesPath = (region: string, hours: number) =>
  withQuery('/v1/outreach/devices', { region, hours });
export const summaryPath = (region: string) => withQuery('/v1/outreach/summary', { region });
export const lettersPath = (id: number) => `/v1/outreach/visits/${id}/letters.pdf`;
export const actionsUrl = (id: number) => `/v1/outreach/visits/${id}/actions`;

export function createSite(body: CreateOutreachSiteBody, key: string) {
  return api.post<OutreachSiteReply>('/v1/outreach/sites', body, key);
}

export function importRoster(v: { siteId: number; fileName: string; contentBase64: string }, key: string) {
  return api.post<RosterImportReply>(
    `/v1/outreach/sites/${v.siteId}/roster`,
    { fileName: v.fileName, contentBase64: v.contentBase64 },
    key,
  );
}

export function planVisit(v: { siteId: number; body: PlanVisitBody }, key: string) {
  return api.post<OutreachVisitReply>(`/v1/outreach/sites/${v.siteId}/visits`, v.body, key);
}

export function cancelVisit(v: { id: number; reason: string }, key: string) {
  return api.post<OutreachVisitReply>(`/v1/outreach/visits/${v.id}/cancel`, { reason: v.reason }, key);
}

export function inviteTargets(id: number, key: string) {
  return api.post<InviteReply>(`/v1/outreach/visits/${id}/invitations`, { channel: 'whatsapp' }, key);
}

export function heartbeat(
  deviceId: string,
  body: { visitId: number; pending: number; oldestPendingAt: string | null },
) {
  return api.post(`/v1/outreach/devices/${encodeURIComponent(deviceId)}/heartbeat`, body);
}

/** A file as base64 (the roster route takes JSON so that a retry with the same key replays). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
