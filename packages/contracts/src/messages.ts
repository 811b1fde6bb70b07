import { z } from 'zod';
import { pageOf } from './common';

/** Messages to residents (the notification outbox) and the gateway's delivery callback. */
export const MessageState = z.enum([
  'created',
  'sending',
  'delivered',
  'temp_failed',
  'failed',
  'sent_by_hand',
]);
export type MessageState = z.infer<typeof MessageState>;

export const MessageItem = z.object({
  id: z.number(),
  kind: z.string(),
  recipientPhone: z.string(),
  regionCode: z.string(),
  state: MessageState,
  provider: z.string().nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  openedAt: z.string().nullable(),
});
export type MessageItem = z.infer<typeof MessageItem>;

export const MessageListQuery = z.object({
  state: MessageState.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type MessageListQuery = z.infer<typeof MessageListQuery>;

export const MessagePage = pageOf(MessageItem);
export type MessagePage = z.infer<typeof MessagePage>;

/** Sending by hand: the opening is recorded and the wa.me link handed out. */
export const MessageOpened = z.object({ id: z.number(), state: MessageState, waLink: z.string() });
export type MessageOpened = z.infer<typeof MessageOpened>;

export const DeliveryReportBody = z.object({
  providerMessageId: z.string().min(1).max(200),
  status: z.enum(['delivered', 'failed']),
  error: z.string().max(500).optional(),
});
export type DeliveryReportBody = z.infer<typeof DeliveryReportBody>;

export const DeliveryReportReply = z.object({ id: z.number(), state: z.string(), changed: z.boolean() });
export type DeliveryReportReply = z.infer<typeof DeliveryReportReply>;
