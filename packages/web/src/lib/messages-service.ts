/** Indonesian strings of service at the office (issue 12): the "Layanan" page of service points. */
export const serviceId = {
  'nav.servicePoints': 'Layanan',
  'nav.servicePoints.description': 'Titik layanan, jam buka, sesi tambahan dan kapasitas sepekan.',
  'servicePoints.title': 'Titik layanan',
  'servicePoints.intro':
    'Kapasitas per layanan dari {from} sampai {to}: jam layanan biasa dikurangi hari tutup, ditambah sesi tambahan.',
  'servicePoints.empty': 'Belum ada titik layanan di wilayah Anda.',
  'servicePoints.table': 'Titik layanan dan kapasitas sepekan per layanan',
  'servicePoints.note': '{n} titik layanan. Tanda — berarti layanan itu tidak tersedia di titik tersebut.',
  'servicePoints.col.name': 'Titik layanan',
  'servicePoints.col.kind': 'Jenis',
  'servicePoints.col.counters': 'Loket',
  'servicePoints.service.recording': 'Perekaman',
  'servicePoints.service.printing': 'Cetak/ambil KTP-el',
  'servicePoints.service.ikd_activation': 'Aktivasi IKD',
  'servicePoints.service.data_change': 'Perubahan data',
  'servicePoints.kind.regency_office': 'Kantor Disdukcapil',
  'servicePoints.kind.upt': 'UPT kecamatan',
  'servicePoints.kind.mpp': 'Mal Pelayanan Publik',
  'servicePoints.kind.mobile': 'Layanan keliling',
};
