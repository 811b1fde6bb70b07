/**
 * One row of a full SIAK resident extract → a ResidentRecord, or every reason it cannot be one. Rejections
 * are what would put wrong facts in the register (a bad NIK, an impossible date, a village outside the
 * user's scope); data-quality flags (the NIK's birth date or sex disagreeing with the record) are warnings
 * that travel with the record, as DESIGN.md asks.
 */
import { checkNikAgainstRecord, normaliseNik, type PrintStatus, type ResidentRecord } from '@sigap/domain';
import {
  PRINT_RANK,
  parseCitizenship,
  parseMaritalStatus,
  parsePrintStatus,
  parseRecordingStatus,
  parseSex,
  parseStayPermit,
} from './code-values';
import { RESIDENT_TARGETS, type ResidentTarget } from './column-aliases';
import type { ColumnIndex } from './column-mapping';
import { clip, fromNikIssue } from './row-issue';
import { columnPlan, ordinals, type RowContext, RowReader, type RowResult } from './row-reader';
import { villageCodeFrom, villageCodeFromParts } from './village-code';

type Reader = RowReader<ResidentTarget>;

const COL = ordinals(RESIDENT_TARGETS);
const SPLIT = [COL.NO_PROP, COL.NO_KAB, COL.NO_KEC, COL.NO_KEL] as const;
/** A card's life in order: each date present may not be before the latest earlier one present. */
const CARD_DATES = [COL.TGL_LHR, COL.TGL_REKAM, COL.TGL_CETAK, COL.TGL_SERAH] as const;
const SPACES = /\s+/g;

function isSixteenDigits(s: string): boolean {
  if (s.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function noKk(r: Reader): string | undefined {
  const raw = r.required(COL.NO_KK);
  if (raw === undefined) return undefined;
  const digits = isSixteenDigits(raw) ? raw : normaliseNik(raw);
  return isSixteenDigits(digits) ? digits : r.error(COL.NO_KK, 'invalid_no_kk');
}

/** KODE_DESA, or the split columns when KODE_DESA is absent or empty; then existence and scope. */
function village(r: Reader): string | undefined {
  let code: string | undefined;
  const raw = r.text(COL.KODE_DESA);
  if (raw !== '') {
    code = villageCodeFrom(raw) ?? r.error(COL.KODE_DESA, 'invalid_village_code', clip(raw));
  } else if (SPLIT.every((c) => r.has(c)) && SPLIT.some((c) => r.text(c) !== '')) {
    const parts = [r.text(COL.NO_PROP), r.text(COL.NO_KAB), r.text(COL.NO_KEC), r.text(COL.NO_KEL)] as const;
    const result = villageCodeFromParts(parts);
    if ('code' in result) code = result.code;
    else {
      const column = SPLIT[result.badPart] ?? COL.NO_KEL;
      r.error(column, 'invalid_village_code', parts.join('.'));
    }
  } else {
    r.error(COL.KODE_DESA, 'required_missing', 'KODE_DESA');
  }
  if (code === undefined) return undefined;
  const { knownVillages, inScope } = r.ctx;
  // Scope first: the known-village list covers only the user's scope, so a real village outside it must
  // be reported as out of scope, not as unknown.
  if (inScope && !inScope(code)) {
    r.error(COL.KODE_DESA, 'out_of_scope', code);
    return undefined;
  }
  const unknown = knownVillages !== undefined && !knownVillages.has(code);
  if (unknown) r.error(COL.KODE_DESA, 'unknown_village', code);
  return unknown ? undefined : code;
}

/** The furthest print status stated or implied: a handover date means handed over, a print date printed. */
function printStatus(r: Reader, printed: string | null | undefined, handedOver: string | null | undefined) {
  const stated = r.optionalCode(COL.STATUS_CETAK, parsePrintStatus, 'invalid_print_status');
  if (stated === undefined) return undefined;
  const implied: PrintStatus = handedOver ? 'HANDED_OVER' : printed ? 'PRINTED' : 'NOT_PRINTED';
  if (stated === null || PRINT_RANK[implied] <= PRINT_RANK[stated]) return stated ?? implied;
  r.warn(COL.STATUS_CETAK, 'print_status_from_dates', implied);
  return implied;
}

function cardDateOrder(r: Reader, dates: readonly (string | null | undefined)[]): void {
  let previous = -1;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i];
    if (!date) continue;
    const column = CARD_DATES[i];
    const before = CARD_DATES[previous];
    if (column !== undefined && before !== undefined) r.order(column, date, before, dates[previous]);
    previous = i;
  }
}

/** Parses one data row of a resident extract; `indexOf` comes from `resolveMapping(header, 'residents')`. */
export function parseResidentRow(
  cells: readonly string[],
  indexOf: ColumnIndex<ResidentTarget>,
  line: number,
  ctx: RowContext,
): RowResult<ResidentRecord> {
  const r = new RowReader(cells, columnPlan(indexOf, RESIDENT_TARGETS), line, ctx);
  const nik = r.nik(COL.NIK);
  const kk = noKk(r);
  const fullName = r.required(COL.NAMA_LGKP);
  const sex = r.requiredCode(COL.JENIS_KLMIN, parseSex, 'invalid_sex');
  const birthPlace = r.required(COL.TMPT_LHR);
  const birthDate = r.date(COL.TGL_LHR, true);
  const maritalStatus = r.requiredCode(COL.STAT_KWN, parseMaritalStatus, 'invalid_marital_status');
  const citizenship = r.requiredCode(COL.KEWARGANEGARAAN, parseCitizenship, 'invalid_citizenship');
  let stayPermit = r.optionalCode(COL.IZIN_TINGGAL, parseStayPermit, 'invalid_stay_permit');
  if (citizenship === 'WNA' && stayPermit === null) r.error(COL.IZIN_TINGGAL, 'permit_required');
  if (citizenship === 'WNI' && stayPermit) {
    r.warn(COL.IZIN_TINGGAL, 'permit_ignored');
    stayPermit = null;
  }
  const villageCode = village(r);
  const address = r.required(COL.ALAMAT);
  const recordingStatus = r.requiredCode(COL.STATUS_REKAM, parseRecordingStatus, 'invalid_recording_status');
  const recordingDate = r.date(COL.TGL_REKAM, false);
  const printedDate = r.date(COL.TGL_CETAK, false);
  const handedOverDate = r.date(COL.TGL_SERAH, false);
  const print = printStatus(r, printedDate, handedOverDate);
  const ikdActivatedDate = r.date(COL.TGL_IKD, false);
  const deathDate = r.date(COL.TGL_MATI, false);
  const movedOutDate = r.date(COL.TGL_PINDAH, false);

  cardDateOrder(r, [birthDate, recordingDate, printedDate, handedOverDate]);
  r.order(COL.TGL_IKD, ikdActivatedDate, COL.TGL_LHR, birthDate);
  r.order(COL.TGL_MATI, deathDate, COL.TGL_LHR, birthDate);
  r.order(COL.TGL_PINDAH, movedOutDate, COL.TGL_LHR, birthDate);

  // Cheap comparison first; the domain builds the bilingual flags only for the rare row that disagrees.
  if (
    nik &&
    birthDate &&
    sex &&
    (nik.parsed.sex !== sex || nik.parsed.birthDate.slice(2) !== birthDate.slice(2))
  ) {
    for (const flag of checkNikAgainstRecord(nik.nik, { birthDate, sex }, ctx.referenceDate)) {
      r.warnings.push(fromNikIssue(line, 'NIK', flag));
    }
  }

  if (
    r.issues.length > 0 ||
    nik === undefined ||
    kk === undefined ||
    fullName === undefined ||
    sex === undefined ||
    birthPlace === undefined ||
    !birthDate ||
    maritalStatus === undefined ||
    citizenship === undefined ||
    stayPermit === undefined ||
    villageCode === undefined ||
    address === undefined ||
    recordingStatus === undefined ||
    print === undefined ||
    recordingDate === undefined ||
    handedOverDate === undefined ||
    printedDate === undefined ||
    ikdActivatedDate === undefined ||
    deathDate === undefined ||
    movedOutDate === undefined
  ) {
    return { ok: false, issues: r.issues, warnings: r.warnings };
  }
  // A death ends residence whatever came before; a move-out only while alive.
  const lifeStatus = deathDate ? 'DECEASED' : movedOutDate ? 'MOVED_OUT' : 'ALIVE';
  const record: ResidentRecord = {
    nik: nik.nik,
    noKk: kk,
    fullName: fullName.includes('  ') ? fullName.replace(SPACES, ' ') : fullName,
    sex,
    birthPlace,
    birthDate,
    maritalStatus,
    citizenship,
    stayPermit,
    religion: r.optional(COL.AGAMA),
    occupation: r.optional(COL.PEKERJAAN),
    villageCode,
    address,
    phone: r.optional(COL.NO_HP),
    lifeStatus,
    lifeStatusDate: deathDate ?? movedOutDate,
    recordingStatus,
    recordingDate,
    recordingPlace: r.optional(COL.TEMPAT_REKAM),
    printStatus: print,
    printedDate,
    handedOverDate,
    ikdActivatedDate,
  };
  return { ok: true, record, warnings: r.warnings };
}
