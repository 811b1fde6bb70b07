import { Letterhead, LOGO_NOT_AN_IMAGE, PutLetterheadBody } from '@sigap/contracts';
import PDFDocument from 'pdfkit';

/**
 * The registry's static default; a report uses the office-specific one built from the region's name
 * (see letterhead.service) and this only if even that cannot be built.
 */
export const DEFAULT_LETTERHEAD: Letterhead = {
  officeLines: ['DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'],
  address: 'Indonesia',
  city: 'Jakarta',
  signerTitle: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
};

/** Whether pdfkit can decode the image: a corrupt logo must be refused now, not break every report later. */
function embeds(dataUrl: string): boolean {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  try {
    new PDFDocument({ size: 'A7' }).image(bytes, 0, 0, { width: 10 });
    return true;
  } catch {
    return false;
  }
}

/**
 * The contract's letterhead plus the one check only the server can make (the web has no pdfkit): the logo
 * really decodes. It runs only on a logo the contract accepted (its type, size and first bytes), so a bad
 * logo is reported once.
 */
export const PrintableLetterhead = Letterhead.superRefine(
  (letterhead, ctx) => {
    if (letterhead.logo && !embeds(letterhead.logo)) {
      ctx.addIssue({ code: 'custom', path: ['logo'], message: LOGO_NOT_AN_IMAGE });
    }
  },
  { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'logo') },
);

export const PutPrintableLetterheadBody = PutLetterheadBody.extend({ letterhead: PrintableLetterhead });
