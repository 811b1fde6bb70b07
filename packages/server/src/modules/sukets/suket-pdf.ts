import type { Letterhead } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { drawLetterhead, pdfBytes } from '../exports';
import type { SuketWithHolder } from './sukets.repository';

type Doc = InstanceType<typeof PDFDocument>;

export interface SuketPage {
  suket: SuketWithHolder;
  letterhead: Letterhead;
  regionName: string;
  electionName: string;
  /** The verification link the QR opens (it carries the signed token). */
  verifyUrl: string;
}

/**
 * One suket per page: the office's kop surat, the title and number, the resident's data, what it is for
 * and until when, the signing officer, and the QR of the verification link with its signed token.
 */
async function drawSuket(doc: Doc, p: SuketPage): Promise<void> {
  const s = p.suket;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const y = drawLetterhead(doc, p.letterhead);
  doc.font('Helvetica-Bold').fontSize(13).text('SURAT KETERANGAN TELAH MEREKAM KTP-EL', left, y, {
    width,
    align: 'center',
  });
  doc.font('Helvetica').fontSize(10.5).text(`Nomor: ${s.number}`, { width, align: 'center' });
  doc.moveDown(1.2);
  doc.text('Yang bertanda tangan di bawah ini menerangkan bahwa:', left, doc.y, { width });
  doc.moveDown(0.5);
  const rows: [string, string][] = [
    ['Nama', s.full_name],
    ['NIK', s.nik],
    ['Tempat/tanggal lahir', `${s.birth_place}, ${formatDateLong(s.birth_date)}`],
    ['Jenis kelamin', s.sex === 'L' ? 'Laki-laki' : 'Perempuan'],
    ['Alamat', `${s.address}, ${p.regionName}`],
  ];
  for (const [k, v] of rows) {
    const top = doc.y;
    doc.text(k, left + 10, top, { width: 140 });
    doc.text(`: ${v}`, left + 150, top, { width: width - 150 });
  }
  doc.moveDown(0.8);
  doc.text(
    'telah melakukan perekaman KTP-el dan data kependudukannya sedang dalam proses pencetakan. Surat ' +
      `keterangan ini berlaku sebagai pengganti KTP-el untuk ${p.electionName} sejak ` +
      `${formatDateLong(s.valid_from)} sampai dengan ${formatDateLong(s.valid_until)}, dan tidak berlaku lagi ` +
      'setelah KTP-el yang bersangkutan dicetak.',
    left,
    doc.y,
    { width, align: 'justify' },
  );
  const qrTop = doc.y + 20;
  const qr = await QRCode.toBuffer(p.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 360 });
  doc.image(qr, left, qrTop, { fit: [150, 150] });
  doc.fontSize(8).text('Pindai untuk memeriksa keaslian (juga luring).', left, qrTop + 154, { width: 160 });
  const signX = left + width - 220;
  doc.fontSize(10.5).text(`${formatDateLong(s.valid_from)}`, signX, qrTop, { width: 220, align: 'center' });
  doc.text(p.letterhead.signerTitle, { width: 220, align: 'center' });
  doc.moveDown(2.5);
  doc.font('Helvetica-Bold').text(s.signer_name, { width: 220, align: 'center' });
  doc.font('Helvetica').fontSize(8).text(`Ditandatangani secara elektronik (kunci ${s.kid})`, {
    width: 220,
    align: 'center',
  });
}

/** The PDF of one or several sukets (a batch prints as one file, one suket per page). */
export async function suketsPdf(pages: readonly SuketPage[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Surat Keterangan KTP-el' } });
  const done = pdfBytes(doc);
  for (const [i, p] of pages.entries()) {
    if (i > 0) doc.addPage();
    await drawSuket(doc, p);
  }
  doc.end();
  return done;
}
