import { lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/Status';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/auth/LoginPage';
import { BookingLookupPage } from '../features/bookings/BookingLookupPage';
import { BookingPage } from '../features/bookings/BookingPage';
import { OfficeBookingsPage } from '../features/bookings/OfficeBookingsPage';
import { BurialDetailPage } from '../features/burials/BurialDetailPage';
import { BurialWorklistPage } from '../features/burials/BurialWorklistPage';
import { CemeteryEntryPage } from '../features/burials/CemeteryEntryPage';
import { DeathReportsPage } from '../features/death-reports/DeathReportsPage';
import { EquipmentPage } from '../features/equipment/EquipmentPage';
import { FieldListPage } from '../features/field-lists/FieldListPage';
import { HomePage } from '../features/home/HomePage';
import { ImportJobPage } from '../features/imports/ImportJobPage';
import { ImportPage } from '../features/imports/ImportPage';
import { FieldPage } from '../features/outreach/FieldPage';
import { OutreachPage } from '../features/outreach/OutreachPage';
import { SitePage } from '../features/outreach/SitePage';
import { VisitPage } from '../features/outreach/VisitPage';
import { PrintsPage } from '../features/prints/PrintsPage';
import { RegionsPage } from '../features/regions/RegionsPage';
import { ResidentDetailPage } from '../features/residents/ResidentDetailPage';
import { ResidentsPage } from '../features/residents/ResidentsPage';
import { ServicePointsPage } from '../features/service-points/ServicePointsPage';
import { StockPage } from '../features/stock/StockPage';
import { UserCreatePage } from '../features/users/UserCreatePage';
import { UserEditPage } from '../features/users/UserEditPage';
import { UsersPage } from '../features/users/UsersPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { ProtectedRoute } from './ProtectedRoute';

// The queue pages carry the QR reader and writer; only the office's staff open them.
const QueueOverviewPage = lazy(() =>
  import('../features/queue/QueueOverviewPage').then((m) => ({ default: m.QueueOverviewPage })),
);
const EntrancePage = lazy(() =>
  import('../features/queue/EntrancePage').then((m) => ({ default: m.EntrancePage })),
);
const CounterPage = lazy(() =>
  import('../features/queue/CounterPage').then((m) => ({ default: m.CounterPage })),
);

// The command-center pages carry the chart library; loading them on demand keeps sign-in and search light.
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const DailyReportsPage = lazy(() =>
  import('../features/reports/DailyReportsPage').then((m) => ({ default: m.DailyReportsPage })),
);
const WatchlistPage = lazy(() =>
  import('../features/watchlist/WatchlistPage').then((m) => ({ default: m.WatchlistPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
// The waiting-room screen and the survey pages are public and light; the report carries the charts.
const DisplayPage = lazy(() =>
  import('../features/display/DisplayPage').then((m) => ({ default: m.DisplayPage })),
);
const SurveyPage = lazy(() => import('../features/skm/SurveyPage').then((m) => ({ default: m.SurveyPage })));
const KioskPage = lazy(() => import('../features/skm/KioskPage').then((m) => ({ default: m.KioskPage })));
const SkmReportPage = lazy(() =>
  import('../features/skm/SkmReportPage').then((m) => ({ default: m.SkmReportPage })),
);
// Sukets: the public verification page, the office page and the offline verifier (camera and WebCrypto).
const VerifySuketPage = lazy(() =>
  import('../features/sukets/VerifySuketPage').then((m) => ({ default: m.VerifySuketPage })),
);
// The voter-roll (DPT) cross-check: the import form and list, and one roll's summary and sets.
const VoterRollsPage = lazy(() =>
  import('../features/voter-rolls/VoterRollsPage').then((m) => ({ default: m.VoterRollsPage })),
);
const VoterRollPage = lazy(() =>
  import('../features/voter-rolls/VoterRollPage').then((m) => ({ default: m.VoterRollPage })),
);
const SuketsPage = lazy(() =>
  import('../features/sukets/SuketsPage').then((m) => ({ default: m.SuketsPage })),
);
const VerifierPage = lazy(() =>
  import('../features/sukets/VerifierPage').then((m) => ({ default: m.VerifierPage })),
);
const PublicDashboardPage = lazy(() =>
  import('../features/public/PublicDashboardPage').then((m) => ({ default: m.PublicDashboardPage })),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** URL paths are Indonesian because people share and read them; keep them in step with nav.ts. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/booking" element={<BookingPage />} />
      <Route path="/booking/cek" element={<BookingLookupPage />} />
      <Route
        path="/publik"
        element={
          <Lazy>
            <PublicDashboardPage />
          </Lazy>
        }
      />
      <Route
        path="/verifikasi-suket"
        element={
          <Lazy>
            <VerifySuketPage />
          </Lazy>
        }
      />
      <Route
        path="/tampilan/:pointId"
        element={
          <Lazy>
            <DisplayPage />
          </Lazy>
        }
      />
      <Route
        path="/skm/kiosk/:pointId"
        element={
          <Lazy>
            <KioskPage />
          </Lazy>
        }
      />
      <Route
        path="/skm/:token"
        element={
          <Lazy>
            <SurveyPage />
          </Lazy>
        }
      />
      <Route
        element={
          <ProtectedRoute>
            <AppShell />
          </ProtectedRoute>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="dasbor"
          element={
            <ProtectedRoute action="coverage.read">
              <Lazy>
                <DashboardPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="laporan-harian"
          element={
            <ProtectedRoute action="report.read">
              <Lazy>
                <DailyReportsPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="daftar-pantau"
          element={
            <ProtectedRoute action="coverage.read">
              <Lazy>
                <WatchlistPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="pengaturan"
          element={
            <ProtectedRoute action="letterhead.manage">
              <Lazy>
                <SettingsPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="penduduk"
          element={
            <ProtectedRoute action="resident.read">
              <ResidentsPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="penduduk/:id"
          element={
            <ProtectedRoute action="resident.read_detail">
              <ResidentDetailPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="daftar-lapangan"
          element={
            <ProtectedRoute action="resident.field_list">
              <FieldListPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="makam"
          element={
            <ProtectedRoute action="burial.enter">
              <CemeteryEntryPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="kematian/pemakaman"
          element={
            <ProtectedRoute action="burial.read">
              <BurialWorklistPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="kematian/pemakaman/:id"
          element={
            <ProtectedRoute action="burial.read">
              <BurialDetailPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="konfirmasi-kematian"
          element={
            <ProtectedRoute action="resident.confirm_death">
              <DeathReportsPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="dpt"
          element={
            <ProtectedRoute action="voter_roll.read">
              <Lazy>
                <VoterRollsPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="dpt/:id"
          element={
            <ProtectedRoute action="voter_roll.read">
              <Lazy>
                <VoterRollPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="suket"
          element={
            <ProtectedRoute action="suket.read">
              <Lazy>
                <SuketsPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="jemput-bola"
          element={
            <ProtectedRoute action="outreach.read">
              <OutreachPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="jemput-bola/lokasi/:id"
          element={
            <ProtectedRoute action="outreach.read">
              <SitePage />
            </ProtectedRoute>
          }
        />
        <Route
          path="jemput-bola/kunjungan/:id"
          element={
            <ProtectedRoute action="outreach.read">
              <VisitPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="lapangan/:visitId"
          element={
            <ProtectedRoute action="outreach.field">
              <FieldPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="verifikator"
          element={
            <ProtectedRoute action="suket.verify">
              <Lazy>
                <VerifierPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="layanan"
          element={
            <ProtectedRoute action="service_point.read">
              <ServicePointsPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="kepuasan"
          element={
            <ProtectedRoute action="skm.read">
              <Lazy>
                <SkmReportPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="antrean"
          element={
            <ProtectedRoute action="queue.read">
              <Lazy>
                <QueueOverviewPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="booking-harian"
          element={
            <ProtectedRoute action="booking.read">
              <OfficeBookingsPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="antrean/pintu-masuk"
          element={
            <ProtectedRoute action="queue.issue">
              <Lazy>
                <EntrancePage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="antrean/loket"
          element={
            <ProtectedRoute action="queue.serve">
              <Lazy>
                <CounterPage />
              </Lazy>
            </ProtectedRoute>
          }
        />
        <Route
          path="cetak"
          element={
            <ProtectedRoute action="print.read">
              <PrintsPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="stok"
          element={
            <ProtectedRoute action="stock.read">
              <StockPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="peralatan"
          element={
            <ProtectedRoute action="equipment.read">
              <EquipmentPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="impor"
          element={
            <ProtectedRoute action="resident.import">
              <ImportPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="impor/:id"
          element={
            <ProtectedRoute action="resident.import">
              <ImportJobPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="wilayah"
          element={
            <ProtectedRoute action="region.read">
              <RegionsPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="pengguna"
          element={
            <ProtectedRoute action="user.read">
              <UsersPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="pengguna/baru"
          element={
            <ProtectedRoute action="user.manage">
              <UserCreatePage />
            </ProtectedRoute>
          }
        />
        <Route
          path="pengguna/:id"
          element={
            <ProtectedRoute action="user.manage">
              <UserEditPage />
            </ProtectedRoute>
          }
        />
        <Route
          path="audit"
          element={
            <ProtectedRoute action="audit.read">
              <AuditPage />
            </ProtectedRoute>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
