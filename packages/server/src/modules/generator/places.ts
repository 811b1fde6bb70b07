/**
 * Addresses and places of birth. Towns write street addresses with RT/RW; villages mostly write the hamlet
 * (dusun). Most residents were born in their own regency (TMPT_LHR is the regency or district name without
 * "Kabupaten"/"Kota"); older transmigrants in Lampung were often born in their Javanese, Sundanese, Balinese
 * or Batak home regency; a few in other cities.
 */
import type { NameStyle } from './names';
import type { Prng } from './prng';
import { BIRTHPLACES_ELSEWHERE, HAMLETS, HOMELAND_BIRTHPLACES, STREETS } from './regional';
import type { RegencyPlan, VillagePlan } from './village-plan';

const PAD3: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(3, '0'));

export class Places {
  private readonly streets: readonly string[];
  private readonly hamlets: readonly string[];
  private readonly elsewhere: readonly string[];
  /** Transmigration history is Lampung's; elsewhere a homeland birthplace would be noise. */
  private readonly transmigration: boolean;

  constructor(provinceCode: string) {
    const pick = <T>(table: Readonly<Record<string, T>>): T => (table[provinceCode] ?? table.default) as T;
    this.streets = pick(STREETS).map((s) => `JL. ${s}`);
    this.hamlets = pick(HAMLETS).map((s) => `DUSUN ${s}`);
    this.elsewhere = pick(BIRTHPLACES_ELSEWHERE);
    this.transmigration = provinceCode === '18';
  }

  /** One household's address (ALAMAT), shared by all its members. */
  address(rng: Prng, village: VillagePlan): string {
    const rtRw = `RT ${PAD3[rng.int(1, village.urban ? 20 : 12)]} RW ${PAD3[rng.int(1, village.urban ? 12 : 6)]}`;
    if (village.remote || (!village.urban && rng.chance(0.7))) return `${rng.pick(this.hamlets)} ${rtRw}`;
    if (village.urban && rng.chance(0.2))
      return `GG. ${rng.pick(this.hamlets).slice(6)} NO. ${rng.int(1, 60)} ${rtRw}`;
    return `${rng.pick(this.streets)} NO. ${rng.int(1, 250)} ${rtRw}`;
  }

  /** TMPT_LHR for a resident of `village` aged `age` from a family of naming style `style`. */
  birthPlace(rng: Prng, regency: RegencyPlan, village: VillagePlan, age: number, style: NameStyle): string {
    if (this.transmigration && age >= 45) {
      const homeland = HOMELAND_BIRTHPLACES[style];
      if (homeland && rng.chance(age >= 60 ? 0.6 : 0.4)) return rng.pick(homeland);
    }
    const r = rng.next();
    const local = age < 10 ? 0.93 : 0.8;
    if (r < local) return regency.placeName;
    if (r < local + 0.1) return village.district.placeName;
    return rng.pick(this.elsewhere);
  }
}
