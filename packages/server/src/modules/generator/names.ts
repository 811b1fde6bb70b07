/**
 * Name material for synthetic residents, upper case as SIAK stores NAMA_LGKP. Each naming style is a cultural
 * group found in Lampung or Nusa Tenggara Barat: Javanese and Sundanese transmigrants and native Lampung and
 * Sumatran Malay families in Lampung; Sasak (Lombok), Mbojo (Bima, Dompu) and Samawa (Sumbawa) in NTB; and
 * the Balinese, Batak and Chinese-Indonesian minorities of both. Every entry is one word, so a full name
 * (at most three entries) stays within SIAK's usual one to three words.
 */

export const NAME_STYLES = [
  'JAVA',
  'SUNDA',
  'LAMPUNG',
  'MALAY',
  'BALI',
  'BATAK',
  'CHINESE',
  'SASAK',
  'MBOJO',
  'SAMAWA',
] as const;
export type NameStyle = (typeof NAME_STYLES)[number];

export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  /** Second words: Javanese-style suffix names, family names or marga. */
  maleSecond: readonly string[];
  femaleSecond: readonly string[];
  /** Older generations mostly carry one word (many Javanese elders have a single name). */
  singleWordShareOld: number;
}

const w = (s: string): readonly string[] => s.trim().split(/\s+/);

const MUSLIM_MALE = w(`MUHAMMAD AHMAD ABDUL ABDULLAH HASAN HUSEIN IBRAHIM ISMAIL YUSUF ZAINAL ARIFIN RIDWAN
  SYAMSUL FIRDAUS NURDIN HAMZAH SULAIMAN RAHMAT HIDAYAT FAUZI`);
const MUSLIM_FEMALE = w(`SITI NUR FATIMAH AMINAH AISYAH KHADIJAH MARYAM ZAINAB HALIMAH NURHAYATI ROSIDAH
  MAIMUNAH SALMAH HASANAH RAHMAWATI`);

export const POOLS: Readonly<Record<NameStyle, NamePool>> = {
  JAVA: {
    male: w(`AGUS BAMBANG BUDI DWI EKO HADI JOKO SUGENG SUPARNO SUTRISNO SLAMET SUKIRMAN WAHYU YUDI PURWANTO
      SUMARNO SUYANTO TRI HERI SUPRIYADI SUGIARTO WAGIMAN PAIMIN SARIMAN TUKIMAN KASMAN RUDI ARIS`),
    female: w(`SRI SITI SUMARNI SUPRIHATIN TUMINAH WATINI ENDANG DWI TRI RATNA SUMIYATI PARTINAH SUGIYEM
      SUPARMI SRIYATUN KARSIH WAGIYEM SUKINAH YULI ENI DEWI SUWARNI`),
    maleSecond: w(`SANTOSO SETIAWAN PRASETYO NUGROHO WIBOWO SAPUTRO HIDAYAT SUSANTO KURNIAWAN FIRMANSYAH
      WIDODO SUSILO PURNOMO HARYANTO RIYADI`),
    femaleSecond: w(`LESTARI RAHAYU WAHYUNI ASTUTI HANDAYANI PUSPITASARI WULANDARI SUSANTI NINGSIH RAHMAWATI
      UTAMI KURNIASIH SETYOWATI`),
    singleWordShareOld: 0.6,
  },
  SUNDA: {
    male: w('ASEP DEDE UJANG CECEP DADANG JAJANG UDIN AEP OTONG YAYAT ENCEP DEDEN KOMAR OMAN'),
    female: w('IMAS EUIS NENG ENOK CUCU EUTIK ENENG YAYAH NENI TITIN LILIS NINING POPON'),
    maleSecond: w('SAEPULOH SUNANDAR HIDAYAT KUSNADI RUSTANDI SOBARI SUPRIATNA SUHENDAR MULYANA'),
    femaleSecond: w('KURNIASIH NURJANAH SUMIATI ROSMIATI HERLINA KOMALASARI MULYANI'),
    singleWordShareOld: 0.35,
  },
  LAMPUNG: {
    male: w(`HERMAN ZULKIFLI SYAHRIAL RIDWAN ANSORI FIRDAUS BAHRUL MUKHLIS ROSYIDI HERMANSYAH IRSAN
      ZULKARNAIN HERWAN SYAMSUDIN`),
    female: w(`ROSMIATI NURHAYATI ZAITUN HASANAH RAHMAH YUNITA ERNAWATI MARLINA NURLELA ROSNANI MASITOH
      HERLINA YUSNIDAR`),
    maleSecond: w('SYAHPUTRA ALAMSYAH PRAWIRANEGARA SANJAYA KESUMA GUNAWAN SAPUTRA IRSYAD HASAN'),
    femaleSecond: w('ROSMALA AGUSTINA SARI YANTI SUSANTI KESUMAWATI DEWI MARDIANA'),
    singleWordShareOld: 0.3,
  },
  MALAY: {
    male: [...MUSLIM_MALE, ...w('RUSLI HENDRA ANDI ROBI EFENDI DARMAN SAMSUDIN ZULFIKAR')],
    female: [...MUSLIM_FEMALE, ...w('NURLELA ASMAH JULIANA HERAWATI YUSNIAR')],
    maleSecond: w('EFENDI HAMZAH AZHARI SAPUTRA SYAHRIAL HAKIM RAHMAN JUNAIDI'),
    femaleSecond: w('ZUBAIDAH MARYAM AMINAH SARI WATI HAYATI'),
    singleWordShareOld: 0.3,
  },
  BALI: {
    // Birth-order names come first (see `balineseOrderName`); these are the personal names after them.
    male: w(`SUDARSANA ARTAWAN SUARDANA WIRAWAN ADNYANA BUDIARTA MERTA SUKADANA ARDANA SUTAMA
      PARWATA SUDIARTA`),
    female: w('SURYANI SUARNI ARTINI WIDIASTUTI SRIASIH PURNAMI SUKERTI SUARTINI MURNI ASTITI'),
    maleSecond: w('PUTRA SUARDANA WIJAYA ARSANA'),
    femaleSecond: w('DEWI SUARI ARIANI PUSPAYANTI'),
    singleWordShareOld: 0,
  },
  BATAK: {
    male: w('YOHANES PETRUS PAULUS ANTONIUS MARKUS STEFANUS ROBERT JOHAN DANIEL YOSEF MARTIN HOTMAN'),
    female: w('MARIA MAGDALENA ELISABETH KRISTINA ROSALINA YOHANA MARTA DEBORA LIDIA RUTH'),
    // Marga: a family name children inherit; women write it after "BR" (boru), e.g. MARIA BR SIREGAR.
    maleSecond: w(`SIMANJUNTAK SIREGAR NAINGGOLAN SIMATUPANG HUTAGALUNG SITUMORANG SINAGA PANJAITAN
      TAMBUNAN SIHOMBING`),
    femaleSecond: [],
    singleWordShareOld: 0,
  },
  CHINESE: {
    male: w('HENDRA SUTANTO WILLIAM KEVIN JOHAN ANTON BUDIMAN SURYADI HARTONO FELIX'),
    female: w('SUSANTI LINDA MELISA JESSICA VIVIAN LILIS MEILINA YENNY CINDY'),
    maleSecond: w('WIJAYA GUNAWAN TANOTO HALIM SANTOSO TANJAYA LIMANTO KUSUMA SETIADI'),
    femaleSecond: [],
    singleWordShareOld: 0.1,
  },
  SASAK: {
    male: w(`ZAINUDDIN SAPARUDIN MUHAMMAD AHMAD ABDUL HAERUDIN SAHNAN MAHSUN JUNAEDI SAHABUDDIN HAMDI ROHIM
      SUPARDI MURSALIM HAMZANWADI`),
    female: w(`NURHASANAH SAMSIAH HUSNUL RAHMAWATI MAESARAH SITI NURUL HIDAYATI ROHANI SAODAH SAKINAH
      HERNIWATI MARNIAH`),
    maleSecond: w('HAMDANI JUNAIDI MUHSIN SAFRUDIN HARIADI HIRJAN KHAERUL RAHMAN ANWAR'),
    femaleSecond: w('HIDAYATI JANNAH AINI FITRIANI KHAIRUNNISA ULFA AENUN'),
    singleWordShareOld: 0.45,
  },
  MBOJO: {
    male: w(`ABDUL MUHAMMAD SYAMSUDIN JAMALUDIN IKHSAN NURDIN ARIFUDDIN SUKRIN SYARIFUDDIN AGUSSALIM
      IRWAN AKBAR`),
    female: w('SITI NURMI NURSIAH SALMAH HADIJAH RAMLAH JULAEHA NURHAYATI FATMAH SAIDAH'),
    maleSecond: w('HARIS MAJID RAHIM SALEH FAJRIN HAMID'),
    femaleSecond: w('AMINAH RAHMAH HAJAR ARAFAH MARYAM'),
    singleWordShareOld: 0.4,
  },
  SAMAWA: {
    male: w(`SYAFRUDDIN AMIRUDDIN BURHANUDDIN HASANUDDIN JAMALUDDIN ZULKARNAEN AMRULLAH RUSDI ABDULLAH
      SYAHRUL`),
    female: w('NURJANNAH HASNAH SALMAWATI MASNIATI SURIANI RAHMAWATI JUMRAH HARTINI'),
    maleSecond: w('HAMID RAHMAN SALEH ARSYAD MAHMUD'),
    femaleSecond: w('AMINAH SARI HAYATI WAHYUNI'),
    singleWordShareOld: 0.4,
  },
};

/** Names popular with parents since ~2000 across Muslim families, whatever their group. */
export const MODERN_MALE = w(`MUHAMMAD AHMAD RIZKY FAJAR ALIF RAFFA ARKAN FATIH ZIDAN DAFFA RAKA BAYU GILANG
  RAFI DIMAS FAREL ATHARIZZ ABIZAR`);
export const MODERN_MALE_SECOND = w(`ALFATIH RAMADHAN PRATAMA SAPUTRA MAULANA HAKIM ALFARIZI ARDIANSYAH
  FIRMANSYAH AKBAR HIDAYATULLAH`);
export const MODERN_FEMALE = w(`AISYAH NAYLA ZAHRA KHANZA ALYA SALSABILA NADIA PUTRI AULIA AZZAHRA ANINDYA
  KEISHA NAFISA QUEENSHA`);
export const MODERN_FEMALE_SECOND = w(`PUTRI AZZAHRA RAMADHANI SALSABILA AULIA NURAINI KIRANA MAHARANI
  KHAIRUNNISA ANGGRAINI`);

/** Balinese birth-order names: first, second, third, fourth child (then the cycle starts again). */
export const BALI_ORDER = [
  ['WAYAN', 'PUTU', 'GEDE'],
  ['MADE', 'KADEK'],
  ['NYOMAN', 'KOMANG'],
  ['KETUT'],
] as const;

/** Sasak noble titles: LALU for men, BAIQ for women; Samawa nobility: DEA and LALA. */
export const NOBLE_TITLES: Readonly<Partial<Record<NameStyle, { male: string; female: string }>>> = {
  SASAK: { male: 'LALU', female: 'BAIQ' },
  SAMAWA: { male: 'DEA', female: 'LALA' },
};

/** Foreign residents (WNA) as their passports write them, with a place of birth abroad. */
export const FOREIGNERS: readonly { name: string; sex: 'L' | 'P'; birthPlace: string }[] = [
  { name: 'JOHN MICHAEL SMITH', sex: 'L', birthPlace: 'SYDNEY' },
  { name: 'LI WEI', sex: 'L', birthPlace: 'SHANGHAI' },
  { name: 'KIM MIN JUN', sex: 'L', birthPlace: 'SEOUL' },
  { name: 'TAKESHI SATO', sex: 'L', birthPlace: 'TOKYO' },
  { name: 'AHMAD BIN ISMAIL', sex: 'L', birthPlace: 'KUALA LUMPUR' },
  { name: 'PIETER DE VRIES', sex: 'L', birthPlace: 'AMSTERDAM' },
  { name: 'MARIA SANTOS REYES', sex: 'P', birthPlace: 'MANILA' },
  { name: 'CHEN XIAO MEI', sex: 'P', birthPlace: 'GUANGZHOU' },
  { name: 'ANNA MUELLER', sex: 'P', birthPlace: 'MUENCHEN' },
  { name: 'NORAINI HASSAN', sex: 'P', birthPlace: 'JOHOR BAHRU' },
  { name: 'PARK JI YEON', sex: 'P', birthPlace: 'BUSAN' },
  { name: 'SARAH JANE WILSON', sex: 'P', birthPlace: 'PERTH' },
];
