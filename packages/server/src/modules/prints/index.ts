/**
 * Printing (issue 13): the print queue of an office, printing through the one write path with the blanko,
 * ribbon and film consumed on the stock ledger in the same transaction, handover and reconciliation. The
 * suket module asks `officeHasBlanko` before issuing a suket to a PRR resident.
 */
export { seedDemoPrints } from './demo-prints';
export { printsRoutes } from './prints.routes';
export { blankoOnHand, officeHasBlanko } from './prints.service';
