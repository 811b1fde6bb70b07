import { z } from 'zod';

/** Logos are embedded in every PDF; 200 KB keeps a report small enough to share over WhatsApp. */
export const LOGO_MAX_BYTES = 200 * 1024;

export const LOGO_NOT_AN_IMAGE =
  'Isi logo bukan gambar PNG/JPEG yang valid.|The logo content is not a valid PNG/JPEG image.';

const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** The first bytes of base64 text (atob: the same in browsers and Node), or null when they do not decode. */
function leadingBytes(base64: string): number[] | null {
  try {
    return [...atob(base64.slice(0, 8))].map((c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function startsWith(bytes: number[], magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * PNG or JPEG, judged by the bytes and not only by the declared type, because pdfkit cannot embed anything
 * else. Whether the image really decodes only the server can tell (it tries pdfkit on it).
 */
function logoProblem(value: string): string | undefined {
  const m = DATA_URL.exec(value);
  if (!m) return 'Logo harus berupa data URL gambar PNG atau JPEG.|The logo must be a PNG or JPEG data URL.';
  const base64 = m[2] ?? '';
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const size = Math.floor((base64.length * 3) / 4) - padding;
  if (size > LOGO_MAX_BYTES) {
    return `Logo maksimal ${LOGO_MAX_BYTES / 1024} KB.|The logo must be at most ${LOGO_MAX_BYTES / 1024} KB.`;
  }
  const head = leadingBytes(base64);
  if (!head) return LOGO_NOT_AN_IMAGE;
  const declared = m[1] === 'png' ? PNG_MAGIC : JPEG_MAGIC;
  return startsWith(head, declared) ? undefined : LOGO_NOT_AN_IMAGE;
}

const Line = z.string().trim().min(1).max(120);
const Optional = z.string().trim().max(120).optional();

/** The kop surat of an office, and who signs its reports. */
export const Letterhead = z.object({
  /** Upper-case heading lines, e.g. "PEMERINTAH PROVINSI LAMPUNG", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL". */
  officeLines: z.array(Line).min(1).max(4),
  address: z.string().trim().min(1).max(200),
  phone: Optional,
  email: z.email('Alamat email tidak valid.|Invalid email address.').max(120).optional(),
  website: Optional,
  /** Place written before the signature date: "Bandar Lampung, 14 Februari 2024". */
  city: Line,
  signerTitle: Line,
  signerName: Optional,
  /** Pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)". */
  signerRank: Optional,
  signerNip: z
    .string()
    .trim()
    .regex(/^\d{8} ?\d{6} ?\d ?\d{3}$/, 'NIP harus 18 digit.|NIP must be 18 digits.')
    .optional(),
  logo: z
    .string()
    .superRefine((v, ctx) => {
      const problem = logoProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .nullable()
    .optional(),
});
export type Letterhead = z.infer<typeof Letterhead>;

/**
 * Letterheads belong to an office: a province (`18`) or a regency/city (`18.71`); national reports print
 * the national default.
 */
export const LetterheadScope = z
  .string()
  .regex(
    /^\d{2}(\.\d{2})?$/,
    'Cakupan harus kode provinsi (18) atau kabupaten/kota (18.71).|Scope must be a province (18) or regency/city (18.71) code.',
  );

export const LetterheadQuery = z.object({ scope: LetterheadScope });
export type LetterheadQuery = z.infer<typeof LetterheadQuery>;

export const PutLetterheadBody = z.object({ scope: LetterheadScope, letterhead: Letterhead });
export type PutLetterheadBody = z.infer<typeof PutLetterheadBody>;

export const LetterheadResponse = z.object({
  scope: z.string(),
  letterhead: Letterhead,
  /** True when nothing was saved yet and the letterhead shown is derived from the region's name. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type LetterheadResponse = z.infer<typeof LetterheadResponse>;
