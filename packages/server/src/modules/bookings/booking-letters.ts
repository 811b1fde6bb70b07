import type { BookingFileBody } from '@sigap/contracts';
import { maskNik } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { ExportFile } from '../exports';
import { invitationOf, type PointInfo } from './booking.presenter';
import { type Letter, renderIcs, renderLettersPdf } from './booking-files';
import type { BookingRow } from './bookings.repository';
import { bookingByNikAndCode } from './bookings-manage.service';

export function letterOf(b: BookingRow, point: PointInfo): Letter {
  return { ...invitationOf(b, point), regionCode: b.region_code, nikMasked: maskNik(b.nik) };
}

/** A resident's own invitation, as PDF (with the QR the office scans) or as a calendar file. */
export async function invitationFile(
  handle: Db,
  body: BookingFileBody,
  ip: string,
  now: Date,
): Promise<ExportFile> {
  const { b, point } = await bookingByNikAndCode(handle, body, ip, now);
  const letter = letterOf(b, point);
  return body.format === 'ics'
    ? renderIcs(letter, now)
    : renderLettersPdf([letter], `undangan-${b.code}.pdf`);
}
