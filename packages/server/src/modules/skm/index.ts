/**
 * The satisfaction survey (SKM, issue 12). STUB until the survey lands: the queue module gives a resident
 * whose ticket was finished the one-time link this returns (a path of the web app, e.g. `/skm/<token>`).
 */
export function skmPathFor(ticketId: number): string {
  return `/skm/${ticketId}`;
}
