import { lazy, type ReactNode, Suspense } from 'react';
import { Loading } from '../components/Status';

/**
 * Pages loaded on demand: the command center carries the chart library, the queue pages the QR reader and
 * writer, the suket pages the camera and WebCrypto. Keeping them out of the first bundle keeps sign-in and
 * search light.
 */
// The queue pages carry the QR reader and writer; only the office's staff open them.
export const QueueOverviewPage = lazy(() =>
  import('../features/queue/QueueOverviewPage').then((m) => ({ default: m.QueueOverviewPage })),
);
export const EntrancePage = lazy(() =>
  import('../features/queue/EntrancePage').then((m) => ({ default: m.EntrancePage })),
);
export const CounterPage = lazy(() =>
  import('../features/queue/CounterPage').then((m) => ({ default: m.CounterPage })),
);

// The command-center pages carry the chart library; loading them on demand keeps sign-in and search light.
export const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
export const DailyReportsPage = lazy(() =>
  import('../features/reports/DailyReportsPage').then((m) => ({ default: m.DailyReportsPage })),
);
export const WatchlistPage = lazy(() =>
  import('../features/watchlist/WatchlistPage').then((m) => ({ default: m.WatchlistPage })),
);
export const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
// The waiting-room screen and the survey pages are public and light; the report carries the charts.
export const DisplayPage = lazy(() =>
  import('../features/display/DisplayPage').then((m) => ({ default: m.DisplayPage })),
);
export const SurveyPage = lazy(() =>
  import('../features/skm/SurveyPage').then((m) => ({ default: m.SurveyPage })),
);
export const KioskPage = lazy(() =>
  import('../features/skm/KioskPage').then((m) => ({ default: m.KioskPage })),
);
export const SkmReportPage = lazy(() =>
  import('../features/skm/SkmReportPage').then((m) => ({ default: m.SkmReportPage })),
);
// Sukets: the public verification page, the office page and the offline verifier (camera and WebCrypto).
export const VerifySuketPage = lazy(() =>
  import('../features/sukets/VerifySuketPage').then((m) => ({ default: m.VerifySuketPage })),
);
// The voter-roll (DPT) cross-check: the import form and list, and one roll's summary and sets.
export const VoterRollsPage = lazy(() =>
  import('../features/voter-rolls/VoterRollsPage').then((m) => ({ default: m.VoterRollsPage })),
);
export const VoterRollPage = lazy(() =>
  import('../features/voter-rolls/VoterRollPage').then((m) => ({ default: m.VoterRollPage })),
);
export const SuketsPage = lazy(() =>
  import('../features/sukets/SuketsPage').then((m) => ({ default: m.SuketsPage })),
);
export const VerifierPage = lazy(() =>
  import('../features/sukets/VerifierPage').then((m) => ({ default: m.VerifierPage })),
);
export const PublicDashboardPage = lazy(() =>
  import('../features/public/PublicDashboardPage').then((m) => ({ default: m.PublicDashboardPage })),
);

/** The spinner while a page on demand loads. */
export function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
