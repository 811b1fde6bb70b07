import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

export const ELECTION_KINDS = ['pemilu', 'pilkada'] as const;

/** A target share of wajib KTP: above 0, at most 1 (100 %). */
export const ElectionTarget = z
  .number('Target harus berupa angka.|Target must be a number.')
  .gt(0, 'Target harus lebih dari 0.|Target must be above 0.')
  .max(1, 'Target paling besar 1 (100%).|Target is at most 1 (100%).');

export const Election = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(ELECTION_KINDS),
  votingDate: z.string(),
  regionCodes: z.array(z.string()),
  /** Share of wajib KTP to reach by voting day (0–1]; "Sisa menuju target" and the forecast use it. */
  target: z.number(),
  /** A simulated election (demo seed): labelled "Demo" everywhere, never printed in an official report. */
  demo: z.boolean(),
});
export type Election = z.infer<typeof Election>;

export const ElectionList = z.object({ items: z.array(Election) });
export type ElectionList = z.infer<typeof ElectionList>;

export const CreateElectionBody = z.object({
  name: z.string().trim().min(3).max(150),
  kind: z.enum(ELECTION_KINDS),
  votingDate: IsoDate,
  regionCodes: z.array(RegionCode).min(1).max(600),
  target: ElectionTarget.optional(),
  demo: z.boolean().optional(),
});
export type CreateElectionBody = z.infer<typeof CreateElectionBody>;

export const ElectionReply = z.object({ election: Election });
export type ElectionReply = z.infer<typeof ElectionReply>;

export const UpdateElectionBody = z.object({ target: ElectionTarget });
export type UpdateElectionBody = z.infer<typeof UpdateElectionBody>;
