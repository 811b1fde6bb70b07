/**
 * The stock ledger of printing supplies (issue 13): stock cards of blanko, ribbon, film and ink per office
 * (centre, province, regency/city), shipments with proof of delivery, requests up the hierarchy and days of
 * cover to voting day. Printing consumes through `consumeStock` inside its own transaction.
 */
export { seedDemoStock } from './demo-stock';
export { stockRoutes } from './stock.routes';
export { stockAlertsFor, stockWatchSignal } from './stock-alerts';
export { blankoOnHand } from './stock-blanko';
export { consumeStock } from './stock-ledger.commands';
/** One movement in its own transaction with its audit entry (the print demo receives its ribbon and film). */
export { moveCommand } from './stock-moves.commands';
export { stockRequestRoutes } from './stock-requests.routes';
/** Ribbon and film prints left and ink at a printing office (/cetak's supply panel). */
export { printSupplies } from './stock-supply.service';
