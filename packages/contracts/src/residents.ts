import {
  CITIZENSHIPS,
  LIFE_STATUSES,
  MARITAL_STATUSES,
  PRINT_STATUSES,
  RECORDING_STATUSES,
  SEXES,
  STAY_PERMITS,
} from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, pageOf, RegionCode } from './common';

export const ResidentSearchQuery = z.object({
  nik: z.string().trim().max(40).optional(),
  q: z.string().trim().min(2).max(100).optional(),
  match: z.enum(['prefix', 'contains']).default('contains'),
  region: RegionCode.optional(),
  status: z.enum(RECORDING_STATUSES).optional(),
  wajibOn: IsoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ResidentSearchQuery = z.infer<typeof ResidentSearchQuery>;

/**
 * One list row (UU PDP: least exposure in lists); what it shows and why is decided in the server's
 * `resident-list.presenter.ts`.
 */
export const ResidentListItem = z.object({
  id: z.number(),
  /** Province and regency digits only (`1871••••••••••••`). */
  nikMasked: z.string(),
  fullName: z.string(),
  sex: z.enum(SEXES),
  /** The year only: with the full date, village and sex the NIK could be rebuilt. */
  birthYear: z.number(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  recordingStatus: z.enum(RECORDING_STATUSES),
  printStatus: z.enum(PRINT_STATUSES),
  lifeStatus: z.enum(LIFE_STATUSES),
});
export type ResidentListItem = z.infer<typeof ResidentListItem>;

export const ResidentPage = pageOf(ResidentListItem);
export type ResidentPage = z.infer<typeof ResidentPage>;

/** The statuses whose changes a resident's timeline records. */
export const HISTORY_FIELDS = ['created', 'recording', 'print', 'life', 'ikd'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** One change of a tracked status; `from`/`to` are status codes, or dates for `ikd`. */
export const HistoryEntry = z.object({
  id: z.number(),
  field: z.enum(HISTORY_FIELDS),
  from: z.string().nullable(),
  to: z.string().nullable(),
  eventDate: z.string().nullable(),
  recordedAt: z.string(),
  source: z.string(),
  username: z.string().nullable(),
  importJobId: z.number().nullable(),
  /** The source document and reason of a hand change of life status. */
  documentNo: z.string().nullable(),
  note: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A resident opened in full (the server audits the opening). */
export const ResidentDetail = z.object({
  id: z.number(),
  nik: z.string(),
  noKk: z.string(),
  fullName: z.string(),
  sex: z.enum(SEXES),
  birthPlace: z.string(),
  birthDate: z.string(),
  maritalStatus: z.enum(MARITAL_STATUSES),
  citizenship: z.enum(CITIZENSHIPS),
  stayPermit: z.enum(STAY_PERMITS).nullable(),
  religion: z.string().nullable(),
  occupation: z.string().nullable(),
  villageCode: z.string(),
  /** Region names from the province down, joined with " › ". */
  regionPath: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  lifeStatus: z.enum(LIFE_STATUSES),
  lifeStatusDate: z.string().nullable(),
  recordingStatus: z.enum(RECORDING_STATUSES),
  recordingDate: z.string().nullable(),
  recordingPlace: z.string().nullable(),
  printStatus: z.enum(PRINT_STATUSES),
  printedDate: z.string().nullable(),
  handedOverDate: z.string().nullable(),
  ikdActivatedDate: z.string().nullable(),
  qualityFlags: z.array(z.string()),
  /** Eligibility today, computed by the domain rules. */
  mustHoldIdToday: z.boolean(),
  history: z.array(HistoryEntry),
});
export type ResidentDetail = z.infer<typeof ResidentDetail>;

export const ResidentReply = z.object({ resident: ResidentDetail });
export type ResidentReply = z.infer<typeof ResidentReply>;

/** Every field a hand-made change may touch; a request sends only those it changes. */
export const ResidentChangeFields = z.object({
  recordingStatus: z.enum(RECORDING_STATUSES),
  recordingDate: IsoDate.nullable(),
  recordingPlace: z
    .string()
    .trim()
    .max(200, 'Tempat perekaman paling panjang 200 karakter.|The recording place is at most 200 characters.')
    .nullable(),
  printStatus: z.enum(PRINT_STATUSES),
  printedDate: IsoDate.nullable(),
  handedOverDate: IsoDate.nullable(),
  ikdActivatedDate: IsoDate.nullable(),
  lifeStatus: z.enum(LIFE_STATUSES),
  lifeStatusDate: IsoDate.nullable(),
  maritalStatus: z.enum(MARITAL_STATUSES),
  phone: z.string().trim().max(30).nullable(),
  address: z.string().trim().min(1).max(300),
  /** The source document of a move out or back (SKPWNI number, letter): required with such a change. */
  lifeStatusDocument: z.string().trim().max(60).nullable(),
  /** Why the life status is changed by hand. */
  lifeStatusReason: z.string().trim().max(300).nullable(),
});

export const ResidentUpdateBody = ResidentChangeFields.partial().strict();
export type ResidentUpdateBody = z.infer<typeof ResidentUpdateBody>;

export const ResidentUpdateReply = z.object({ updated: z.boolean() });
export type ResidentUpdateReply = z.infer<typeof ResidentUpdateReply>;
