/**
 * Jemput bola (issue 15): outreach sites and their target lists and rosters, the visit calendar with team
 * and equipment (never two places at once), invitations, the offline field app's pack and idempotent
 * actions (recordings through the one write path, source `outreach`), SIAK reconciliation and reports.
 */
export { seedDemoOutreach } from './demo-outreach';
export { outreachRoutes } from './outreach.routes';
export { outreachFieldRoutes } from './outreach-field.routes';
export { type ResidentListReply, rosterFromResidents } from './outreach-roster-sets';
export { outreachSummary } from './outreach-supervision.service';
