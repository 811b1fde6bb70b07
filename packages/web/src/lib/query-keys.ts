/**
 * Query keys, one root per feature. A key is `[feature, path]`, so a write invalidates everything its
 * feature shows by invalidating the root (`queryClient.invalidateQueries({ queryKey: queryKeys.users })`).
 */
export const queryKeys = {
  health: ['health'],
  notices: ['notices'],
  users: ['users'],
  residents: ['residents'],
  deathReports: ['death-reports'],
  burials: ['burials'],
  servicePoints: ['service-points'],
  bookings: ['bookings'],
  queue: ['queue'],
  stock: ['stock'],
  prints: ['prints'],
  equipment: ['equipment'],
  outreach: ['outreach'],
  sukets: ['sukets'],
  voterRolls: ['voter-rolls'],
  fieldLists: ['field-lists'],
  audit: ['audit'],
  imports: ['imports'],
  regions: ['regions'],
  elections: ['elections'],
  dashboard: ['dashboard'],
  watchlist: ['watchlist'],
  reports: ['daily-reports'],
  settings: ['settings'],
  publicData: ['public'],
  skm: ['skm'],
  skmPublic: ['skm-public'],
} as const;

export type QueryRoot = (typeof queryKeys)[keyof typeof queryKeys];

const MINUTE = 60_000;

/**
 * How long each kind of data stays fresh. Regions and elections are reference data that change a few times
 * a year; notices and import jobs are polled instead; everything else uses the client's 30 s default.
 */
export const staleTimes = {
  reference: 60 * MINUTE,
  elections: 10 * MINUTE,
  settings: 5 * MINUTE,
  health: 10 * MINUTE,
} as const;
