/**
 * Deaths entered by hand: reported with a document number and a reason, and applied to the registry (through
 * the one write path) only once a second officer confirms. The burial-register module will feed the same
 * confirmation step with death certificates.
 */
export { markResidentDeceased, refuseImpossibleDeath, type Who } from './death-reports.commands';
export { deathReportErrors } from './death-reports.errors';
export { deathReportsRoutes } from './death-reports.routes';
export { seedDemoDeathReports } from './demo-death-reports';
