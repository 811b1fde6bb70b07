import type { Action } from '@sigap/domain';
import type { ReactNode } from 'react';
import { AuditPage } from '../features/audit/AuditPage';
import { OfficeBookingsPage } from '../features/bookings/OfficeBookingsPage';
import { BurialDetailPage } from '../features/burials/BurialDetailPage';
import { BurialWorklistPage } from '../features/burials/BurialWorklistPage';
import { CemeteryEntryPage } from '../features/burials/CemeteryEntryPage';
import { DeathReportsPage } from '../features/death-reports/DeathReportsPage';
import { EquipmentPage } from '../features/equipment/EquipmentPage';
import { FieldListPage } from '../features/field-lists/FieldListPage';
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
import {
  CounterPage,
  DailyReportsPage,
  DashboardPage,
  EntrancePage,
  Lazy,
  QueueOverviewPage,
  SettingsPage,
  SkmReportPage,
  SuketsPage,
  VerifierPage,
  VoterRollPage,
  VoterRollsPage,
  WatchlistPage,
} from './lazy-pages';

/**
 * Every page inside the app shell, with the action a role must be allowed to open it (ProtectedRoute checks
 * it; the server checks every request again). URL paths are Indonesian because people share and read them;
 * keep them in step with nav.ts.
 */
export const PROTECTED_PAGES: readonly { path: string; action: Action; page: ReactNode }[] = [
  {
    path: 'dasbor',
    action: 'coverage.read',
    page: (
      <Lazy>
        <DashboardPage />
      </Lazy>
    ),
  },
  {
    path: 'laporan-harian',
    action: 'report.read',
    page: (
      <Lazy>
        <DailyReportsPage />
      </Lazy>
    ),
  },
  {
    path: 'daftar-pantau',
    action: 'coverage.read',
    page: (
      <Lazy>
        <WatchlistPage />
      </Lazy>
    ),
  },
  {
    path: 'pengaturan',
    action: 'letterhead.manage',
    page: (
      <Lazy>
        <SettingsPage />
      </Lazy>
    ),
  },
  { path: 'penduduk', action: 'resident.read', page: <ResidentsPage /> },
  { path: 'penduduk/:id', action: 'resident.read_detail', page: <ResidentDetailPage /> },
  { path: 'daftar-lapangan', action: 'resident.field_list', page: <FieldListPage /> },
  { path: 'makam', action: 'burial.enter', page: <CemeteryEntryPage /> },
  { path: 'kematian/pemakaman', action: 'burial.read', page: <BurialWorklistPage /> },
  { path: 'kematian/pemakaman/:id', action: 'burial.read', page: <BurialDetailPage /> },
  { path: 'konfirmasi-kematian', action: 'resident.confirm_death', page: <DeathReportsPage /> },
  {
    path: 'dpt',
    action: 'voter_roll.read',
    page: (
      <Lazy>
        <VoterRollsPage />
      </Lazy>
    ),
  },
  {
    path: 'dpt/:id',
    action: 'voter_roll.read',
    page: (
      <Lazy>
        <VoterRollPage />
      </Lazy>
    ),
  },
  {
    path: 'suket',
    action: 'suket.read',
    page: (
      <Lazy>
        <SuketsPage />
      </Lazy>
    ),
  },
  { path: 'jemput-bola', action: 'outreach.read', page: <OutreachPage /> },
  { path: 'jemput-bola/lokasi/:id', action: 'outreach.read', page: <SitePage /> },
  { path: 'jemput-bola/kunjungan/:id', action: 'outreach.read', page: <VisitPage /> },
  { path: 'lapangan/:visitId', action: 'outreach.field', page: <FieldPage /> },
  {
    path: 'verifikator',
    action: 'suket.verify',
    page: (
      <Lazy>
        <VerifierPage />
      </Lazy>
    ),
  },
  { path: 'layanan', action: 'service_point.read', page: <ServicePointsPage /> },
  {
    path: 'kepuasan',
    action: 'skm.read',
    page: (
      <Lazy>
        <SkmReportPage />
      </Lazy>
    ),
  },
  {
    path: 'antrean',
    action: 'queue.read',
    page: (
      <Lazy>
        <QueueOverviewPage />
      </Lazy>
    ),
  },
  { path: 'booking-harian', action: 'booking.read', page: <OfficeBookingsPage /> },
  {
    path: 'antrean/pintu-masuk',
    action: 'queue.issue',
    page: (
      <Lazy>
        <EntrancePage />
      </Lazy>
    ),
  },
  {
    path: 'antrean/loket',
    action: 'queue.serve',
    page: (
      <Lazy>
        <CounterPage />
      </Lazy>
    ),
  },
  { path: 'cetak', action: 'print.read', page: <PrintsPage /> },
  { path: 'stok', action: 'stock.read', page: <StockPage /> },
  { path: 'peralatan', action: 'equipment.read', page: <EquipmentPage /> },
  { path: 'impor', action: 'resident.import', page: <ImportPage /> },
  { path: 'impor/:id', action: 'resident.import', page: <ImportJobPage /> },
  { path: 'wilayah', action: 'region.read', page: <RegionsPage /> },
  { path: 'pengguna', action: 'user.read', page: <UsersPage /> },
  { path: 'pengguna/baru', action: 'user.manage', page: <UserCreatePage /> },
  { path: 'pengguna/:id', action: 'user.manage', page: <UserEditPage /> },
  { path: 'audit', action: 'audit.read', page: <AuditPage /> },
];
