import type {
  Letterhead,
  LetterheadResponse,
  PutLetterheadBody,
  PutReportCutoffBody,
  PutSettingBody,
  SettingReply,
} from '@sigap/contracts';
import { NATIONAL_CODE } from '@sigap/domain';
import type { z } from 'zod';
import { api, withQuery } from '../../lib/api';

/** Settings belong to a province office, or to the national scope for a superadmin. */
export function settingsScopeOf(regionCode: string): string {
  return regionCode === NATIONAL_CODE ? NATIONAL_CODE : regionCode.slice(0, 2);
}

export function letterheadPath(scope: string): string {
  return withQuery('/v1/settings/letterhead', { scope });
}

export function saveLetterhead(
  scope: string,
  letterhead: Letterhead,
  idempotencyKey?: string,
): Promise<LetterheadResponse> {
  const body: z.input<typeof PutLetterheadBody> = { scope, letterhead };
  return api.put<LetterheadResponse>('/v1/settings/letterhead', body, idempotencyKey);
}

export function settingsPath(scope: string): string {
  return withQuery('/v1/settings', { scope });
}

export function saveCutoff(scope: string, hour: number, idempotencyKey?: string): Promise<SettingReply> {
  const body: z.input<typeof PutReportCutoffBody> = { scope, hour };
  return api.put<SettingReply>('/v1/settings/report-cutoff', body, idempotencyKey);
}

/** A regency's population for the report checks (null: back to the registry). */
export function savePopulation(
  regency: string,
  value: number | null,
  idempotencyKey?: string,
): Promise<SettingReply> {
  const body: z.input<typeof PutSettingBody> = { scope: regency, value };
  return api.put<SettingReply>('/v1/settings/report_population', body, idempotencyKey);
}
