import { z } from 'zod';

export const NoticeItem = z.object({
  id: z.number(),
  kind: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  regionCode: z.string().nullable(),
  message: z.string(),
  messageEn: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NoticeItem = z.infer<typeof NoticeItem>;

export const NoticeListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type NoticeListQuery = z.infer<typeof NoticeListQuery>;

/** A page of the caller's notices, with how many are unread in all (the bell's badge). */
export const NoticePage = z.object({
  items: z.array(NoticeItem),
  total: z.number(),
  unread: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type NoticePage = z.infer<typeof NoticePage>;

export const NoticeReadBody = z.object({
  /** Omitted: mark every notice read. */
  ids: z.array(z.number().int().positive()).max(500).optional(),
});
export type NoticeReadBody = z.infer<typeof NoticeReadBody>;

export const NoticeReadReply = z.object({ marked: z.number() });
export type NoticeReadReply = z.infer<typeof NoticeReadReply>;
