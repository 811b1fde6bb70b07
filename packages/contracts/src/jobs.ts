import { z } from 'zod';
import { pageOf } from './common';

export const JobState = z.enum(['queued', 'running', 'failed', 'done', 'dead']);
export type JobState = z.infer<typeof JobState>;

export const JobItem = z.object({
  id: z.number(),
  kind: z.string(),
  state: JobState,
  attempts: z.number(),
  maxAttempts: z.number(),
  runAfter: z.string(),
  leaseOwner: z.string().nullable(),
  leaseUntil: z.string().nullable(),
  lastError: z
    .object({
      code: z.string().nullable(),
      params: z.record(z.string(), z.unknown()).nullable(),
      text: z.string().nullable(),
    })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobItem = z.infer<typeof JobItem>;

export const JobListQuery = z.object({
  state: JobState.optional(),
  kind: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type JobListQuery = z.infer<typeof JobListQuery>;

export const JobPage = pageOf(JobItem);
export type JobPage = z.infer<typeof JobPage>;
