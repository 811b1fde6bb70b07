import { AppError } from '../../errors';

/** The stock module's refusals: stable ids, Indonesian and English. */
export const stockErrors = {
  badLocation: (code: string) =>
    new AppError(
      'stock_location_invalid',
      400,
      `Lokasi stok ${code} tidak dikenal: gunakan pusat (ID), provinsi, kabupaten/kota atau UPT (kecamatan).`,
      `Stock location ${code} is unknown: use the centre (ID), a province, a regency/city or a UPT (district).`,
    ),
  futureDate: () =>
    new AppError(
      'stock_date_in_future',
      400,
      'Tanggal kejadian tidak boleh setelah hari ini.',
      'The date it happened cannot be after today.',
    ),
  /** The ledger's one rule: no running balance, today's or a later one after a back-dated line, below zero. */
  negative: (date: string, balance: number) =>
    new AppError(
      'stock_negative',
      409,
      `Stok tidak cukup: saldo pada ${date} akan menjadi ${balance}.`,
      `Not enough stock: the balance on ${date} would become ${balance}.`,
    ),
  badDestination: () =>
    new AppError(
      'stock_destination_invalid',
      400,
      'Tujuan kiriman harus kantor tepat di bawah pengirim: provinsi dari pusat, kabupaten/kota dari provinsinya, UPT (kecamatan) dari kabupaten/kotanya.',
      'A shipment goes to an office just below the sender: a province from the centre, a regency/city from its province, a UPT (district) from its regency/city.',
    ),
  shipmentNotFound: (id: number) =>
    new AppError(
      'stock_shipment_not_found',
      404,
      `Kiriman ${id} tidak ditemukan.`,
      `Shipment ${id} not found.`,
    ),
  alreadyReceived: () =>
    new AppError(
      'stock_shipment_received',
      409,
      'Kiriman ini sudah diterima.',
      'This shipment has already been received.',
    ),
  podMismatch: (shipped: number) =>
    new AppError(
      'stock_pod_mismatch',
      400,
      `Diterima + ditolak harus sama dengan jumlah dikirim (${shipped}).`,
      `Accepted + rejected must equal the shipped quantity (${shipped}).`,
      [{ field: 'accepted', message: 'Periksa jumlah.', messageEn: 'Check the quantities.' }],
    ),
  reasonRequired: () =>
    new AppError(
      'stock_rejection_reason_required',
      400,
      'Jumlah yang ditolak harus disertai alasan.',
      'A rejected quantity needs a reason.',
      [{ field: 'reason', message: 'Wajib diisi.', messageEn: 'Required.' }],
    ),
  receivedBeforeShipped: () =>
    new AppError(
      'stock_received_before_shipped',
      400,
      'Tanggal terima tidak boleh sebelum tanggal kirim.',
      'A shipment cannot be received before it was shipped.',
    ),
  requestNotFound: (id: number) =>
    new AppError(
      'stock_request_not_found',
      404,
      `Permintaan stok ${id} tidak ditemukan.`,
      `Stock request ${id} not found.`,
    ),
  requestState: (from: string, action: string) =>
    new AppError(
      'stock_request_state',
      409,
      `Permintaan berstatus ${from} tidak dapat di-${action}.`,
      `A request that is ${from} cannot be ${action}.`,
    ),
  notSupplier: () =>
    new AppError(
      'stock_request_not_supplier',
      409,
      'Hanya kantor pemasok (kantor di atas peminta) yang memutuskan dan mengirim permintaan ini.',
      'Only the supplying office (the office above the requester) decides on and ships this request.',
    ),
  centreCannotRequest: () =>
    new AppError(
      'stock_request_from_centre',
      400,
      'Pusat tidak mengajukan permintaan; pusat menerima stok dari luar.',
      'The centre does not request stock; it receives stock from outside.',
    ),
};
