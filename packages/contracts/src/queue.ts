/**
 * The queue at the office (issue 12): walk-in tickets, check-in of bookings, the counter's calls and
 * outcomes, the day's overview and a point's queue rules. Messages are "Indonesian|English".
 */
import { QUEUE_OUTCOMES, SERVICE_KINDS } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate } from './common';

export const PRIORITY_REASONS = ['elderly', 'disabled', 'pregnant', 'sick'] as const;
export const TICKET_LANES = ['booked', 'priority', 'walk_in'] as const;
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;

const CounterNo = z
  .number('Nomor loket harus angka.|The counter number must be a number.')
  .int('Nomor loket harus bilangan bulat.|The counter number must be a whole number.')
  .min(1, 'Nomor loket paling kecil 1.|Counters start at 1.')
  .max(50, 'Nomor loket paling besar 50.|At most 50 counters.');
const Service = z.enum(SERVICE_KINDS, 'Layanan tidak dikenal.|Unknown service.');
const NikInput = z
  .string()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^\d{16}$/, 'NIK harus 16 angka.|The NIK must be 16 digits.'));

export const QueueTicket = z.object({
  id: z.number(),
  servicePointId: z.number(),
  date: z.string(),
  lane: z.enum(TICKET_LANES),
  label: z.string(),
  service: z.enum(SERVICE_KINDS),
  status: z.enum(TICKET_STATUSES),
  priorityReason: z.enum(PRIORITY_REASONS).nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  bookingId: z.number().nullable(),
  /** Masked (province and regency only): the counter asks the resident for the card. */
  nik: z.string().nullable(),
  fullName: z.string().nullable(),
  counterNo: z.number().nullable(),
  recalls: z.number(),
  outcome: z.enum(QUEUE_OUTCOMES).nullable(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  servedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type QueueTicket = z.infer<typeof QueueTicket>;

export const QueueTicketReply = z.object({ ticket: QueueTicket });
export type QueueTicketReply = z.infer<typeof QueueTicketReply>;

export const IssueTicketBody = z
  .object({
    service: Service,
    lane: z.enum(
      ['normal', 'priority'],
      'Jalur harus normal atau prioritas.|Lane must be normal or priority.',
    ),
    priorityReason: z
      .enum(PRIORITY_REASONS, 'Alasan prioritas tidak dikenal.|Unknown priority reason.')
      .optional(),
    nik: NikInput.optional(),
    fullName: z.string().trim().min(1).max(100).optional(),
    phone: z.string().trim().min(8).max(20).optional(),
  })
  .refine((b) => b.lane !== 'priority' || b.priorityReason !== undefined, {
    path: ['priorityReason'],
    message: 'Jalur prioritas perlu alasan.|The priority lane needs a reason.',
  });
export type IssueTicketBody = z.infer<typeof IssueTicketBody>;

/** `SIGAP:<CODE>` (the QR), a link ending in /<CODE>, or the bare code as typed. */
export const CheckInBody = z.object({
  code: z.string().trim().min(4, 'Kode terlalu pendek.|The code is too short.').max(300),
});
export type CheckInBody = z.infer<typeof CheckInBody>;

export const CallNextBody = z.object({ counterNo: CounterNo, service: Service.optional() });
export type CallNextBody = z.infer<typeof CallNextBody>;
export const CallNextReply = z.object({ ticket: QueueTicket.nullable() });
export type CallNextReply = z.infer<typeof CallNextReply>;

export const CallTicketBody = z.object({ counterNo: CounterNo });
export type CallTicketBody = z.infer<typeof CallTicketBody>;

export const TransferBody = z
  .object({ counterNo: CounterNo.optional(), service: Service.optional() })
  .refine((b) => b.counterNo !== undefined || b.service !== undefined, {
    path: ['counterNo'],
    message: 'Pilih loket atau layanan tujuan.|Choose a counter or a service to transfer to.',
  });
export type TransferBody = z.infer<typeof TransferBody>;

export const FinishBody = z.object({
  outcome: z.enum(QUEUE_OUTCOMES, 'Hasil layanan tidak dikenal.|Unknown outcome.'),
  /** The resident served, when the ticket carries no NIK (a walk-in who gave none at the entrance). */
  nik: NikInput.optional(),
  note: z.string().trim().max(300).optional(),
});
export type FinishBody = z.infer<typeof FinishBody>;
export const FinishReply = z.object({ ticket: QueueTicket, skmPath: z.string() });
export type FinishReply = z.infer<typeof FinishReply>;

export const QueueRules = z.object({
  walkInDailyCap: z
    .number()
    .int('Batas harus bilangan bulat.|The cap must be a whole number.')
    .min(0, 'Batas tidak boleh negatif.|The cap cannot be negative.')
    .max(2000, 'Batas paling besar 2000.|At most 2000.'),
  priorityRatio: z.object({
    priority: z
      .number()
      .int()
      .min(1, 'Paling sedikit 1.|At least 1.')
      .max(10, 'Paling besar 10.|At most 10.'),
    normal: z.number().int().min(1, 'Paling sedikit 1.|At least 1.').max(10, 'Paling besar 10.|At most 10.'),
  }),
  noShowGraceMinutes: z.number().int().min(0).max(60, 'Paling lama 60 menit.|At most 60 minutes.'),
});
export type QueueRules = z.infer<typeof QueueRules>;
export const QueueRulesReply = z.object({ servicePointId: z.number(), rules: QueueRules });
export type QueueRulesReply = z.infer<typeof QueueRulesReply>;

export const QueueDayQuery = z.object({ date: IsoDate.optional() });
export type QueueDayQuery = z.infer<typeof QueueDayQuery>;

export const QueueDay = z.object({
  servicePointId: z.number(),
  pointName: z.string(),
  counters: z.number(),
  date: z.string(),
  rules: QueueRules,
  /** Walk-in tickets (normal and priority) issued today, against the cap. */
  walkInsIssued: z.number(),
  waiting: z.object({ booked: z.number(), priority: z.number(), walk_in: z.number() }),
  tickets: z.array(QueueTicket),
});
export type QueueDay = z.infer<typeof QueueDay>;
