import type {
  CallNextBody,
  CallNextReply,
  CheckInBody,
  FinishBody,
  FinishReply,
  IssueTicketBody,
  QueueTicketReply,
  TransferBody,
} from '@sigap/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';

export const queueDayPath = (pointId: number) => `/v1/queue/points/${pointId}`;

export const issueTicket = (v: { pointId: number; body: z.input<typeof IssueTicketBody> }, key: string) =>
  api.post<QueueTicketReply>(`/v1/queue/points/${v.pointId}/tickets`, v.body, key);

export const checkInBooking = (v: { pointId: number; body: CheckInBody }, key: string) =>
  api.post<QueueTicketReply>(`/v1/queue/points/${v.pointId}/check-in`, v.body, key);

export const callNext = (v: { pointId: number; body: CallNextBody }, key: string) =>
  api.post<CallNextReply>(`/v1/queue/points/${v.pointId}/call-next`, v.body, key);

export type TicketAction = 'recall' | 'start' | 'no-show' | 'requeue';

export const ticketAction = (v: { id: number; action: TicketAction }, key: string) =>
  api.post<QueueTicketReply>(`/v1/queue/tickets/${v.id}/${v.action}`, {}, key);

export const callTicket = (v: { id: number; counterNo: number }, key: string) =>
  api.post<QueueTicketReply>(`/v1/queue/tickets/${v.id}/call`, { counterNo: v.counterNo }, key);

export const transferTicket = (v: { id: number; body: z.input<typeof TransferBody> }, key: string) =>
  api.post<QueueTicketReply>(`/v1/queue/tickets/${v.id}/transfer`, v.body, key);

export const finishTicket = (v: { id: number; body: z.input<typeof FinishBody> }, key: string) =>
  api.post<FinishReply>(`/v1/queue/tickets/${v.id}/finish`, v.body, key);
