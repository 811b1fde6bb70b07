/**
 * NIK and NO_KK numbers. A NIK serial is unique within (district of issue, birth date, sex) and a NO_KK
 * serial within (district, issue date), so counters are kept per regency (a NIK is always issued in a
 * district of the resident's regency here) in flat typed arrays: a few MB, reset per regency, instead of a
 * map that would grow with the whole province. Both numbers are built by concatenating pre-formatted parts.
 */
import { KK_START } from './calibration';
import type { DayTable } from './day-table';
import type { DistrictPlan } from './village-plan';

/** `0000`–`9999`, formatted once. */
const SERIAL4: readonly string[] = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));
const MAX_SERIAL = 9999;

export class RegencySerials {
  private readonly nikCounters: Uint16Array;
  private readonly kkCounters: Uint16Array;
  /** First day a family card can carry. */
  readonly kkStart: number;
  private readonly kkSpan: number;

  constructor(
    private readonly days: DayTable,
    districtCount: number,
  ) {
    this.nikCounters = new Uint16Array(districtCount * days.size * 2);
    this.kkStart = Math.max(0, days.index(KK_START.year, KK_START.month, KK_START.day));
    this.kkSpan = Math.max(1, days.size - this.kkStart);
    this.kkCounters = new Uint16Array(districtCount * this.kkSpan);
  }

  /** The next NIK for someone born on day `birth`, first registered in `district`. */
  nik(district: DistrictPlan, birth: number, female: boolean): string {
    const i = (district.index * this.days.size + birth) * 2 + (female ? 1 : 0);
    const serial = (this.nikCounters[i] as number) + 1;
    // Thousands of same-sex residents born on one day in one district: only at absurd scales.
    if (serial > MAX_SERIAL)
      throw new RangeError(`NIK serials exhausted in ${district.code}: scale too large`);
    this.nikCounters[i] = serial;
    const date = female ? this.days.ddmmyyFemale[birth] : this.days.ddmmyy[birth];
    return `${district.digits}${date}${SERIAL4[serial]}`;
  }

  /** The next NO_KK issued in `district` on day `issued` (≥ kkStart): district, DDMMYY, serial. */
  kk(district: DistrictPlan, issued: number): string {
    const i = district.index * this.kkSpan + (issued - this.kkStart);
    const serial = (this.kkCounters[i] as number) + 1;
    if (serial > MAX_SERIAL)
      throw new RangeError(`NO_KK serials exhausted in ${district.code}: scale too large`);
    this.kkCounters[i] = serial;
    return `${district.digits}${this.days.ddmmyy[issued]}${SERIAL4[serial]}`;
  }
}
