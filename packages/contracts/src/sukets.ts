/**
 * Sukets (issue 14): issuance by an office, the public verification (no login), the published keys and the
 * per-region status list a polling-station verifier downloads for offline use. Messages are "Indonesian|English".
 */
import { SUKET_REFUSAL_CODES, SUKET_VERDICT_REASONS, SUKET_VERDICTS } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

export const SuketStatus = z.enum(['active', 'superseded', 'revoked', 'expired']);

export const IssueSuketBody = z.object({
  residentId: z.number().int().positive(),
  electionId: z.number().int().positive(),
  /** Send the WhatsApp message with the PDF and verification links when the resident has a phone. */
  deliver: z.boolean().default(true),
});
export type IssueSuketBody = z.infer<typeof IssueSuketBody>;

export const SuketRefusalItem = z.object({
  code: z.enum(SUKET_REFUSAL_CODES),
  message: z.string(),
  messageEn: z.string(),
});

export const SuketEligibilityQuery = z.object({
  residentId: z.coerce.number().int().positive(),
  electionId: z.coerce.number().int().positive(),
});
export const SuketEligibilityReply = z.object({ refusals: z.array(SuketRefusalItem) });
export type SuketEligibilityReply = z.infer<typeof SuketEligibilityReply>;

export const SuketView = z.object({
  id: z.number(),
  number: z.string(),
  residentId: z.number(),
  electionId: z.number(),
  regionCode: z.string(),
  maskedName: z.string(),
  nikLast4: z.string(),
  status: SuketStatus,
  revokeReason: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string(),
  signerName: z.string(),
  kid: z.string(),
  token: z.string(),
  verifyUrl: z.string(),
  pdfUrl: z.string(),
  createdAt: z.string(),
});
export type SuketView = z.infer<typeof SuketView>;
export const SuketReply = z.object({ suket: SuketView });
export type SuketReply = z.infer<typeof SuketReply>;

/** "Send by hand": the wa.me link of the suket's WhatsApp message (its opening is recorded). */
export const SuketSentByHand = z.object({ messageId: z.number(), waLink: z.string() });
export type SuketSentByHand = z.infer<typeof SuketSentByHand>;

export const SuketListQuery = z.object({
  region: RegionCode.optional(),
  status: SuketStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const SuketList = z.object({ items: z.array(SuketView) });
export type SuketList = z.infer<typeof SuketList>;

export const RevokeSuketBody = z.object({
  reason: z.string().trim().min(3, 'Tulis alasan pencabutan.|Give the reason for revoking.').max(300),
});

export const SuketPolicyBody = z.object({
  issueFrom: IsoDate.nullable(),
  issueUntil: IsoDate,
  validUntil: IsoDate,
  prrWithBlankoMustPrint: z.boolean(),
});
export type SuketPolicyBody = z.infer<typeof SuketPolicyBody>;
export const SuketPolicyReply = SuketPolicyBody.extend({ electionId: z.number() });
export const ElectionIdParam = z.object({ electionId: z.coerce.number().int().positive() });

export const VerifySuketQuery = z
  .object({ token: z.string().max(2000).optional(), number: z.string().max(80).optional() })
  .refine((q) => q.token || q.number, 'Isi token atau nomor suket.|Give a token or a suket number.');
export const VerifySuketReply = z.object({
  verdict: z.enum(SUKET_VERDICTS),
  reason: z.enum(SUKET_VERDICT_REASONS),
  message: z.string(),
  messageEn: z.string(),
  /** Only what the holder's paper shows; absent for an unknown suket. */
  number: z.string().optional(),
  maskedName: z.string().optional(),
  nikLast4: z.string().optional(),
  regionCode: z.string().optional(),
  regionName: z.string().optional(),
  validFrom: z.string().optional(),
  validUntil: z.string().optional(),
});
export type VerifySuketReply = z.infer<typeof VerifySuketReply>;

export const SuketKeysReply = z.object({
  keys: z.array(
    z.object({
      kid: z.string(),
      alg: z.literal('Ed25519'),
      /** base64url of the raw 32-byte public key (the JWK `x`). */
      x: z.string(),
      createdAt: z.string(),
      retiredAt: z.string().nullable(),
    }),
  ),
});
export type SuketKeysReply = z.infer<typeof SuketKeysReply>;

export const SuketStatusListQuery = z.object({ region: RegionCode });
export const SuketStatusListReply = z.object({
  region: z.string(),
  asOf: z.string(),
  revoked: z.array(z.string()),
  superseded: z.array(z.string()),
});
export type SuketStatusListReply = z.infer<typeof SuketStatusListReply>;

/** An active suket whose message did not arrive (or had no phone): the field team brings the paper. */
export const UndeliveredSuket = SuketView.extend({
  address: z.string(),
  /** The outbox state (failed, temp_failed) or null when no message could be sent (no valid phone). */
  messageState: z.string().nullable(),
  lastError: z.string().nullable(),
});
export const UndeliveredSuketList = z.object({ items: z.array(UndeliveredSuket) });
export type UndeliveredSuketList = z.infer<typeof UndeliveredSuketList>;
export const UndeliveredQuery = z.object({ region: RegionCode.optional() });

/** A batch: every recorded-but-unprinted voter of an election in a region the rules allow (issue 14). */
export const SuketBatchBody = z.object({ electionId: z.number().int().positive(), region: RegionCode });
export type SuketBatchBody = z.infer<typeof SuketBatchBody>;
export const SuketBatchPreview = z.object({ count: z.number() });
export const SuketBatchStarted = z.object({ jobId: z.number(), total: z.number() });
export const SuketBatchQuery = z.object({ region: RegionCode, jobId: z.coerce.number().int().positive() });
export const SuketBatchProgress = z.object({
  jobId: z.number(),
  state: z.string(),
  total: z.number(),
  issued: z.number(),
  pdfUrl: z.string(),
});
export type SuketBatchProgress = z.infer<typeof SuketBatchProgress>;
