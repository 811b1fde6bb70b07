import type { SkmAnswerBody, SkmKioskBody, SkmKioskContext, SkmSurveyContext } from '@sigap/contracts';
import { addDays, compareIsoDates, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { recordSkmAnswerCommand } from './skm.commands';
import { skmErrors } from './skm.errors';
import { findKioskPoint, findSurveyTicket, ticketAnswered } from './skm.repository';
import { ticketOfToken } from './skm-link';

/** A link answers for this many days after its service; the SKM period report is closed by then. */
export const LINK_VALID_DAYS = 30;

async function openTicket(handle: Db, token: string, now: Date) {
  const id = ticketOfToken(token);
  const ticket = id === undefined ? undefined : await findSurveyTicket(handle.db, id);
  if (!ticket) throw skmErrors.linkInvalid();
  if (ticket.status !== 'done') throw skmErrors.notFinished();
  if (await ticketAnswered(handle.db, ticket.id)) throw skmErrors.alreadyAnswered();
  const today = officeToday(ticket.region_code, now);
  if (compareIsoDates(addDays(ticket.date, LINK_VALID_DAYS), today) < 0)
    throw skmErrors.expired(LINK_VALID_DAYS);
  return { ticket, today };
}

/** The survey form's context: the point and the service, once the ticket is finished and not yet answered. */
export async function surveyContext(handle: Db, token: string, now = new Date()): Promise<SkmSurveyContext> {
  const { ticket } = await openTicket(handle, token, now);
  return {
    point: { id: ticket.service_point_id, name: ticket.point_name },
    service: ticket.service,
    servedOn: ticket.date,
  };
}

/** Stores the answers of a link, exactly once per ticket. */
export async function answerSurvey(
  handle: Db,
  token: string,
  body: SkmAnswerBody,
  ip: string,
  now = new Date(),
): Promise<void> {
  const { ticket, today } = await openTicket(handle, token, now);
  const id = await recordSkmAnswerCommand(handle, {
    pointId: ticket.service_point_id,
    regionCode: ticket.region_code,
    ticketId: ticket.id,
    channel: 'link',
    service: ticket.service,
    answers: body.answers,
    comment: body.comment || null,
    answeredOn: today,
    ip,
  });
  // Two submissions raced: the other one was stored.
  if (id === undefined) throw skmErrors.alreadyAnswered();
}

async function kioskPoint(handle: Db, pointId: number) {
  const point = await findKioskPoint(handle.db, pointId);
  if (!point || Number(point.active) !== 1) throw skmErrors.pointNotFound(pointId);
  return point;
}

export async function kioskContext(handle: Db, pointId: number): Promise<SkmKioskContext> {
  const point = await kioskPoint(handle, pointId);
  return { point: { id: point.id, name: point.name } };
}

/** An answer sheet from the kiosk in the point's waiting room (no ticket; rate limited by the route). */
export async function answerKiosk(
  handle: Db,
  pointId: number,
  body: SkmKioskBody,
  ip: string,
  now = new Date(),
): Promise<void> {
  const point = await kioskPoint(handle, pointId);
  await recordSkmAnswerCommand(handle, {
    pointId: point.id,
    regionCode: point.region_code,
    ticketId: null,
    channel: 'kiosk',
    service: body.service ?? null,
    answers: body.answers,
    comment: body.comment || null,
    answeredOn: officeToday(point.region_code, now),
    ip,
  });
}
