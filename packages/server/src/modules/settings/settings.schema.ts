import { z } from 'zod';
import { ReportCutoffHour, SETTING_KEYS } from './settings.registry';

const ScopeCode = z
  .string()
  .regex(/^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/, 'Kode wilayah tidak valid.|Invalid region code.');

export const SettingsQuery = z.object({ scope: ScopeCode });

export const SettingEntry = z.object({
  key: z.string(),
  /** The value in force at the scope (stored there, inherited, or the default); shape per key. */
  value: z.unknown(),
  defaultValue: z.unknown(),
  /** Where the value in force is stored; null when it is the default. */
  setAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.number().nullable(),
  /** Whether a value may be stored at this scope (the registry's levels). */
  editable: z.boolean(),
  description: z.string(),
});
export type SettingEntry = z.infer<typeof SettingEntry>;

export const SettingsResponse = z.object({ scope: z.string(), items: z.array(SettingEntry) });
export type SettingsResponse = z.infer<typeof SettingsResponse>;

export const SettingKeyParams = z.object({
  key: z.enum(SETTING_KEYS, 'Pengaturan tidak dikenal.|Unknown setting.'),
});

/** Generic write: the value is checked against the key's own schema in the service. */
export const PutSettingBody = z.object({ scope: ScopeCode, value: z.unknown() });

export const PutReportCutoffBody = z.object({ scope: ScopeCode, hour: ReportCutoffHour });
