import { BURIAL_CAUSES, BURIAL_RELATIONS, BURIAL_STATUSES, PENDING_AGE_BUCKETS } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, pageOf, RegionCode } from './common';

/** The burial register (issue 16): cemeteries, burial entries from a phone, the office's worklist. */

export const Cemetery = z.object({
  id: z.number(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  address: z.string().nullable(),
});
export type Cemetery = z.infer<typeof Cemetery>;
export const CemeteryList = z.object({ items: z.array(Cemetery) });
export type CemeteryList = z.infer<typeof CemeteryList>;

export const CemeteryBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(3, 'Isi nama tempat pemakaman.|Enter the cemetery name.')
      .max(120, 'Nama paling panjang 120 karakter.|The name is at most 120 characters.'),
    regionCode: RegionCode,
    address: z.string().trim().max(200).nullable().optional(),
  })
  .strict();
export type CemeteryBody = z.infer<typeof CemeteryBody>;

export const CemeteryQuery = z.object({ region: RegionCode.optional() });

const Name = z
  .string()
  .trim()
  .min(2, 'Isi nama.|Enter the name.')
  .max(100, 'Nama paling panjang 100 karakter.|The name is at most 100 characters.');

/** What a manager enters from the phone; `clientId` is the phone's UUID of the entry (offline repeats). */
export const BurialBody = z
  .object({
    clientId: z.uuid('clientId harus UUID.|clientId must be a UUID.'),
    nik: z.string().trim().max(20).nullable().optional(),
    fullName: Name,
    birthDate: IsoDate,
    dateOfDeath: IsoDate,
    dateOfBurial: IsoDate,
    villageCode: RegionCode.nullable().optional(),
    cause: z.enum(BURIAL_CAUSES).nullable().optional(),
    reporterName: Name,
    reporterRelation: z.enum(BURIAL_RELATIONS),
    reporterPhone: z
      .string()
      .trim()
      .regex(/^\+?\d[\d\s-]{7,18}$/, 'Nomor telepon tidak valid.|Invalid phone number.')
      .nullable()
      .optional(),
  })
  .strict();
export type BurialBody = z.infer<typeof BurialBody>;

/** An edit within the window: the same fields, the phone's UUID stays the entry's. */
export const BurialEditBody = BurialBody.omit({ clientId: true });
export type BurialEditBody = z.infer<typeof BurialEditBody>;

export const DeathCertificate = z.object({
  id: z.number(),
  number: z.string(),
  status: z.enum(['active', 'annulled']),
  issuedOn: z.string(),
  issuedBy: z.string().nullable(),
  issuedById: z.number(),
  annulledBy: z.string().nullable(),
  annulledAt: z.string().nullable(),
  annulReason: z.string().nullable(),
});
export type DeathCertificate = z.infer<typeof DeathCertificate>;

export const Burial = z.object({
  id: z.number(),
  clientId: z.string(),
  cemeteryId: z.number(),
  cemeteryName: z.string(),
  regionCode: z.string(),
  /** Masked in lists; the office's detail shows it whole (it is the lead's evidence). */
  nik: z.string().nullable(),
  fullName: z.string(),
  birthDate: z.string(),
  dateOfDeath: z.string(),
  dateOfBurial: z.string(),
  villageCode: z.string().nullable(),
  cause: z.string().nullable(),
  reporterName: z.string(),
  reporterRelation: z.string(),
  reporterPhone: z.string().nullable(),
  status: z.enum(BURIAL_STATUSES),
  residentId: z.number().nullable(),
  residentName: z.string().nullable(),
  dismissReason: z.string().nullable(),
  enteredBy: z.string().nullable(),
  enteredById: z.number(),
  createdAt: z.string(),
  /** Until when the author may still correct it (null once past). */
  editableUntil: z.string().nullable(),
  certificate: DeathCertificate.nullable(),
});
export type Burial = z.infer<typeof Burial>;

export const BurialReply = z.object({ burial: Burial, created: z.boolean().optional() });
export type BurialReply = z.infer<typeof BurialReply>;
export const BurialPage = pageOf(Burial);
export type BurialPage = z.infer<typeof BurialPage>;

export const BurialQuery = z.object({
  region: RegionCode.optional(),
  status: z.enum(BURIAL_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type BurialQuery = z.infer<typeof BurialQuery>;

/** A resident the entry may name, with the score's parts side by side. */
export const BurialCandidate = z.object({
  residentId: z.number(),
  fullName: z.string(),
  nikMasked: z.string(),
  birthDate: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  lifeStatus: z.string(),
  score: z.number(),
  nameScore: z.number(),
  birthDateMatch: z.enum(['same', 'year', 'different', 'unknown']),
  villageMatch: z.enum(['same', 'district', 'different', 'unknown']),
  byNik: z.boolean(),
});
export type BurialCandidate = z.infer<typeof BurialCandidate>;

export const BurialDetail = z.object({
  burial: Burial,
  candidates: z.array(BurialCandidate),
  /** Other entries of the same person (same NIK, or same name + birth date + date of death). */
  duplicates: z.array(Burial),
});
export type BurialDetail = z.infer<typeof BurialDetail>;

export const BurialMatchBody = z.object({ residentId: z.number().int().positive() }).strict();
export const BurialReasonBody = z
  .object({
    reason: z
      .string()
      .trim()
      .min(5, 'Tulis alasannya (paling sedikit 5 karakter).|Write the reason (at least 5 characters).')
      .max(300, 'Alasan paling panjang 300 karakter.|The reason is at most 300 characters.'),
  })
  .strict();
export type BurialReasonBody = z.infer<typeof BurialReasonBody>;

export const BurialFigureRow = z.object({
  key: z.string(),
  name: z.string().nullable(),
  entered: z.number(),
  matched: z.number(),
  certified: z.number(),
  dismissed: z.number(),
  pending: z.number(),
});
export type BurialFigureRow = z.infer<typeof BurialFigureRow>;

export const BurialFigures = z.object({
  region: z.string(),
  totals: BurialFigureRow,
  /** Open or matched leads by days since entry. */
  pendingByAge: z.array(z.object({ bucket: z.enum(PENDING_AGE_BUCKETS), count: z.number() })),
  byCemetery: z.array(BurialFigureRow),
  byVillage: z.array(BurialFigureRow),
});
export type BurialFigures = z.infer<typeof BurialFigures>;
export const BurialFiguresQuery = z.object({ region: RegionCode.optional() });
