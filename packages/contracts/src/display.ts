/**
 * The live display board of a point's queue (issue 12): public, for a TV in the waiting room, so it
 * carries labels and counter numbers only, never a name or a NIK.
 */
import { SERVICE_KINDS } from '@sigap/domain';
import { z } from 'zod';

export const DisplayPointParam = z.object({ pointId: z.coerce.number().int().positive() });
export type DisplayPointParam = z.infer<typeof DisplayPointParam>;

/** What one counter shows: the ticket it called or is serving, or nothing. */
export const DisplayCounter = z.object({
  counter: z.number().int(),
  label: z.string().nullable(),
  status: z.enum(['called', 'serving']).nullable(),
  service: z.enum(SERVICE_KINDS).nullable(),
});
export type DisplayCounter = z.infer<typeof DisplayCounter>;

/** A call the voice reads out: "Nomor antrian A-023, silakan ke loket 2". */
export const DisplayCall = z.object({
  /** The id of the ticket event (called or recalled): the stream's event id, so a reconnect resumes. */
  id: z.number().int(),
  label: z.string(),
  counter: z.number().int(),
  recall: z.boolean(),
  at: z.string(),
});
export type DisplayCall = z.infer<typeof DisplayCall>;

export const DisplayBoard = z.object({
  point: z.object({ id: z.number().int(), name: z.string() }),
  /** The point's office day the board shows. */
  date: z.string(),
  counters: z.array(DisplayCounter),
  /** Latest first. */
  lastCalls: z.array(DisplayCall),
  waiting: z.object({ booked: z.number().int(), priority: z.number().int(), walk_in: z.number().int() }),
  /** The newest ticket event of the point the board includes (0: none yet). */
  eventId: z.number().int(),
  generatedAt: z.string(),
});
export type DisplayBoard = z.infer<typeof DisplayBoard>;
