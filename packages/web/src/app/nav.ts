import { type Action, type Role, roleMay } from '@sigap/domain';
import type { MessageKey } from '../lib/i18n';

export interface NavItem {
  to: string;
  label: MessageKey;
  description: MessageKey;
  /** Permission needed to see the page; pages without one are open to every signed-in user. */
  action?: Action;
}

/**
 * The pages that exist, in menu order. Later modules (coverage, queue, printing…) add a line here and a
 * route in routes.tsx; the header and the home cards pick them up from this list.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', description: 'nav.home.description' },
  {
    to: '/dasbor',
    label: 'nav.dashboard',
    description: 'nav.dashboard.description',
    action: 'coverage.read',
  },
  {
    to: '/laporan-harian',
    label: 'nav.reports',
    description: 'nav.reports.description',
    action: 'report.read',
  },
  {
    to: '/daftar-pantau',
    label: 'nav.watchlist',
    description: 'nav.watchlist.description',
    action: 'coverage.read',
  },
  {
    to: '/penduduk',
    label: 'nav.residents',
    description: 'nav.residents.description',
    action: 'resident.read',
  },
  {
    to: '/konfirmasi-kematian',
    label: 'nav.deathReports',
    description: 'nav.deathReports.description',
    action: 'resident.confirm_death',
  },
  {
    to: '/kematian/pemakaman',
    label: 'nav.burials',
    description: 'nav.burials.description',
    action: 'burial.read',
  },
  { to: '/makam', label: 'nav.cemetery', description: 'nav.cemetery.description', action: 'burial.enter' },
  {
    to: '/layanan',
    label: 'nav.servicePoints',
    description: 'nav.servicePoints.description',
    action: 'service_point.read',
  },
  { to: '/kepuasan', label: 'nav.skm', description: 'nav.skm.description', action: 'skm.read' },
  {
    to: '/booking-harian',
    label: 'nav.bookings',
    description: 'nav.bookings.description',
    action: 'booking.read',
  },
  { to: '/antrean', label: 'nav.queue', description: 'nav.queue.description', action: 'queue.read' },
  {
    to: '/antrean/pintu-masuk',
    label: 'nav.entrance',
    description: 'nav.entrance.description',
    action: 'queue.issue',
  },
  {
    to: '/antrean/loket',
    label: 'nav.counter',
    description: 'nav.counter.description',
    action: 'queue.serve',
  },
  { to: '/cetak', label: 'nav.prints', description: 'nav.prints.description', action: 'print.read' },
  { to: '/stok', label: 'nav.stock', description: 'nav.stock.description', action: 'stock.read' },
  {
    to: '/peralatan',
    label: 'nav.equipment',
    description: 'nav.equipment.description',
    action: 'equipment.read',
  },
  {
    to: '/jemput-bola',
    label: 'nav.outreach',
    description: 'nav.outreach.description',
    action: 'outreach.read',
  },
  { to: '/suket', label: 'nav.sukets', description: 'nav.sukets.description', action: 'suket.read' },
  {
    to: '/verifikator',
    label: 'nav.verifier',
    description: 'nav.verifier.description',
    action: 'suket.verify',
  },
  { to: '/dpt', label: 'nav.dpt', description: 'nav.dpt.description', action: 'voter_roll.read' },
  { to: '/impor', label: 'nav.imports', description: 'nav.imports.description', action: 'resident.import' },
  { to: '/wilayah', label: 'nav.regions', description: 'nav.regions.description', action: 'region.read' },
  { to: '/pengguna', label: 'nav.users', description: 'nav.users.description', action: 'user.read' },
  { to: '/audit', label: 'nav.audit', description: 'nav.audit.description', action: 'audit.read' },
  {
    to: '/pengaturan',
    label: 'nav.settings',
    description: 'nav.settings.description',
    // Regency operators come for their office's letterhead; the rest of the page is settings.manage.
    action: 'letterhead.manage',
  },
];

/**
 * Roles with one page: a polling-station verifikator (often a KPU officer on a borrowed phone) opens the
 * offline verifier and nothing else, so the menu and the home shortcuts hold only it.
 */
const SINGLE_PAGE: Partial<Record<Role, string>> = { verifikator: '/verifikator' };

/** Where a role lands after signing in: the people who watch the province start on the dashboard. */
export function landingPathFor(role: Role): string {
  const only = SINGLE_PAGE[role];
  if (only) return only;
  return role === 'admin_provinsi' || role === 'pimpinan' ? '/dasbor' : '/';
}

/** Menu entries a role may open: never show a link that would only lead to "forbidden". */
export function navItemsFor(role: Role): NavItem[] {
  const only = SINGLE_PAGE[role];
  if (only) return NAV_ITEMS.filter((item) => item.to === only);
  return NAV_ITEMS.filter((item) => item.action === undefined || roleMay(role, item.action));
}
