import { z } from 'zod';
import { Election } from './elections';

/** The `public_dashboard` setting (national scope only). */
export const PublicDashboardSetting = z.object({
  enabled: z.boolean('Isian harus true/false.|Must be true or false.'),
});
export type PublicDashboardSetting = z.infer<typeof PublicDashboardSetting>;

export const PublicDashboardState = z.object({
  /** What the public sees: on only when both switches allow it. */
  enabled: z.boolean(),
  /** The `public_dashboard` setting at the national scope (on until a superadmin turns it off). */
  setting: z.boolean(),
  /** False when the operator started Sigap with SIGAP_PUBLIC_DASHBOARD=false, which no setting overrides. */
  environment: z.boolean(),
});
export type PublicDashboardState = z.infer<typeof PublicDashboardState>;

/** Elections for the public dashboard's reference-date selector (the same rows the signed-in list shows). */
export const PublicElections = z.object({ items: z.array(Election) });
export type PublicElections = z.infer<typeof PublicElections>;
