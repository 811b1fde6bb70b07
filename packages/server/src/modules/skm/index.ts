import { skmTokenFor } from './skm-link';

/**
 * The satisfaction survey (SKM, issue 12): one-time links and a kiosk page for residents, the index per
 * point and period with its band (PermenPANRB 14/2017, @sigap/domain skm.ts), the XLSX of the annual
 * report, and waiting and service times per point, counter and service.
 */
export { seedDemoSkm } from './demo-skm';
export { skmRoutes } from './skm.routes';
export { loadSkmLinkKey } from './skm-link';

/**
 * The one-time survey link the queue gives a resident whose ticket was finished: a path of the web app,
 * `/skm/<ticket id>.<mac>` (see skm-link.ts). It answers once, while the ticket is done and unanswered.
 */
export function skmPathFor(ticketId: number): string {
  return `/skm/${skmTokenFor(ticketId)}`;
}
