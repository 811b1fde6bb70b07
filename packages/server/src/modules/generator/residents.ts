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
  // 0.004: the mean of `relative` over the generated age structure (measured, Lampung, scale 0.05).
  return (relative * DECEASED_SHARE) / 0.004;
});
/** A foreigner lives alone on their card here, so this many households make FOREIGNER_SHARE of residents. */
const FOREIGNER_HOUSEHOLD = FOREIGNER_SHARE * 3.7;
/** Older residents sometimes carry the NIK of another district of the regency: people move. */
const MOVED_NIK_SHARE = 0.08;

/** What is known of a person before the pipeline runs; one scratch object, filled per resident. */
interface Identity {
  nik: string;
  noKk: string;
  fullName: string;
  sex: Sex;
  birth: number;
  birthPlace: string;
  maritalStatus: MaritalStatus;
  stayPermit: StayPermit | null;
  religion: string;
  address: string;
}

export class ResidentBuilder {
  private readonly shape: Household = newHousehold();
  private readonly births = new Int32Array(7);
  private readonly outcome = newOutcome();
  private readonly person: Person = { birth: 0, age: 0, until: 0, eligibleFrom: -1 };
  private readonly id: Identity = {
    nik: '',
    noKk: '',
    fullName: '',
    sex: 'L',
    birth: 0,
    birthPlace: '',
    maritalStatus: 'BELUM_KAWIN',
    stayPermit: null,
    religion: '',
    address: '',
  };

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
    const { rng, days, id } = this;
    sink.length = 0;
    if (rng.chance(FOREIGNER_HOUSEHOLD)) return this.foreigner(regency, village, serials, sink);
    const h = drawHousehold(rng, this.shape);
    const style = rng.weighted(village.styles);
    const fam = familyNaming(rng, style);
    id.religion = rng.weighted(RELIGIONS[style]);
    id.address = this.places.address(rng, village);
    id.stayPermit = null;
    for (let i = 0; i < h.size; i++) this.births[i] = this.birthDay((h.members[i] as Member).age);
    id.noKk = serials.kk(village.district, this.issueDay(serials, this.births[0] as number));
    let present = 0;
    for (let i = 0; i < h.size; i++) {
      const m = h.members[i] as Member;
      const birth = this.births[i] as number;
      const moved = m.age >= 30 && regency.districts.length > 1 && rng.chance(MOVED_NIK_SHARE);
      id.nik = serials.nik(moved ? rng.pick(regency.districts) : village.district, birth, m.sex === 'P');
      const inherits = m.role === 'child' || m.role === 'head' || (m.role === 'parent' && m.sex === 'L');
      const order = m.role === 'child' ? m.order : rng.int(0, 3);
      id.fullName = personName(rng, fam, m.sex, days.year[birth] as number, order, inherits);
      id.sex = m.sex;
      id.birth = birth;
      id.birthPlace = this.places.birthPlace(rng, regency, village, m.age, style);
      id.maritalStatus = m.maritalStatus;
      const r = this.resident(regency, village, id);
      if (r.lifeStatus === 'ALIVE') present++;
      sink.push(r);
    }
    return present;
  }

  /** A foreigner alone on a card in town: a KITAP holder is wajib KTP, a KITAS holder is not. */
  private foreigner(
    regency: RegencyPlan,
    village: VillagePlan,
    serials: RegencySerials,
    sink: ResidentRecord[],
  ) {
    const { rng, id } = this;
    const who = rng.pick(FOREIGNERS);
    id.birth = this.birthDay(rng.int(25, 70));
    id.stayPermit = rng.chance(FOREIGNER_KITAP_SHARE) ? 'KITAP' : 'KITAS';
    id.maritalStatus = rng.chance(0.55) ? 'KAWIN' : rng.chance(0.8) ? 'BELUM_KAWIN' : 'CERAI_HIDUP';
    id.noKk = serials.kk(village.district, this.issueDay(serials, id.birth));
    id.nik = serials.nik(village.district, id.birth, who.sex === 'P');
    id.address = this.places.address(rng, { ...village, urban: true, remote: false });
    id.fullName = who.name;
    id.sex = who.sex;
    id.birthPlace = who.birthPlace;
    id.religion = rng.weighted(FOREIGN_RELIGIONS);
    const r = this.resident(regency, village, id);
    sink.push(r);
    return r.lifeStatus === 'ALIVE' ? 1 : 0;
  }

  private resident(regency: RegencyPlan, village: VillagePlan, id: Identity): ResidentRecord {
    const { rng, days, outcome: out, person } = this;
    const { birth, maritalStatus, stayPermit, sex } = id;
    const ref = days.ref;
    const roll = rng.next();
    const hazard = DEATH_HAZARD[days.age(birth, ref)] as number;
    const lifeStatus: LifeStatus =
      roll < hazard ? 'DECEASED' : roll < hazard + MOVED_OUT_SHARE ? 'MOVED_OUT' : 'ALIVE';
    const lifeDay = lifeStatus === 'ALIVE' ? -1 : Math.max(birth, ref - rng.int(0, 364));
    person.birth = birth;
    person.until = lifeDay < 0 ? ref : lifeDay;
    person.age = days.age(birth, person.until);
    const married = maritalStatus !== 'BELUM_KAWIN';
    // Obliged from the 17th birthday, or from a marriage before it (date unknown: within the last year).
    const entitled = stayPermit === null || stayPermit === 'KITAP';
    if (!entitled) person.eligibleFrom = -1;
    else if (person.age >= 17) person.eligibleFrom = days.yearsAfter(birth, 17);
    else person.eligibleFrom = married ? Math.max(birth, person.until - rng.int(0, 300)) : -1;
    this.model.assign(rng, out, person, regency, village);
    const urban = village.urban;
    return {
      nik: id.nik,
      noKk: id.noKk,
      fullName: id.fullName,
      sex,
      birthPlace: id.birthPlace,
      birthDate: days.iso[birth] as string,
      maritalStatus,
      citizenship: stayPermit === null ? 'WNI' : 'WNA',
      stayPermit,
      religion: id.religion,
      occupation: occupation(rng, person.age, sex, married, urban),
      villageCode: village.code,
      address: id.address,
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
