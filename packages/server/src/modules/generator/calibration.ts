/**
 * Every number the generator is calibrated against, in one place. Figures cited as "figures.md" come from
 * /shared/context/figures.md (press reports); the rest are modelling choices, marked as such, chosen so the
 * published figures come out and dashboards have realistic variation to show.
 */

export interface ProvinceCalibration {
  /** Residents alive and present on the reference date, at scale 1. */
  population: number;
  /** Recorded (sudah rekam) among wajib KTP on the reference date. */
  recordedShare: number;
  source: string;
}

export const PROVINCES: Readonly<Record<string, ProvinceCalibration>> = {
  '18': {
    population: 9_082_727,
    // The report prints 98.68%, but its counts give 98.83%; like Sigap's dashboards we trust the counts.
    recordedShare: 6_528_688 / 6_606_173,
    source: 'figures.md, Lampung 15 Nov 2024: population 9,082,727; 6,528,688 of 6,606,173 wajib recorded',
  },
  '52': {
    population: 5_600_000,
    recordedShare: 0.9816,
    source: 'figures.md, NTB 2024 Pilkada: 98.16% of 4,009,579 potential voters recorded; population ~5.6M',
  },
};

/** Any other province: a mid-sized one, at the national recording level. */
export const DEFAULT_PROVINCE: ProvinceCalibration = {
  population: 4_000_000,
  recordedShare: 0.9719,
  source: 'figures.md, national 30 Jun 2024: 202,054,251 recorded (97.19%)',
};

export function provinceCalibration(provinceCode: string): ProvinceCalibration {
  return PROVINCES[provinceCode] ?? DEFAULT_PROVINCE;
}

/** Lampung 15 Nov 2024 (figures.md): 6,606,173 wajib of 9,082,727 residents = 72.7%; tests check this. */
export const LAMPUNG_WAJIB_SHARE = 6_606_173 / 9_082_727;

/** Indonesia 2024 age structure (BPS projection, rounded): the household model is tuned to produce it. */
export const AGE_STRUCTURE_TARGET = { under15: 0.24, working15to64: 0.68, over65: 0.07 } as const;

/** Boys per birth: a sex ratio at birth of ~105, which with women's longer lives gives ~102 overall. */
export const MALE_BIRTH_SHARE = 0.512;

/**
 * Child marriage: almost none below 16, a few percent of 16-year-old girls (BPS Susenas puts marriage before
 * 18 at ~10% of women 20–24). They are wajib KTP, which is why the generator must produce them.
 */
export const MARRIED_SHARE_BY_AGE_FEMALE: Readonly<Record<number, number>> = {
  15: 0.002,
  16: 0.03,
  17: 0.05,
};
export const MARRIED_SHARE_BY_AGE_MALE: Readonly<Record<number, number>> = { 16: 0.003, 17: 0.006 };

/** Foreigners among residents (modelling choice: "a handful"), and the share of them with a KITAP. */
export const FOREIGNER_SHARE = 0.0002;
export const FOREIGNER_KITAP_SHARE = 0.6;

/** Deaths and move-outs in the year before the reference date, still in the extract with their date. */
export const DECEASED_SHARE = 0.003;
export const MOVED_OUT_SHARE = 0.002;

/**
 * Recording pipeline shares among wajib residents. Recorded = 1 − unregistered − failures, where the
 * unregistered share is what the province's `recordedShare` leaves after failures.
 */
export const PIPELINE = {
  /** Failures that need re-recording (SIAK side states). */
  failureShare: 0.0015,
  /** Recorded but not yet PRR (in the central pipeline or awaiting adjudication/validation). */
  inProcessShare: 0.002,
  /** PRR waiting for print, drawn per regency (Lombok Barat late 2023: ~10k PRR waiting, figures.md). */
  prrBacklogMin: 0.003,
  prrBacklogMax: 0.012,
  /** Printed cards not yet collected. */
  printedNotHandedShare: 0.03,
  /** 16-year-olds recorded ahead of their birthday at school outreach (jemput bola). */
  preRecordedAt16: 0.12,
} as const;

/**
 * Mean of the age part of the unregistered risk (`ageRisk` in recording.ts) over wajib residents, measured
 * on Lampung at scale 0.05 (seed 1); the calibration test re-measures it. Dividing the target share by it
 * makes the expected unregistered share come out right.
 */
export const MEAN_AGE_RISK = 1.125;

/** Regency spread: lognormal lag factor sigma (some regencies lag, as in the NTB 2018 reports). */
export const REGENCY_LAG_SIGMA = 0.5;

/** IKD (digital ID) activation among recorded adults: modelling choice, cities ahead of villages. */
export const IKD_SHARE = { city: 0.12, town: 0.08, rural: 0.045 } as const;
/** IKD opened to the public in 2022. */
export const IKD_START = { year: 2022, month: 6, day: 1 } as const;

/** The national e-KTP rollout: mass recording at every district office, then a steady stream. */
export const ROLLOUT = {
  start: { year: 2011, month: 8, day: 1 },
  end: { year: 2013, month: 12, day: 31 },
  /** Of those already adult in 2013, the share recorded during the rollout. */
  shareDuringRollout: 0.72,
} as const;

/** First family cards in the current 16-digit form (SIAK went national in the mid-2000s). */
export const KK_START = { year: 2005, month: 1, day: 1 } as const;
