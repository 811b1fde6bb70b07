import type { Letterhead } from '@sigap/contracts';
import { type Doc, ensureSpace } from './pdf-table';

/** "14 Februari 2024": the date line of a letter carries no weekday. */
export function formatLetterDate(date: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Room for a wet signature and the office stamp. */
const SIGN_SPACE = 58;

function signatureBox(doc: Doc) {
  const half = (doc.page.width - doc.page.margins.left - doc.page.margins.right) / 2;
  const width = half - 10;
  return { x: doc.page.margins.left + half + 10, opts: { width, align: 'center' as const } };
}

/** The height of the signature block, so the content before it can be kept on its page. */
export function signatureHeight(doc: Doc, l: Letterhead): number {
  const { opts } = signatureBox(doc);
  doc.font('Helvetica').fontSize(10).fillColor('black');
  const line = doc.currentLineHeight(true);
  return doc.heightOfString(l.signerTitle, opts) + SIGN_SPACE + 5 * line;
}

/**
 * The signature block on the right half, as on Indonesian official letters: place and date, the
 * signer's title, blank space to sign, then name, rank and NIP. An unset name leaves a dotted line.
 */
export function drawSignature(doc: Doc, l: Letterhead, signDate: string, top: number): void {
  const { x, opts } = signatureBox(doc);
  // The block is never split across pages: a signature must sit on the page with its date and title.
  const y = ensureSpace(doc, top, signatureHeight(doc, l));
  doc.text(`${l.city}, ${formatLetterDate(signDate)}`, x, y, opts);
  doc.text(l.signerTitle, x, doc.y + 2, opts);
  const nameY = doc.y + SIGN_SPACE;
  if (l.signerName) {
    doc.font('Helvetica-Bold').text(l.signerName, x, nameY, { ...opts, underline: true });
  } else {
    doc.text('(..........................................)', x, nameY, opts);
  }
  doc.font('Helvetica');
  if (l.signerRank) doc.text(l.signerRank, x, doc.y, opts);
  doc.text(`NIP. ${l.signerNip ?? '..................................'}`, x, doc.y, opts);
}
