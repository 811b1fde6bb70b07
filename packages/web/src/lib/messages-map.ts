/** Coverage-map strings (dashboard choropleth); merged into `id` in messages.ts. */
export const mapId = {
  'cc.map.title': 'Peta cakupan per {level}',
  'cc.map.hint':
    'Warna menunjukkan % wajib KTP yang sudah rekam. Pilih wilayah di peta (klik, atau Tab lalu Enter) untuk menelusuri ke bawah.',
  'cc.map.area': '{name}: {percent} sudah rekam, belum rekam {gap}',
  'cc.map.areaNoData': '{name}: tidak ada data',
  'cc.map.legend': 'Keterangan warna: % sudah rekam',
  'cc.map.noData': 'Tidak ada data',
  'cc.map.count': '{count} wilayah',
  'cc.map.unavailable': 'Peta batas wilayah belum tersedia di server ini.',
  'cc.map.missing': 'Tanpa batas di peta: {names}',
  'cc.map.source': 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), kode Kepmendagri.',
} as const;
