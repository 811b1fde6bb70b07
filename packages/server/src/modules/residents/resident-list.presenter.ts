import type { ResidentListItem } from '@sigap/contracts';
import { type LifeStatus, maskNik, type PrintStatus, type RecordingStatus, type Sex } from '@sigap/domain';

/** The columns a list query reads: nothing the row below does not show. */
export interface ResidentListRow {
  id: number;
  nik: string;
  full_name: string;
  sex: Sex;
  birth_date: string;
  village_code: string;
  village_name: string | null;
  recording_status: RecordingStatus;
  print_status: PrintStatus;
  life_status: LifeStatus;
}

/**
 * THE rule for what any list of residents shows, for every role that may list them (UU 27/2022 PDP, data
 * minimisation). A list is for finding the right person and seeing their statuses; the full record is one
 * audited click away (`GET /residents/:id`).
 *
 * - NIK: `maskNik` (province and regency only). Village and sex sit on the same row, so a mask that showed
 *   the serial or the birth digits would let the NIK be rebuilt; see `maskNik` for the arithmetic.
 * - Birth date: the year only. It tells namesakes apart and gives the age band a clerk needs; the full date
 *   would hand over the NIK's DDMMYY.
 * - Family card number: not listed at all; no list task needs it.
 * Staff holding a full NIK still find its owner by typing it (exact NIK search); the row stays masked.
 */
export function presentListItem(r: ResidentListRow): ResidentListItem {
  return {
    id: r.id,
    nikMasked: maskNik(r.nik),
    fullName: r.full_name,
    sex: r.sex,
    birthYear: Number(r.birth_date.slice(0, 4)),
    villageCode: r.village_code,
    villageName: r.village_name ?? null,
    recordingStatus: r.recording_status,
    printStatus: r.print_status,
    lifeStatus: r.life_status,
  };
}
