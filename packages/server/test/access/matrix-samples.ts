import { randomUUID } from 'node:crypto';
import { DEFAULT_LETTERHEAD } from '../../src/modules/settings/letterhead-rules';
import { TEST_PASSWORD } from '../helpers/test-env';

export interface Sample {
  /**
   * The route takes regions of one level only: the target is moved to that level (52.01.01 → 52.01);
   * `office`: a province or a regency/city, so a deeper target is cut to its regency (18.71.01 → 18.71).
   */
  level?: 'province' | 'regency' | 'office';
  query?: Record<string, string>;
  body?: () => Record<string, unknown>;
  upload?: true;
  freshSession?: true;
  /** Path parameters that are neither regions nor fixture rows (an id that names no row). */
  params?: Record<string, string>;
}

let serial = 0;
const DAY = '2024-02-01';

/**
 * A valid input per route, so that an allowed cell reaches the service's own checks. A route missing
 * here fails the matrix: adding a route means adding its sample (and its policy says the rest).
 */
export const SAMPLES: Record<string, Sample> = {
  'GET /api/health': {},
  'POST /api/v1/auth/login': { body: () => ({ username: 'matriks.verifikator', password: TEST_PASSWORD }) },
  'POST /api/v1/auth/logout': { freshSession: true },
  'GET /api/v1/auth/me': {},
  'GET /api/v1/regions/:code': {},
  'GET /api/v1/regions': {},
  'GET /api/v1/boundaries/:code': {},
  'GET /api/v1/users': {},
  'GET /api/v1/users/:id': {},
  'POST /api/v1/users': {
    body: () => ({
      username: `matriks.baru.${++serial}`,
      fullName: 'Pengguna Baru Matriks',
      role: 'petugas_loket',
      password: 'sandi-uji-rahasia-1',
    }),
  },
  'PATCH /api/v1/users/:id': { body: () => ({ active: true }) },
  'GET /api/v1/audit': {},
  'GET /api/v1/audit/actions': {},
  'GET /api/v1/audit/checkpoint': {},
  'GET /api/v1/residents': {},
  'GET /api/v1/residents/:id': {},
  'PATCH /api/v1/residents/:id': { body: () => ({ phone: '081234567890' }) },
  'GET /api/v1/death-reports': {},
  'GET /api/v1/field-lists': {},
  'GET /api/v1/field-lists/export': { query: { format: 'xlsx' } },
  'GET /api/v1/residents/:id/death-report': {},
  'POST /api/v1/residents/:id/death-report': {
    body: () => ({
      dateOfDeath: '2024-01-15',
      documentNo: `SKK/${++serial}/2024`,
      reason: 'Laporan keluarga',
    }),
  },
  'POST /api/v1/residents/:id/death-report/confirm': { body: () => ({}) },
  'POST /api/v1/residents/:id/death-report/reject': { body: () => ({ note: 'Dokumen tidak sesuai.' }) },
  'GET /api/v1/service-points': {},
  'GET /api/v1/service-points/suggestions': {},
  'GET /api/v1/service-points/:id': {},
  'GET /api/v1/service-points/:id/capacity': { query: { from: DAY, to: '2024-02-07' } },
  'POST /api/v1/service-points': {
    body: () => ({
      name: `Titik Baru Matriks ${++serial}`,
      kind: 'upt',
      address: 'Jl. Uji Matriks',
      counters: 2,
      services: { recording: 15 },
      hours: { '1': { open: '08:00', close: '15:00' } },
    }),
  },
  'PATCH /api/v1/service-points/:id': { body: () => ({ counters: 3 }) },
  'GET /api/v1/bookings/points': {},
  'GET /api/v1/bookings/slots': { query: { pointId: '999999', service: 'recording' } },
  'POST /api/v1/bookings/holds': {
    body: () => ({ pointId: 999999, service: 'recording', date: DAY, start: '08:00' }),
  },
  'POST /api/v1/bookings/holds/release': { body: () => ({ token: 'matriks-token-000000' }) },
  'POST /api/v1/bookings': {
    body: () => ({
      token: 'matriks-token-000000',
      nik: '1871011705900001',
      fullName: 'Warga',
      phone: '081234567890',
    }),
  },
  'POST /api/v1/bookings/lookup': { body: () => ({ nik: '1871011705900001', code: 'ABCD2345' }) },
  'POST /api/v1/bookings/cancel': { body: () => ({ nik: '1871011705900001', code: 'ABCD2345' }) },
  'POST /api/v1/bookings/reschedule': {
    body: () => ({ nik: '1871011705900001', code: 'ABCD2345', token: 'matriks-token-000000' }),
  },
  'POST /api/v1/bookings/invitation': {
    body: () => ({ nik: '1871011705900001', code: 'ABCD2345', format: 'ics' }),
  },
  'GET /api/v1/bookings/points/:id/day': {},
  // No region in the body: the run takes the point's own (a regency-level point answers 400).
  'POST /api/v1/bookings/points/:id/invitations': {
    body: () => ({
      kind: 'not_recorded',
      service: 'recording',
      from: '2030-03-04',
      to: '2030-03-05',
      limit: 1,
    }),
  },
  'GET /api/v1/bookings/points/:id/invitations/:batchId/letters.pdf': { params: { batchId: '999999' } },
  'POST /api/v1/service-points/:id/closures': {
    body: () => ({ date: `2030-01-${String((++serial % 28) + 1).padStart(2, '0')}`, reason: 'Uji matriks' }),
  },
  'POST /api/v1/service-points/:id/sessions': {
    body: () => ({ date: '2030-02-02', kind: 'weekend', start: '08:00', end: '09:00', counters: 1 }),
  },
  // Public boards: a point id that names no point answers 404 at once (the stream never opens).
  'GET /api/v1/display/:pointId': { params: { pointId: '999999' } },
  'GET /api/v1/display/:pointId/events': { params: { pointId: '999999' } },
  // Survey links and kiosks that name nothing: 404 for everyone (the public half is what the cell checks).
  'GET /api/v1/skm/survey/:token': { params: { token: '1.AAAAAAAAAAAAAAAAAAAAAA' } },
  'POST /api/v1/skm/survey/:token': {
    params: { token: '1.AAAAAAAAAAAAAAAAAAAAAA' },
    body: () => ({ answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] }),
  },
  'GET /api/v1/skm/kiosk/:pointId': { params: { pointId: '999999' } },
  'POST /api/v1/skm/kiosk/:pointId': {
    params: { pointId: '999999' },
    body: () => ({ answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] }),
  },
  'GET /api/v1/skm': { query: { from: DAY, to: '2024-02-07' } },
  'GET /api/v1/skm/export': { query: { from: DAY, to: '2024-02-07' } },
  'GET /api/v1/skm/times': { query: { from: DAY, to: '2024-02-07' } },
  'GET /api/v1/queue/points/:id': {},
  'GET /api/v1/queue/points/:id/rules': {},
  'PUT /api/v1/queue/points/:id/rules': {
    body: () => ({ walkInDailyCap: 80, priorityRatio: { priority: 2, normal: 1 }, noShowGraceMinutes: 3 }),
  },
  'POST /api/v1/queue/points/:id/tickets': { body: () => ({ service: 'recording', lane: 'normal' }) },
  'POST /api/v1/queue/points/:id/check-in': { body: () => ({ code: 'SIGAP:TIDAKADA' }) },
  'POST /api/v1/queue/points/:id/call-next': { body: () => ({ counterNo: 1 }) },
  'POST /api/v1/queue/tickets/:id/call': { body: () => ({ counterNo: 1 }) },
  'POST /api/v1/queue/tickets/:id/recall': { body: () => ({}) },
  'POST /api/v1/queue/tickets/:id/start': { body: () => ({}) },
  'POST /api/v1/queue/tickets/:id/no-show': { body: () => ({}) },
  'POST /api/v1/queue/tickets/:id/requeue': { body: () => ({}) },
  'POST /api/v1/queue/tickets/:id/transfer': { body: () => ({ counterNo: 2 }) },
  'POST /api/v1/queue/tickets/:id/finish': { body: () => ({ outcome: 'referred' }) },
  'GET /api/v1/stock': {},
  'GET /api/v1/stock/card': { level: 'office', query: { item: 'BLANKO' } },
  'GET /api/v1/stock/cover': { level: 'office' },
  'GET /api/v1/stock/suggestion': { level: 'office', query: { item: 'BLANKO' } },
  'POST /api/v1/stock/receive': {
    level: 'office',
    body: () => ({ item: 'BLANKO', quantity: 5, occurredOn: DAY, documentNo: `MTX/${++serial}` }),
  },
  'POST /api/v1/stock/consume': {
    level: 'office',
    body: () => ({ item: 'BLANKO', kind: 'consume', quantity: 1, occurredOn: DAY }),
  },
  'POST /api/v1/stock/adjust': {
    level: 'office',
    body: () => ({ item: 'BLANKO', quantity: 1, reason: 'Uji matriks', occurredOn: DAY }),
  },
  'POST /api/v1/stock/count': {
    level: 'office',
    body: () => ({ item: 'BLANKO', counted: 5, occurredOn: DAY }),
  },
  'POST /api/v1/stock/ship': {
    level: 'office',
    body: () => ({
      item: 'BLANKO',
      destination: '18.71',
      quantity: 1,
      occurredOn: DAY,
      documentNo: `MTX/${++serial}`,
    }),
  },
  'GET /api/v1/stock/shipments': {},
  'GET /api/v1/stock/shipments/:id': {},
  // accepted + rejected ≠ shipped: an allowed cell meets the rule (400), and the fixture stays in transit.
  'POST /api/v1/stock/shipments/:id/receive': { body: () => ({ accepted: 1, rejected: 0, receivedOn: DAY }) },
  'GET /api/v1/stock/requests': {},
  'GET /api/v1/stock/requests/:id': {},
  'POST /api/v1/stock/requests': { level: 'office', body: () => ({ item: 'BLANKO', quantity: 10 }) },
  'POST /api/v1/stock/requests/:id/submit': { body: () => ({}) },
  'POST /api/v1/stock/requests/:id/approve': { body: () => ({ quantity: 5 }) },
  'POST /api/v1/stock/requests/:id/reject': { body: () => ({ reason: 'Uji matriks' }) },
  'POST /api/v1/stock/requests/:id/ship': {
    body: () => ({ documentNo: `MTX/${++serial}`, occurredOn: DAY }),
  },
  'GET /api/v1/equipment': {},
  'GET /api/v1/equipment/uncovered': {},
  'GET /api/v1/equipment/operators': {},
  'POST /api/v1/equipment/operators': { body: () => ({ name: `Operator Matriks ${++serial}` }) },
  'GET /api/v1/equipment/:id': {},
  'POST /api/v1/equipment': {
    body: () => ({ kind: 'card_printer', tag: `MATRIKS-${++serial}`, name: 'Printer Matriks' }),
  },
  'PATCH /api/v1/equipment/:id': { body: () => ({ notes: `Catatan matriks ${++serial}` }) },
  'POST /api/v1/equipment/:id/incidents': {
    body: () => ({ status: ++serial % 2 === 0 ? 'broken' : 'working', reason: 'Uji matriks' }),
  },
  'GET /api/v1/prints/queue': { level: 'office' },
  'GET /api/v1/prints/reconciliation': {},
  'GET /api/v1/prints/awaiting-handover': { level: 'office' },
  'POST /api/v1/prints/residents/:id': { body: () => ({ spoiled: false }) },
  'POST /api/v1/prints/residents/:id/handover': { body: () => ({ receivedBy: 'resident' }) },
  'POST /api/v1/prints/batch': { level: 'office', body: () => ({ residentIds: [1] }) },
  'POST /api/v1/prints/rolls/finish': { level: 'office', body: () => ({ item: 'RIBBON' }) },
  'GET /api/v1/outreach/sites': {},
  'POST /api/v1/outreach/sites': {
    body: () => ({ kind: 'school', name: `Sekolah Matriks ${++serial}`, address: 'Jl. Uji' }),
  },
  'PATCH /api/v1/outreach/sites/:id': { body: () => ({ contactName: `Humas ${++serial}` }) },
  'GET /api/v1/outreach/sites/:id/targets': {},
  // An empty CSV: an allowed cell meets the rule (400) and nothing is written.
  'POST /api/v1/outreach/sites/:id/roster': {
    body: () => ({
      fileName: 'siswa.csv',
      contentBase64: Buffer.from('NIK,NAMA,TGL_LAHIR\r\n').toString('base64'),
    }),
  },
  'GET /api/v1/outreach/sites/:id/resources': { query: { date: '2030-09-02' } },
  // No officer 999999: an allowed cell gets 400 and no visit is planned.
  'POST /api/v1/outreach/sites/:id/visits': {
    body: () => ({ visitDate: '2030-09-03', startTime: '08:00', endTime: '12:00', teamUserIds: [999999] }),
  },
  'GET /api/v1/outreach/suggestions': { level: 'regency' },
  'GET /api/v1/outreach/visits': { query: { from: '2030-09-01', to: '2030-09-30' } },
  'GET /api/v1/outreach/visits/:id': {},
  'POST /api/v1/outreach/visits/:id/cancel': { body: () => ({ reason: 'Uji matriks' }) },
  'POST /api/v1/outreach/visits/:id/invitations': { body: () => ({ channel: 'whatsapp' }) },
  'GET /api/v1/outreach/visits/:id/letters.pdf': {},
  'GET /api/v1/outreach/visits/:id/pack': {},
  // A walk-in with an impossible NIK: an allowed cell gets 400, nothing stored.
  'POST /api/v1/outreach/visits/:id/actions': {
    body: () => ({
      clientId: randomUUID(),
      clientDeviceId: 'matriks',
      residentId: null,
      nik: '123',
      outcome: 'absent',
      occurredAt: new Date().toISOString(),
    }),
  },
  'GET /api/v1/outreach/visits/:id/unconfirmed': {},
  'GET /api/v1/outreach/visits/:id/report': {},
  'POST /api/v1/outreach/devices/:id/heartbeat': {
    params: { id: 'matriks-device' },
    body: () => ({ visitId: 999999, pending: 0, oldestPendingAt: null }),
  },
  'GET /api/v1/outreach/devices': {},
  'GET /api/v1/outreach/summary': {},
  'GET /api/v1/equipment/loans': {},
  'POST /api/v1/equipment/loans': {
    body: () => ({ start: '2030-08-01', end: '2030-08-02', itemIds: [999999], purpose: 'Uji matriks' }),
  },
  'GET /api/v1/equipment/loans/:id': {},
  'POST /api/v1/equipment/loans/:id/cancel': { body: () => ({ reason: 'Uji matriks' }) },
  'POST /api/v1/equipment/loans/:id/arrival': { body: () => ({}) },
  'POST /api/v1/equipment/loans/:id/return': { body: () => ({}) },
  'POST /api/v1/voter-rolls': {
    body: () => ({ uploadId: '00000000-0000-4000-8000-000000000000', electionId: 999999 }),
  },
  'GET /api/v1/voter-rolls': {},
  'GET /api/v1/voter-rolls/:id': {},
  'GET /api/v1/voter-rolls/:id/summary': {},
  'GET /api/v1/voter-rolls/:id/rows': { query: { class: 'not_recorded' } },
  'GET /api/v1/voter-rolls/:id/rows.xlsx': { query: { class: 'not_recorded' } },
  'GET /api/v1/voter-rolls/:id/evidence': { query: { format: 'pdf' } },
  // 'invitations' without a point: 400 once allowed (nothing is written).
  'POST /api/v1/voter-rolls/:id/sets/:class/use': {
    params: { class: 'not_recorded' },
    body: () => ({ as: 'invitations' }),
  },
  'GET /api/v1/burials/cemeteries': {},
  'GET /api/v1/burials/cemeteries/mine': {},
  'POST /api/v1/burials/cemeteries': { body: () => ({ name: `TPU Matriks Baru ${++serial}` }) },
  'GET /api/v1/burials/cemeteries/:id/entries': {},
  'POST /api/v1/burials/cemeteries/:id/entries': { body: () => burialSample(randomUUID()) },
  'PUT /api/v1/burials/:id': {
    body: () => {
      const { clientId: _, ...rest } = burialSample(randomUUID());
      return rest;
    },
  },
  'GET /api/v1/burials': {},
  'GET /api/v1/burials/figures': {},
  'GET /api/v1/burials/:id': {},
  'POST /api/v1/burials/:id/match': { body: () => ({ residentId: 999999 }) },
  'POST /api/v1/burials/:id/dismiss': { body: () => ({ reason: 'Uji matriks: bukan penduduk' }) },
  'POST /api/v1/burials/:id/certify': {},
  'POST /api/v1/burials/:id/annul': { body: () => ({ reason: 'Uji matriks: salah orang' }) },
  'GET /api/v1/sukets': {},
  'GET /api/v1/sukets/undelivered': {},
  'POST /api/v1/sukets/batches/preview': { body: () => ({ electionId: 999999 }) },
  'POST /api/v1/sukets/batches': { body: () => ({ electionId: 999999 }) },
  'GET /api/v1/sukets/batches/progress': { query: { jobId: '999999' } },
  'GET /api/v1/sukets/batches/pdf': { query: { jobId: '999999' } },
  'GET /api/v1/sukets/residents/:id/eligibility': { query: { electionId: '999999' } },
  'POST /api/v1/sukets/residents/:id': { body: () => ({ electionId: 999999, deliver: false }) },
  'GET /api/v1/sukets/:id': {},
  'GET /api/v1/sukets/:id/pdf': {},
  'POST /api/v1/sukets/:id/revoke': { body: () => ({ reason: 'Uji matriks' }) },
  'POST /api/v1/sukets/:id/send-by-hand': {},
  'GET /api/v1/sukets/elections/:id/policy': {},
  'PUT /api/v1/sukets/elections/:id/policy': {
    body: () => ({
      issueFrom: null,
      issueUntil: '2030-01-01',
      validUntil: '2030-12-31',
      prrWithBlankoMustPrint: true,
    }),
  },
  'POST /api/v1/sukets/keys/rotate': {},
  'GET /api/v1/sukets/verify': { query: { number: '471.13/0001/DUKCAPIL/2024' } },
  'GET /api/v1/sukets/keys': {},
  'GET /api/v1/sukets/status-list': { query: { region: '18.71' } },
  'GET /api/v1/sukets/pdf/:key': { params: { key: '0123456789abcdef0123456789abcdef' } },
  'GET /api/v1/elections': {},
  'POST /api/v1/elections': {
    body: () => ({ name: `Pilkada Matriks ${++serial}`, kind: 'pilkada', votingDate: '2029-11-27' }),
  },
  'PATCH /api/v1/elections/:id': { body: () => ({ target: 0.95 }) },
  'GET /api/v1/coverage': {},
  'GET /api/v1/coverage/trend': {},
  'POST /api/v1/imports/uploads': { upload: true },
  'POST /api/v1/imports': { body: () => ({ uploadId: randomUUID(), kind: 'residents' }) },
  'GET /api/v1/imports': {},
  'GET /api/v1/imports/:id': {},
  'GET /api/v1/imports/:id/errors': {},
  'GET /api/v1/imports/:id/errors.csv': {},
  'GET /api/v1/daily-reports/prefill': { level: 'regency', query: { date: DAY } },
  'POST /api/v1/daily-reports': {
    level: 'regency',
    body: () => ({ date: DAY, source: 'manual', cumulativeRecorded: 810, mustHoldId: 1000 }),
  },
  'GET /api/v1/daily-reports': { query: { date: DAY } },
  'GET /api/v1/daily-reports/history': { level: 'regency' },
  'GET /api/v1/daily-reports/month': { query: { month: '2024-02' } },
  'GET /api/v1/daily-reports/:id': {},
  'POST /api/v1/daily-reports/:id/review': { body: () => ({ decision: 'return', comment: 'Periksa lagi.' }) },
  'GET /api/v1/settings': {},
  'PUT /api/v1/settings/report-cutoff': { body: () => ({ hour: 15 }) },
  'PUT /api/v1/settings/:key': { body: () => ({ value: 15 }) },
  'GET /api/v1/exports/coverage.xlsx': {},
  'GET /api/v1/exports/daily-reports.xlsx': { query: { date: DAY } },
  'GET /api/v1/exports/situation-report.pdf': {},
  'GET /api/v1/settings/letterhead': { level: 'office' },
  'PUT /api/v1/settings/letterhead': { level: 'office', body: () => ({ letterhead: DEFAULT_LETTERHEAD }) },
  'GET /api/public/coverage': { query: { region: '18' } },
  'GET /api/public/elections': {},
  'GET /api/v1/settings/public-dashboard': {},
  'PUT /api/v1/settings/public-dashboard': { body: () => ({ enabled: true }) },
  'POST /api/v1/snapshots': { body: () => ({}) },
  'GET /api/v1/forecast': {},
  'GET /api/v1/forecast/children': {},
  'GET /api/v1/watchlist': {},
  'GET /api/v1/notices': {},
  'POST /api/v1/notices/read': { body: () => ({}) },
  'GET /api/v1/jobs': {},
  'GET /api/v1/messages': {},
  'POST /api/v1/messages/:id/opened': { params: { id: '999999' } },
  // The test app configures no gateway: the callback answers 404 to everyone (see outbox-gateway.test.ts).
  'POST /api/v1/messages/callback': { body: () => ({ providerMessageId: 'gw-matrix', status: 'delivered' }) },
};

/** A burial entry a manager's phone sends (dates in the past, no NIK). */
function burialSample(clientId: string) {
  return {
    clientId,
    fullName: 'Almarhum Matriks',
    birthDate: '1950-01-01',
    dateOfDeath: '2024-01-01',
    dateOfBurial: '2024-01-02',
    reporterName: 'Keluarga Matriks',
    reporterRelation: 'anak',
  };
}
