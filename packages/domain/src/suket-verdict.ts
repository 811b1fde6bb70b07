/**
 * The answer a verifier gives, online or offline, each with a reason a polling-station officer can read
 * (the complaint about verifiers that "fail without saying why").
 */
export const SUKET_VERDICTS = ['valid', 'superseded', 'revoked', 'expired', 'unknown'] as const;
export type SuketVerdict = (typeof SUKET_VERDICTS)[number];

/** Why a token is not valid; `bad_signature` and `unknown_key` and `malformed` answer "unknown". */
export const SUKET_VERDICT_REASONS = [
  'valid',
  'superseded_by_card',
  'revoked',
  'revoked_deceased',
  'expired',
  'not_yet_valid',
  'not_found',
  'malformed',
  'unknown_key',
  'bad_signature',
] as const;
export type SuketVerdictReason = (typeof SUKET_VERDICT_REASONS)[number];

const REASONS: Record<SuketVerdictReason, [SuketVerdict, string, string]> = {
  valid: ['valid', 'Suket sah dan berlaku.', 'The suket is genuine and valid.'],
  superseded_by_card: [
    'superseded',
    'Suket tidak berlaku lagi: KTP-el pemiliknya sudah dicetak.',
    "No longer valid: the holder's e-KTP has been printed.",
  ],
  revoked: ['revoked', 'Suket dicabut oleh Dukcapil.', 'The suket was revoked by Dukcapil.'],
  revoked_deceased: [
    'revoked',
    'Suket dicabut: pemiliknya tercatat meninggal dunia.',
    'Revoked: the holder is recorded as deceased.',
  ],
  expired: ['expired', 'Masa berlaku suket sudah habis.', 'The suket has passed its validity end.'],
  not_yet_valid: ['unknown', 'Suket belum berlaku.', 'The suket is not valid yet.'],
  not_found: ['unknown', 'Nomor suket tidak dikenal.', 'Unknown suket number.'],
  malformed: ['unknown', 'Kode QR bukan suket Sigap.', 'The QR code is not a Sigap suket.'],
  unknown_key: [
    'unknown',
    'Kunci tanda tangan tidak dikenal: suket palsu atau daftar kunci belum diperbarui.',
    'Unknown signing key: a forgery, or the key list needs updating.',
  ],
  bad_signature: [
    'unknown',
    'Tanda tangan tidak cocok: isi suket telah diubah.',
    'The signature does not match: the suket was altered.',
  ],
};

export interface SuketVerdictReply {
  verdict: SuketVerdict;
  reason: SuketVerdictReason;
  message: string;
  messageEn: string;
}

export function suketVerdictOf(reason: SuketVerdictReason): SuketVerdictReply {
  const [verdict, message, messageEn] = REASONS[reason];
  return { verdict, reason, message, messageEn };
}

export type SuketStatus = 'active' | 'superseded' | 'revoked' | 'expired';

/**
 * A stored suket's verdict on `today` (its region's date). Expiry is computed on read: a suket past its
 * validity end is expired without a job having to touch it, so a verifier can never see it valid.
 */
export function storedSuketReason(
  s: { status: SuketStatus; revokeReason?: string | null; validFrom: string; validUntil: string },
  today: string,
): SuketVerdictReason {
  if (s.status === 'superseded') return 'superseded_by_card';
  if (s.status === 'revoked') return s.revokeReason === 'deceased' ? 'revoked_deceased' : 'revoked';
  if (s.status === 'expired' || today > s.validUntil) return 'expired';
  if (today < s.validFrom) return 'not_yet_valid';
  return 'valid';
}
