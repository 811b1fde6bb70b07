/**
 * Regional flavour: which naming styles live where, where older residents were born, what streets and
 * hamlets are called. Lampung is a transmigration province (Javanese majority, native Lampung, Sundanese,
 * Sumatran Malay, Balinese villages); NTB is Sasak on Lombok, Samawa on Sumbawa and Mbojo in Bima/Dompu.
 */
import type { NameStyle } from './names';

export type StyleMix = Partial<Record<NameStyle, number>>;

const LAMPUNG_MIX: StyleMix = {
  JAVA: 0.6,
  LAMPUNG: 0.13,
  SUNDA: 0.1,
  MALAY: 0.1,
  BALI: 0.015,
  BATAK: 0.02,
  CHINESE: 0.008,
};

/** Per-regency adjustments (multipliers on the province mix) where a group is known to be concentrated. */
const REGENCY_TILT: Readonly<Record<string, StyleMix>> = {
  '18.04': { LAMPUNG: 2.5, MALAY: 2, JAVA: 0.6 },
  '18.13': { LAMPUNG: 3, MALAY: 2, JAVA: 0.4 },
  '18.08': { LAMPUNG: 2, MALAY: 1.5 },
  '18.02': { BALI: 3 },
  '18.07': { BALI: 2.5 },
  '18.11': { BALI: 2 },
  '18.71': { CHINESE: 5, BATAK: 2, LAMPUNG: 1.3 },
  '18.72': { JAVA: 1.3 },
};

const NTB_MIX: Readonly<Record<string, StyleMix>> = {
  '52.01': { SASAK: 0.85, BALI: 0.1, JAVA: 0.03, MBOJO: 0.01, CHINESE: 0.005 },
  '52.02': { SASAK: 0.97, JAVA: 0.02, BALI: 0.01 },
  '52.03': { SASAK: 0.97, JAVA: 0.02, MBOJO: 0.01 },
  '52.04': { SAMAWA: 0.75, SASAK: 0.1, MBOJO: 0.08, JAVA: 0.04, BALI: 0.03 },
  '52.05': { MBOJO: 0.9, SASAK: 0.04, SAMAWA: 0.03, JAVA: 0.03 },
  '52.06': { MBOJO: 0.97, SASAK: 0.02, JAVA: 0.01 },
  '52.07': { SAMAWA: 0.8, SASAK: 0.1, JAVA: 0.05, MBOJO: 0.05 },
  '52.08': { SASAK: 0.9, BALI: 0.08, JAVA: 0.02 },
  '52.71': { SASAK: 0.65, BALI: 0.2, MBOJO: 0.05, JAVA: 0.05, CHINESE: 0.03, MALAY: 0.02 },
  '52.72': { MBOJO: 0.9, JAVA: 0.04, SASAK: 0.03, CHINESE: 0.02, MALAY: 0.01 },
};

const DEFAULT_MIX: StyleMix = { JAVA: 0.45, MALAY: 0.3, SUNDA: 0.15, BATAK: 0.05, BALI: 0.03, CHINESE: 0.02 };

/** The naming-style mix of a regency. */
export function regencyStyleMix(regencyCode: string): StyleMix {
  const province = regencyCode.slice(0, 2);
  if (province === '52') return NTB_MIX[regencyCode] ?? NTB_MIX['52.02'] ?? DEFAULT_MIX;
  if (province !== '18') return DEFAULT_MIX;
  const tilt = REGENCY_TILT[regencyCode] ?? {};
  const out: StyleMix = {};
  for (const [style, share] of Object.entries(LAMPUNG_MIX) as [NameStyle, number][]) {
    out[style] = share * (tilt[style] ?? 1);
  }
  return out;
}

/** Religion per naming style (SIAK's spellings: KATHOLIK, BUDHA, KHONGHUCU). ISLAM is ~95% overall. */
export const RELIGION_BY_STYLE: Readonly<Record<NameStyle, readonly (readonly [string, number])[]>> = {
  JAVA: [
    ['ISLAM', 0.965],
    ['KRISTEN', 0.02],
    ['KATHOLIK', 0.015],
  ],
  SUNDA: [
    ['ISLAM', 0.995],
    ['KRISTEN', 0.005],
  ],
  LAMPUNG: [['ISLAM', 1]],
  MALAY: [
    ['ISLAM', 0.99],
    ['KRISTEN', 0.01],
  ],
  BALI: [
    ['HINDU', 0.97],
    ['KRISTEN', 0.02],
    ['ISLAM', 0.01],
  ],
  BATAK: [
    ['KRISTEN', 0.7],
    ['KATHOLIK', 0.25],
    ['ISLAM', 0.05],
  ],
  CHINESE: [
    ['BUDHA', 0.45],
    ['KRISTEN', 0.25],
    ['KATHOLIK', 0.2],
    ['KHONGHUCU', 0.1],
  ],
  SASAK: [['ISLAM', 1]],
  MBOJO: [['ISLAM', 1]],
  SAMAWA: [['ISLAM', 1]],
};

const split = (s: string): readonly string[] =>
  s
    .trim()
    .split(/\s*,\s*/)
    .filter((x) => x !== '');

/** Places outside the province where residents were born (migration, study, work). */
export const BIRTHPLACES_ELSEWHERE: Readonly<Record<string, readonly string[]>> = {
  '18': split('JAKARTA, PALEMBANG, SERANG, BANDUNG, TANGERANG, BOGOR, BEKASI, BENGKULU, SEMARANG, SURABAYA'),
  '52': split('MATARAM, BIMA, DENPASAR, SURABAYA, JAKARTA, SUMBAWA BESAR, MAKASSAR, KUPANG, MALANG'),
  default: split('JAKARTA, SURABAYA, MEDAN, MAKASSAR, BANDUNG, SEMARANG, PALEMBANG'),
};

/** Where older transmigrants were born: Javanese, Sundanese and Balinese home regencies of the 1950s–80s. */
export const HOMELAND_BIRTHPLACES: Readonly<Partial<Record<NameStyle, readonly string[]>>> = {
  JAVA: split('KEBUMEN, BOYOLALI, WONOGIRI, KLATEN, BANYUMAS, CILACAP, PONOROGO, KEDIRI, PATI, SRAGEN'),
  SUNDA: split('GARUT, TASIKMALAYA, CIAMIS, BANDUNG, SUMEDANG, KUNINGAN'),
  BALI: split('TABANAN, KARANGASEM, BULELENG, GIANYAR, KLUNGKUNG'),
  BATAK: split('TARUTUNG, SIBOLGA, PEMATANGSIANTAR, BALIGE'),
};

export const STREETS: Readonly<Record<string, readonly string[]>> = {
  '18': split(`RADEN INTAN, TEUKU UMAR, ZA PAGAR ALAM, SULTAN AGUNG, KARTINI, DIPONEGORO, IMAM BONJOL,
    PANGERAN ANTASARI, WOLTER MONGINSIDI, SOEKARNO HATTA, HAJI MENA, PRAMUKA, RATU DIBALAU, AHMAD YANI`),
  '52': split(`PEJANGGIK, LANGKO, UDAYANA, BUNG KARNO, SRIWIJAYA, MAJAPAHIT, GAJAH MADA, SULTAN KAHARUDDIN,
    SULTAN SALAHUDDIN, AHMAD YANI, TGH FAISAL, PENDIDIKAN`),
  default: split('MERDEKA, PEMUDA, SUDIRMAN, DIPONEGORO, KARTINI, AHMAD YANI, PAHLAWAN, GATOT SUBROTO'),
};

export const HAMLETS: Readonly<Record<string, readonly string[]>> = {
  '18': split(`SUKAMAJU, SIDOREJO, SUKARAME, SUKADAMAI, MARGOREJO, KARANGANYAR, SRIREJO, TANJUNG SARI,
    BANJAR REJO, WONOSARI, MULYOREJO, SUMBEREJO, SRI MULYO, PEKON BALAK, GUNUNG SUGIH, TALANG JAWA`),
  '52': split(`LENDANG BARU, KARANG BARU, GUBUK DAYA, PANCOR, MONTONG, DASAN BARU, BUNUT, TELAGA BARU,
    SORI NAE, SANTIGI, RASABOU, BRANG BIJI, ORONG BAWA`),
  default: split('KRAJAN, SUKAMAJU, SUKAMULYA, TANJUNG SARI, SIDOMULYO, BARU, TENGAH, KULON, WETAN'),
};

/** Prefixes of Indonesian mobile numbers after the leading 08 (Telkomsel, Indosat, XL, Tri, Smartfren). */
export const PHONE_PREFIXES = split(
  '11, 12, 13, 21, 22, 52, 53, 14, 15, 16, 55, 56, 57, 58, 77, 78, 59, 95, 96',
);
