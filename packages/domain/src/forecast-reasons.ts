import { formatDateLong, formatNumber } from './format';

/** One bilingual explanation of a forecast or a watch-list entry; clients switch on `code`. */
export interface ForecastReason {
  code: string;
  message: string;
  messageEn: string;
}

const n = (v: number) => formatNumber(Math.round(v), 'id');
const nEn = (v: number) => formatNumber(Math.round(v), 'en');
const d = (date: string) => formatDateLong(date, 'id');
const dEn = (date: string) => formatDateLong(date, 'en');

/**
 * The sentences a forecast can say. Kept apart from the arithmetic so the wording (read by a Kepala Dinas,
 * not a statistician) can change without touching the model.
 */
export const forecastReasons = {
  seededHistory: (): ForecastReason => ({
    code: 'seeded_history',
    message:
      'Laju dihitung dari data awal hasil impor/demo (direkonstruksi), belum dari penutupan hari yang nyata.',
    messageEn: 'The pace comes from initial import/demo data (reconstructed), not yet from real day closes.',
  }),
  reached: (): ForecastReason => ({
    code: 'reached',
    message: 'Target perekaman sudah tercapai.',
    messageEn: 'The recording target has been reached.',
  }),
  insufficientHistory: (days: number): ForecastReason => ({
    code: 'insufficient_history',
    message: `Riwayat baru ${days} hari; perlu minimal 7 hari untuk memproyeksikan.`,
    messageEn: `Only ${days} days of history; at least 7 are needed to project.`,
  }),
  noResidents: (): ForecastReason => ({
    code: 'no_residents',
    message: 'Belum ada data penduduk wajib KTP di wilayah ini.',
    messageEn: 'No residents who must hold an e-KTP are known in this region yet.',
  }),
  stalled: (): ForecastReason => ({
    code: 'stalled',
    message: 'Tidak ada kemajuan perekaman dalam 7 hari terakhir; tanggal selesai tidak dapat diproyeksikan.',
    messageEn: 'No recording progress in the last 7 days; no completion date can be projected.',
  }),
  linear: (rate: number): ForecastReason => ({
    code: 'model_linear',
    message: `Laju stabil sekitar ${n(rate)} per hari; proyeksi mengikuti garis lurus.`,
    messageEn: `Steady pace of about ${nEn(rate)} a day; the projection follows a straight line.`,
  }),
  decay: (halfLifeDays: number): ForecastReason => ({
    code: 'model_decay',
    message: `Laju menurun seiring sisa yang makin sulit dijangkau: sisa berkurang separuh tiap ${n(halfLifeDays)} hari.`,
    messageEn: `Pace falls as the remaining residents are harder to reach: the gap halves every ${nEn(halfLifeDays)} days.`,
  }),
  beyondHorizon: (): ForecastReason => ({
    code: 'beyond_horizon',
    message: 'Dengan laju ini target tidak tercapai dalam 10 tahun.',
    messageEn: 'At this pace the target is not reached within 10 years.',
  }),
  onTrack: (projected: string, deadline: string): ForecastReason => ({
    code: 'projected_before_voting_day',
    message: `Diproyeksikan tercapai ${d(projected)}, sebelum hari pemungutan suara ${d(deadline)}.`,
    messageEn: `Projected to be reached on ${dEn(projected)}, before voting day ${dEn(deadline)}.`,
  }),
  offTrack: (deadline: string, required: number | null): ForecastReason => ({
    code: 'projected_after_voting_day',
    message: `Diproyeksikan belum tercapai pada hari pemungutan suara ${d(deadline)}${required === null ? '' : `; perlu ${n(required)} perekaman per hari`}.`,
    messageEn: `Not projected to be reached by voting day ${dEn(deadline)}${required === null ? '' : `; ${nEn(required)} ${Math.round(required) === 1 ? 'recording a day is' : 'recordings a day are'} needed`}.`,
  }),
  notReachedBy: (date: string, remaining: number): ForecastReason => ({
    code: 'not_reached_by',
    message: `Per ${d(date)} target belum tercapai: ${n(remaining)} wajib KTP belum merekam.`,
    messageEn: `As of ${dEn(date)} the target was not reached: ${nEn(remaining)} wajib KTP not recorded.`,
  }),
  deadlinePassed: (deadline: string): ForecastReason => ({
    code: 'voting_day_passed',
    message: `Hari pemungutan suara ${d(deadline)} sudah lewat dan target belum tercapai.`,
    messageEn: `Voting day ${dEn(deadline)} has passed without the target being reached.`,
  }),
  paceFalling: (pace7: number, pace28: number): ForecastReason => ({
    code: 'pace_falling',
    message: `Laju 7 hari (${n(pace7)}/hari) jauh di bawah laju 28 hari (${n(pace28)}/hari).`,
    messageEn: `The 7-day pace (${nEn(pace7)}/day) is well below the 28-day pace (${nEn(pace28)}/day).`,
  }),
  dataCorrection: (): ForecastReason => ({
    code: 'data_correction',
    message: 'Jumlah terekam sempat turun (koreksi data); laju dihitung dari angka bersih.',
    messageEn: 'The recorded count went down at some point (a data correction); pace uses the net figures.',
  }),
};
