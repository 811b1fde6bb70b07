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
  'suggest.title': 'Saran sesi tambahan',
  'suggest.onTrack':
    'Dengan laju sekarang, {region} mencapai target sebelum hari pemungutan suara: tidak perlu sesi tambahan.',
  'suggest.noDeadline': 'Belum ada hari pemungutan suara untuk {region}: tidak ada saran sesi tambahan.',
  'suggest.gap':
    'Dengan laju {pace} perekaman per hari, {gap} orang wajib KTP di {region} belum terekam pada {deadline}.',
  'suggest.hours':
    'Menutup selisih itu butuh {counterHours} jam-loket: {sessionHours} jam dengan seluruh {counters} loket perekaman di {points} titik layanan dibuka, yaitu {sessions} sesi malam @ {length} jam ({perWeek} sesi per minggu).',
  'suggest.minutes.measured':
    'Waktu layanan: {minutes} menit per perekaman (median {n} layanan di loket, 28 hari terakhir).',
  'suggest.minutes.configured':
    'Waktu layanan: {minutes} menit per perekaman (menurut pengaturan titik layanan; belum cukup data loket).',
  'suggest.minutes.default':
    'Waktu layanan: {minutes} menit per perekaman (nilai baku; belum ada titik layanan perekaman).',
  'suggest.noPace': 'tanpa laju terukur',
};
