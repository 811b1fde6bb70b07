/**
 * Turns one household shape into SIAK-style resident records: dates of birth, NIK and NO_KK, names, life
 * status and the recording pipeline. Allocation per resident is the record itself and its strings; every
 * scratch structure (household buffer, outcome, person) is reused.
 */
import type { LifeStatus, MaritalStatus, ResidentRecord, Sex, StayPermit } from '@sigap/domain';
import { DECEASED_SHARE, FOREIGNER_KITAP_SHARE, FOREIGNER_SHARE, MOVED_OUT_SHARE } from './calibration';
import type { DayTable } from './day-table';
import { drawHousehold, type Household, type Member, newHousehold } from './households';
import { FOREIGNERS, type NameStyle } from './names';
import { familyNaming, occupation, personName, phoneNumber } from './people';
import type { Places } from './places';
import { type Prng, type WeightedTable, weightedTable } from './prng';
import { newOutcome, type Person, type RecordingModel } from './recording';
import { RELIGION_BY_STYLE } from './regional';
import type { RegencySerials } from './serials';
import type { RegencyPlan, VillagePlan } from './village-plan';

const RELIGIONS = Object.fromEntries(
  Object.entries(RELIGION_BY_STYLE).map(([style, mix]) => [style, weightedTable(mix)]),
) as Record<NameStyle, WeightedTable<string>>;
const FOREIGN_RELIGIONS = weightedTable([
  ['KRISTEN', 0.35],
  ['ISLAM', 0.3],
  ['BUDHA', 0.2],
  ['KATHOLIK', 0.15],
]);

/** Chance of dying within the year, by age; the relative shape is a life table's, scaled to DECEASED_SHARE. */
const DEATH_HAZARD = Float64Array.from({ length: 100 }, (_, a) => {
  const relative = a === 0 ? 0.004 : a < 50 ? 0.001 : a < 65 ? 0.006 : a < 75 ? 0.018 : a < 85 ? 0.05 : 0.12;
  // 0.0037: the mean of `relative` over the generated age structure (measured, Lampung, scale 0.05).
  return (relative * DECEASED_SHARE) / 0.0037;
});
/** A foreigner lives alone on their card here, so this many households make FOREIGNER_SHARE of residents. */
const FOREIGNER_HOUSEHOLD = FOREIGNER_SHARE * 3.7;
/** Older residents sometimes carry the NIK of another district of the regency: people move. */
const MOVED_NIK_SHARE = 0.08;

export class ResidentBuilder {
  private readonly shape: Household = newHousehold();
  private readonly births = new Int32Array(7);
  private readonly outcome = newOutcome();
  private readonly person: Person = { birth: 0, age: 0, until: 0, eligibleFrom: -1 };

  constructor(
    private readonly rng: Prng,
    private readonly days: DayTable,
    private readonly model: RecordingModel,
    private readonly places: Places,
  ) {}

  /** Appends one household's records to `sink` (emptied first); returns how many are alive and present. */
  household(
    regency: RegencyPlan,
    village: VillagePlan,
    serials: RegencySerials,
    sink: ResidentRecord[],
  ): number {
    const { rng, days } = this;
    sink.length = 0;
    if (rng.chance(FOREIGNER_HOUSEHOLD)) return this.foreigner(regency, village, serials, sink);
    const h = drawHousehold(rng, this.shape);
    const style = rng.weighted(village.styles);
    const fam = familyNaming(rng, style);
    const religion = rng.weighted(RELIGIONS[style]);
    const address = this.places.address(rng, village);
    for (let i = 0; i < h.size; i++) this.births[i] = this.birthDay((h.members[i] as Member).age);
    const noKk = serials.kk(village.district, this.issueDay(serials, this.births[0] as number));
    let present = 0;
    for (let i = 0; i < h.size; i++) {
      const m = h.members[i] as Member;
      const birth = this.births[i] as number;
      const moved = m.age >= 30 && regency.districts.length > 1 && rng.chance(MOVED_NIK_SHARE);
      const district = moved ? rng.pick(regency.districts) : village.district;
      const nik = serials.nik(district, birth, m.sex === 'P');
      const inherits = m.role === 'child' || m.role === 'head' || (m.role === 'parent' && m.sex === 'L');
      const order = m.role === 'child' ? m.order : rng.int(0, 3);
      const name = personName(rng, fam, m.sex, days.year[birth] as number, order, inherits);
      const r = this.resident(
        regency,
        village,
        nik,
        noKk,
        name,
        m.sex,
        birth,
        m.maritalStatus,
        null,
        address,
      );
      r.religion = religion;
      r.birthPlace = this.places.birthPlace(rng, regency, village, m.age, style);
      if (r.lifeStatus === 'ALIVE') present++;
      sink.push(r);
    }
    return present;
  }

  private foreigner(
    regency: RegencyPlan,
    village: VillagePlan,
    serials: RegencySerials,
    sink: ResidentRecord[],
  ) {
    const { rng } = this;
    const who = rng.pick(FOREIGNERS);
    const birth = this.birthDay(rng.int(25, 70));
    const permit: StayPermit = rng.chance(FOREIGNER_KITAP_SHARE) ? 'KITAP' : 'KITAS';
    const marital: MaritalStatus = rng.chance(0.55)
      ? 'KAWIN'
      : rng.chance(0.8)
        ? 'BELUM_KAWIN'
        : 'CERAI_HIDUP';
    const noKk = serials.kk(village.district, this.issueDay(serials, birth));
    const nik = serials.nik(village.district, birth, who.sex === 'P');
    const address = this.places.address(rng, { ...village, urban: true, remote: false });
    const r = this.resident(regency, village, nik, noKk, who.name, who.sex, birth, marital, permit, address);
    r.religion = rng.weighted(FOREIGN_RELIGIONS);
    r.birthPlace = who.birthPlace;
    sink.push(r);
    return r.lifeStatus === 'ALIVE' ? 1 : 0;
  }

  private resident(
    regency: RegencyPlan,
    village: VillagePlan,
    nik: string,
    noKk: string,
    fullName: string,
    sex: Sex,
    birth: number,
    maritalStatus: MaritalStatus,
    stayPermit: StayPermit | null,
    address: string,
  ): ResidentRecord {
    const { rng, days, outcome: out, person } = this;
    const ref = days.ref;
    const roll = rng.next();
    const hazard = DEATH_HAZARD[days.age(birth, ref)] as number;
    const lifeStatus: LifeStatus =
      roll < hazard ? 'DECEASED' : roll < hazard + MOVED_OUT_SHARE ? 'MOVED_OUT' : 'ALIVE';
    const lifeDay = lifeStatus === 'ALIVE' ? -1 : Math.max(birth, ref - rng.int(0, 364));
    person.birth = birth;
    person.until = lifeDay < 0 ? ref : lifeDay;
    person.age = days.age(birth, person.until);
    const entitled = stayPermit === null || stayPermit === 'KITAP';
    person.eligibleFrom = !entitled
      ? -1
      : person.age >= 17
        ? days.yearsAfter(birth, 17)
        : maritalStatus !== 'BELUM_KAWIN'
          ? Math.max(birth, person.until - rng.int(0, 300))
          : -1;
    this.model.assign(rng, out, person, regency, village);
    const married = maritalStatus !== 'BELUM_KAWIN';
    const urban = village.urban;
    return {
      nik,
      noKk,
      fullName,
      sex,
      birthPlace: '',
      birthDate: days.iso[birth] as string,
      maritalStatus,
      citizenship: stayPermit === null ? 'WNI' : 'WNA',
      stayPermit,
      religion: null,
      occupation: occupation(rng, person.age, sex, married, urban),
      villageCode: village.code,
      address,
      phone: person.age >= 17 && rng.chance(urban ? 0.55 : 0.4) ? phoneNumber(rng) : null,
      lifeStatus,
      lifeStatusDate: days.isoOrNull(lifeDay),
      recordingStatus: out.status,
      recordingDate: days.isoOrNull(out.recordingDay),
      recordingPlace: out.place,
      printStatus: out.printStatus,
      printedDate: days.isoOrNull(out.printedDay),
      handedOverDate: days.isoOrNull(out.handedDay),
      ikdActivatedDate: days.isoOrNull(out.ikdDay),
    };
  }

  /** A birth day giving exactly `age` whole years on the reference date. */
  private birthDay(age: number): number {
    const back = this.days.yearsBack;
    return this.rng.int((back[age + 1] as number) + 1, back[age] as number);
  }

  /** Issue day of the family card: after the head came of age, weighted to recent years (cards are renewed). */
  private issueDay(serials: RegencySerials, headBirth: number): number {
    const hi = this.days.ref;
    const lo = Math.min(hi, Math.max(serials.kkStart, headBirth + 17 * 365));
    return hi - Math.floor((hi - lo) * this.rng.next() ** 1.5);
  }
}
