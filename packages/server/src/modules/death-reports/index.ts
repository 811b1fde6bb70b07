/**
 * Deaths entered by hand: reported with a document number and a reason, and applied to the registry (through
 * the one write path) only once a second officer confirms. The burial register (modules/burials) marks a
 * death through the same `markResidentDeceased` when it issues a death certificate.
 */
export { closePendingReportByCertificate } from './death-report-closing';
export {
  markResidentAlive,
  markResidentDeceased,
  refuseImpossibleDeath,
  type Who,
} from './death-reports.commands';
export { deathReportErrors } from './death-reports.errors';
export { deathReportsRoutes } from './death-reports.routes';
export { seedDemoDeathReports } from './demo-death-reports';
