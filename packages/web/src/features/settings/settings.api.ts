import { NATIONAL_CODE } from '@sigap/domain';
import { api, withQuery } from '../../lib/api';

/** The kop surat printed on PDF reports (server: modules/exports/letterhead.schema.ts). */
export interface Letterhead {
  officeLines: string[];
  address: string;
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  city: string;
  signerTitle: string;
  signerName?: string | undefined;
  signerRank?: string | undefined;
  signerNip?: string | undefined;
  logo?: string | null | undefined;
}

export interface LetterheadResponse {
  scope: string;
  letterhead: Letterhead;
  isDefault: boolean;
  updatedAt: string | null;
}

/** Settings belong to a province office, or to the national scope for a superadmin. */
export function settingsScopeOf(regionCode: string): string {
  return regionCode === NATIONAL_CODE ? NATIONAL_CODE : regionCode.slice(0, 2);
}

export const LOGO_MAX_BYTES = 200 * 1024;

export function letterheadPath(scope: string): string {
  return withQuery('/v1/settings/letterhead', { scope });
}

export function saveLetterhead(
  scope: string,
  letterhead: Letterhead,
  idempotencyKey?: string,
): Promise<LetterheadResponse> {
  return api.put<LetterheadResponse>('/v1/settings/letterhead', { scope, letterhead }, idempotencyKey);
}

export function settingsPath(scope: string): string {
  return withQuery('/v1/settings', { scope });
}

export function saveCutoff(scope: string, hour: number, idempotencyKey?: string): Promise<unknown> {
  return api.put('/v1/settings/report-cutoff', { scope, hour }, idempotencyKey);
}

/** One setting in force at a scope (server: modules/settings/settings.schema.ts). */
export interface SettingEntry {
  key: string;
  value: unknown;
  defaultValue: unknown;
  setAt: string | null;
  updatedAt: string | null;
  updatedBy: number | null;
  editable: boolean;
  description: string;
}

export interface SettingsResponse {
  scope: string;
  items: SettingEntry[];
}
