import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

export const ELECTION_KINDS = ['pemilu', 'pilkada'] as const;

export const Election = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(ELECTION_KINDS),
  votingDate: z.string(),
  regionCodes: z.array(z.string()),
});
export type Election = z.infer<typeof Election>;

export const ElectionList = z.object({ items: z.array(Election) });
export type ElectionList = z.infer<typeof ElectionList>;

export const CreateElectionBody = z.object({
  name: z.string().trim().min(3).max(150),
  kind: z.enum(ELECTION_KINDS),
  votingDate: IsoDate,
  regionCodes: z.array(RegionCode).min(1).max(600),
});
export type CreateElectionBody = z.infer<typeof CreateElectionBody>;

export const ElectionReply = z.object({ election: Election });
export type ElectionReply = z.infer<typeof ElectionReply>;
