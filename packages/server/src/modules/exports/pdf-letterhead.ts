import type { Letterhead } from '@sigap/contracts';
import type { Doc } from './pdf-table';

const LOGO_SIZE = 68;

/** The image bytes of a validated data URL (the schema guarantees PNG or JPEG). */
function logoBytes(dataUrl: string): Buffer {
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** The largest size (down to `min`) at which the line fits on one row; kop lines should not wrap. */
function fittedSize(doc: Doc, text: string, font: string, size: number, min: number, width: number): number {
  let s = size;
  while (s > min && doc.font(font).fontSize(s).widthOfString(text) > width) s -= 0.5;
  return s;
}

function contactLine(l: Letterhead): string {
  return [l.phone && `Telepon ${l.phone}`, l.email && `Pos-el ${l.email}`, l.website && `Laman ${l.website}`]
    .filter((part): part is string => Boolean(part))
    .join('  •  ');
}

/**
 * Kop surat as Indonesian government letters lay it out: logo on the left, heading lines centred
 * (the office's own name largest), address and contacts below, closed by a thick-and-thin double rule.
 * Returns the y below the rule.
 */
export function drawLetterhead(doc: Doc, l: Letterhead): number {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.page.margins.top;
  // The text keeps a logo-wide gutter on both sides so that it stays centred on the page.
  const gutter = l.logo ? LOGO_SIZE + 10 : 0;
  if (l.logo) doc.image(logoBytes(l.logo), left, top, { fit: [LOGO_SIZE, LOGO_SIZE], align: 'center' });

  const textOpts = { width: width - 2 * gutter, align: 'center' as const };
  doc.fillColor('black').text('', left + gutter, top);
  l.officeLines.forEach((line, i) => {
    const isOfficeName = i === l.officeLines.length - 1;
    const size = fittedSize(doc, line, 'Helvetica-Bold', isOfficeName ? 14 : 12.5, 10, textOpts.width);
    doc.fontSize(size).text(line, left + gutter, doc.y, textOpts);
  });
  doc.fontSize(fittedSize(doc, l.address, 'Helvetica', 9, 7.5, textOpts.width));
  doc.text(l.address, left + gutter, doc.y + 2, textOpts);
  const contacts = contactLine(l);
  if (contacts) {
    doc.fontSize(fittedSize(doc, contacts, 'Helvetica', 9, 7.5, textOpts.width));
    doc.text(contacts, left + gutter, doc.y, textOpts);
  }

  const y = Math.max(doc.y, l.logo ? top + LOGO_SIZE : 0) + 6;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(2.5)
    .stroke();
  doc
    .moveTo(left, y + 3.5)
    .lineTo(left + width, y + 3.5)
    .lineWidth(0.75)
    .stroke();
  doc.lineWidth(1);
  return y + 14;
}
