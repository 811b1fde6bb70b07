import type {
  AuditCheckpointsTable,
  AuditLogTable,
  LoginDevicesTable,
  LoginFailuresTable,
  MetaTable,
  RegionsTable,
  SessionsTable,
  UsersTable,
} from './schema/access';
import type { BookingAttemptsTable, BookingBatchesTable, BookingHoldsTable } from './schema/bookings';
import type {
  BurialEventsTable,
  BurialsTable,
  CemeteriesTable,
  CemeteryManagersTable,
  DeathCertificateSequencesTable,
  DeathCertificatesTable,
} from './schema/burials';
import type {
  CacheVersionsTable,
  CoverageSnapshotsTable,
  DailyReportsTable,
  ElectionsTable,
  SettingsTable,
} from './schema/command-center';
import type {
  EquipmentIncidentsTable,
  EquipmentItemsTable,
  EquipmentLoanDaysTable,
  EquipmentLoanItemsTable,
  EquipmentLoanOperatorsTable,
  EquipmentLoansTable,
  EquipmentOperatorsTable,
} from './schema/equipment';
import type {
  OutreachActionsTable,
  OutreachClaimsTable,
  OutreachDevicesTable,
  OutreachRosterRowsTable,
  OutreachSitesTable,
  OutreachTargetsTable,
  OutreachVisitMembersTable,
  OutreachVisitsTable,
} from './schema/outreach';
import type {
  IdempotencyKeysTable,
  JobsTable,
  MessagesTable,
  NoticesTable,
  ReadBudgetUsageTable,
} from './schema/platform';
import type { PrintCardsTable, PrintRollsTable } from './schema/prints';
import type { QueueRulesTable } from './schema/queue';
import type {
  DeathReportsTable,
  ImportErrorsTable,
  ImportJobsTable,
  ResidentCountsDayTable,
  ResidentCountsTable,
  ResidentHistoryTable,
  ResidentsTable,
} from './schema/registry';
import type { ServiceClosuresTable, ServicePointsTable, ServiceSessionsTable } from './schema/service';
import type {
  BookingEventsTable,
  BookingSlotsTable,
  BookingsTable,
  IkdActivationsTable,
  QueueSequencesTable,
  QueueTicketEventsTable,
  QueueTicketsTable,
  SkmLinkKeysTable,
  SkmResponsesTable,
} from './schema/service-desk';
import type {
  StockBalancesTable,
  StockLinesTable,
  StockRequestEventsTable,
  StockRequestsTable,
  StockShipmentsTable,
} from './schema/stock';
import type {
  SuketCountsMonthTable,
  SuketCountsTable,
  SuketEventsTable,
  SuketKeysTable,
  SuketPoliciesTable,
  SuketSequencesTable,
  SuketsTable,
  SuketVerificationsTable,
} from './schema/sukets';
import type { VoterRollRowsTable, VoterRollsTable } from './schema/voter-rolls';

export * from './schema/access';
export * from './schema/bookings';
export * from './schema/burials';
export * from './schema/command-center';
export * from './schema/equipment';
export * from './schema/outreach';
export * from './schema/platform';
export * from './schema/prints';
export * from './schema/queue';
export * from './schema/registry';
export * from './schema/service';
export * from './schema/service-desk';
export * from './schema/stock';
export * from './schema/sukets';
export * from './schema/voter-rolls';

/**
 * The typed shape of every table. Timestamps are ISO-8601 strings on both engines (text on SQLite,
 * timestamptz on PostgreSQL with a parser that returns ISO strings), flags are 0/1 integers on both,
 * so repositories never branch on the engine for plain reads.
 *
 * Columns holding a code are typed with its union (a role, a recording status, a job state): every writer
 * is typed with the same union and outside input (imports, API bodies, CLI options) is validated before it
 * is written, so a row read back holds one of its values. Columns that may hold a code this version does
 * not know (a notice's kind, an import error's code: rows of older or newer versions) stay `string`.
 */
export interface Database {
  meta: MetaTable;
  regions: RegionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  login_devices: LoginDevicesTable;
  audit_log: AuditLogTable;
  residents: ResidentsTable;
  resident_history: ResidentHistoryTable;
  resident_counts: ResidentCountsTable;
  resident_counts_day: ResidentCountsDayTable;
  elections: ElectionsTable;
  import_jobs: ImportJobsTable;
  import_errors: ImportErrorsTable;
  coverage_snapshots: CoverageSnapshotsTable;
  daily_reports: DailyReportsTable;
  settings: SettingsTable;
  cache_versions: CacheVersionsTable;
  notices: NoticesTable;
  audit_checkpoints: AuditCheckpointsTable;
  idempotency_keys: IdempotencyKeysTable;
  read_budget_usage: ReadBudgetUsageTable;
  jobs: JobsTable;
  messages: MessagesTable;
  death_reports: DeathReportsTable;
  service_points: ServicePointsTable;
  service_closures: ServiceClosuresTable;
  service_sessions: ServiceSessionsTable;
  booking_slots: BookingSlotsTable;
  bookings: BookingsTable;
  booking_events: BookingEventsTable;
  queue_sequences: QueueSequencesTable;
  queue_tickets: QueueTicketsTable;
  queue_ticket_events: QueueTicketEventsTable;
  ikd_activations: IkdActivationsTable;
  skm_responses: SkmResponsesTable;
  cemeteries: CemeteriesTable;
  cemetery_managers: CemeteryManagersTable;
  burials: BurialsTable;
  burial_events: BurialEventsTable;
  death_certificate_sequences: DeathCertificateSequencesTable;
  death_certificates: DeathCertificatesTable;
  suket_keys: SuketKeysTable;
  suket_policies: SuketPoliciesTable;
  suket_sequences: SuketSequencesTable;
  sukets: SuketsTable;
  suket_counts: SuketCountsTable;
  suket_counts_month: SuketCountsMonthTable;
  suket_events: SuketEventsTable;
  suket_verifications: SuketVerificationsTable;
  skm_link_keys: SkmLinkKeysTable;
  booking_holds: BookingHoldsTable;
  booking_attempts: BookingAttemptsTable;
  booking_batches: BookingBatchesTable;
  queue_rules: QueueRulesTable;
  stock_lines: StockLinesTable;
  stock_balances: StockBalancesTable;
  stock_shipments: StockShipmentsTable;
  stock_requests: StockRequestsTable;
  stock_request_events: StockRequestEventsTable;
  equipment_items: EquipmentItemsTable;
  equipment_incidents: EquipmentIncidentsTable;
  equipment_operators: EquipmentOperatorsTable;
  equipment_loans: EquipmentLoansTable;
  equipment_loan_items: EquipmentLoanItemsTable;
  equipment_loan_operators: EquipmentLoanOperatorsTable;
  equipment_loan_days: EquipmentLoanDaysTable;
  print_cards: PrintCardsTable;
  print_rolls: PrintRollsTable;
  outreach_sites: OutreachSitesTable;
  outreach_roster_rows: OutreachRosterRowsTable;
  outreach_visits: OutreachVisitsTable;
  outreach_visit_members: OutreachVisitMembersTable;
  outreach_claims: OutreachClaimsTable;
  outreach_targets: OutreachTargetsTable;
  outreach_actions: OutreachActionsTable;
  outreach_devices: OutreachDevicesTable;
  voter_rolls: VoterRollsTable;
  voter_roll_rows: VoterRollRowsTable;
}
