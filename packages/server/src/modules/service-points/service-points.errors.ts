import { SERVICE_RULE_MESSAGES, type ServiceRuleCode } from '@sigap/domain';
import { AppError } from '../../errors';

export const servicePointErrors = {
  notFound: (id: number) =>
    new AppError(
      'service_point_not_found',
      404,
      `Titik layanan ${id} tidak ditemukan.`,
      `Service point ${id} not found.`,
    ),
  /** A point sits in a regency/city, a district or a village that exists, never a province or the nation. */
  badRegion: () =>
    new AppError(
      'service_point_region_invalid',
      400,
      'Wilayah titik layanan harus kabupaten/kota, kecamatan atau desa/kelurahan yang dikenal.',
      'A service point must sit in a known regency/city, district or village.',
    ),
  nameTaken: () =>
    new AppError(
      'service_point_name_taken',
      409,
      'Sudah ada titik layanan dengan nama ini di wilayah tersebut.',
      'A service point with this name already exists in that region.',
    ),
  badHours: (problems: { day: string; code: ServiceRuleCode }[]) =>
    new AppError(
      'service_hours_invalid',
      400,
      'Jam layanan tidak valid.',
      'The opening hours are invalid.',
      problems.map((p) => ({
        field: `hours.${p.day}`,
        message: SERVICE_RULE_MESSAGES[p.code].id,
        messageEn: SERVICE_RULE_MESSAGES[p.code].en,
      })),
    ),
  closureExists: () =>
    new AppError(
      'service_closure_exists',
      409,
      'Titik layanan ini sudah tercatat tutup pada tanggal tersebut.',
      'This service point is already closed on that date.',
    ),
  /** Overlaps are conflicts with stored hours or sessions; a session ending before it starts is bad input. */
  badSession: (code: ServiceRuleCode) =>
    new AppError(
      code.startsWith('session_overlaps') ? `service_${code}` : 'service_session_invalid',
      code.startsWith('session_overlaps') ? 409 : 400,
      SERVICE_RULE_MESSAGES[code].id,
      SERVICE_RULE_MESSAGES[code].en,
    ),
  badRange: () =>
    new AppError(
      'capacity_range_invalid',
      400,
      'Rentang tanggal harus urut dan paling panjang 31 hari.',
      'The date range must be in order and at most 31 days long.',
    ),
};
