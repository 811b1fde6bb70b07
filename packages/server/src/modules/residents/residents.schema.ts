import { LIFE_STATUSES, MARITAL_STATUSES, PRINT_STATUSES, RECORDING_STATUSES } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from '../../http/common-schemas';

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

/** One list row; what it shows and why is decided in `resident-list.presenter.ts`. */
export const ResidentListItem = z.object({
  id: z.number(),
  /** Province and regency digits only (`1871••••••••••••`). */
  nikMasked: z.string(),
  fullName: z.string(),
  sex: z.string(),
  /** The year only: with the full date, village and sex the NIK could be rebuilt. */
  birthYear: z.number(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  recordingStatus: z.string(),
  printStatus: z.string(),
  lifeStatus: z.string(),
});
export type ResidentListItem = z.infer<typeof ResidentListItem>;

export const HistoryEntry = z.object({
  id: z.number(),
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  eventDate: z.string().nullable(),
  recordedAt: z.string(),
  source: z.string(),
  username: z.string().nullable(),
  importJobId: z.number().nullable(),
});

export const ResidentDetail = z.object({
  id: z.number(),
  nik: z.string(),
  noKk: z.string(),
  fullName: z.string(),
  sex: z.string(),
  birthPlace: z.string(),
  birthDate: z.string(),
  maritalStatus: z.string(),
  citizenship: z.string(),
  stayPermit: z.string().nullable(),
  religion: z.string().nullable(),
  occupation: z.string().nullable(),
  villageCode: z.string(),
  regionPath: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  lifeStatus: z.string(),
  lifeStatusDate: z.string().nullable(),
  recordingStatus: z.string(),
  recordingDate: z.string().nullable(),
  recordingPlace: z.string().nullable(),
  printStatus: z.string(),
  printedDate: z.string().nullable(),
  handedOverDate: z.string().nullable(),
  ikdActivatedDate: z.string().nullable(),
  qualityFlags: z.array(z.string()),
  /** Eligibility today, computed by the domain rules. */
  mustHoldIdToday: z.boolean(),
  history: z.array(HistoryEntry),
});
export type ResidentDetail = z.infer<typeof ResidentDetail>;

export const ResidentUpdateBody = z
  .object({
    recordingStatus: z.enum(RECORDING_STATUSES),
    recordingDate: IsoDate.nullable(),
    recordingPlace: z.string().trim().max(200).nullable(),
    printStatus: z.enum(PRINT_STATUSES),
    printedDate: IsoDate.nullable(),
    handedOverDate: IsoDate.nullable(),
    ikdActivatedDate: IsoDate.nullable(),
    lifeStatus: z.enum(LIFE_STATUSES),
    lifeStatusDate: IsoDate.nullable(),
    maritalStatus: z.enum(MARITAL_STATUSES),
    phone: z.string().trim().max(30).nullable(),
    address: z.string().trim().min(1).max(300),
  })
  .partial()
  .strict();
export type ResidentUpdateBody = z.infer<typeof ResidentUpdateBody>;

export const ResidentIdParam = z.object({ id: z.coerce.number().int().positive() });
