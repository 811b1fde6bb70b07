import { formatDateLong } from '@sigap/domain';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { type ExportFile, PDF_TYPE, pdfBytes } from '../exports';
import { formatCode, type InvitationText, qrContent, SERVICE_LABELS, slotInstant } from './booking-rules';

type Doc = InstanceType<typeof PDFDocument>;

export interface Letter extends InvitationText {
  regionCode: string;
  nikMasked: string;
}

/** The QR as a PNG: pdfkit embeds PNGs losslessly, so the scanner reads it as well from paper as a screen. */
function qrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(qrContent(code), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 240 });
}

function drawLetter(doc: Doc, l: Letter, qr: Buffer): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text('UNDANGAN / BUKTI BOOKING LAYANAN', left, doc.page.margins.top, { width, align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#444444')
    .text('Dinas Kependudukan dan Pencatatan Sipil — Sigap', { width, align: 'center' });
  doc.fillColor('black').moveDown(1.5);
  doc.fontSize(11).text(`Yth. ${l.fullName}`).text(`NIK: ${l.nikMasked}`).moveDown(0.8);
  doc
    .text(`Dengan hormat, Anda dijadwalkan untuk layanan ${SERVICE_LABELS[l.service]?.id ?? l.service} pada:`)
    .moveDown(0.6);
  const rows: [string, string][] = [
    ['Hari, tanggal', formatDateLong(l.date)],
    ['Jam', `${l.start}–${l.end}`],
    ['Tempat', l.pointName],
    ['Alamat', l.address],
    ['Kode booking', formatCode(l.code)],
    ['Nomor antrean', l.queueLabel ?? '-'],
  ];
  for (const [k, v] of rows) {
    const y = doc.y;
    doc.font('Helvetica').text(k, left, y, { width: 120 });
    doc.font('Helvetica-Bold').text(`: ${v}`, left + 120, y, { width: width - 120 });
  }
  doc.moveDown(1);
  const qrSize = 150;
  doc.image(qr, left + (width - qrSize) / 2, doc.y, { width: qrSize, height: qrSize });
  doc.y += qrSize + 8;
  doc
    .font('Helvetica')
    .fontSize(9)
    .text('Tunjukkan kode QR ini kepada petugas saat datang (cek masuk).', left, doc.y, {
      width,
      align: 'center',
    });
  doc.moveDown(1).fontSize(10);
  doc.text('Mohon datang 15 menit sebelum jam layanan dengan membawa Kartu Keluarga (KK) asli.', { width });
  doc.text('Jadwal dapat diubah atau dibatalkan di halaman booking dengan NIK dan kode booking.', { width });
}

/** One letter per booking, one page each (the invitation of one resident, or a batch from the registry). */
export async function renderLettersPdf(
  letters: Letter[],
  filename: string,
  opts: { compress?: boolean } = {},
): Promise<ExportFile> {
  const doc = new PDFDocument({
    size: 'A5',
    margins: { top: 36, bottom: 36, left: 40, right: 40 },
    compress: opts.compress ?? true,
    autoFirstPage: false,
    info: { Title: 'Undangan layanan', Author: 'Sigap' },
  });
  const done = pdfBytes(doc);
  for (const l of letters) {
    doc.addPage();
    drawLetter(doc, l, await qrPng(l.code));
  }
  if (letters.length === 0) doc.addPage().text('Tidak ada undangan.');
  doc.end();
  return { filename, contentType: PDF_TYPE, body: await done };
}

function icsStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function icsEscape(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/**
 * A one-event calendar file (RFC 5545). Written by hand: a single VEVENT with UTC times is a dozen lines,
 * smaller than any library that would add a dependency for it.
 */
export function renderIcs(l: Letter, now: Date): ExportFile {
  const start = slotInstant(l.regionCode, l.date, l.start);
  const end = slotInstant(l.regionCode, l.date, l.end);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sigap//Booking Layanan//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:booking-${l.code}@sigap`,
    `DTSTAMP:${icsStamp(now)}`,
    `DTSTART:${icsStamp(start)}`,
    `DTEND:${icsStamp(end)}`,
    `SUMMARY:${icsEscape(`${SERVICE_LABELS[l.service]?.id ?? l.service} — ${l.pointName}`)}`,
    `LOCATION:${icsEscape(`${l.pointName}, ${l.address}`)}`,
    `DESCRIPTION:${icsEscape(`Kode booking ${formatCode(l.code)}${l.queueLabel ? `, nomor antrean ${l.queueLabel}` : ''}. Bawa KK asli.`)}`,
    'BEGIN:VALARM',
    'TRIGGER:-PT2H',
    'ACTION:DISPLAY',
    'DESCRIPTION:Jadwal layanan Disdukcapil',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return {
    filename: `booking-${l.code}.ics`,
    contentType: 'text/calendar; charset=utf-8',
    body: Buffer.from(`${lines.join('\r\n')}\r\n`),
  };
}
