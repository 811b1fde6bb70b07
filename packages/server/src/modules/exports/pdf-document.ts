import PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The bytes of a pdfkit document once it ends. Listen before drawing: pdfkit streams pages as they are
 * written, so a listener attached after `end()` would miss the first chunks.
 */
export function pdfBytes(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * An A4 landscape list for printing (field lists, the KPU evidence): the title in bold, a grey subtitle,
 * and the pen back at black below them, ready for `drawTable`. Answers the document, the bytes once it
 * ends, and the printable width.
 */
export function startListPdf(opts: {
  title: string;
  docTitle: string;
  subtitle: string;
  compress?: boolean;
}) {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 36, bottom: 36, left: 36, right: 36 },
    bufferPages: true,
    compress: opts.compress ?? true,
    info: { Title: opts.docTitle, Author: 'Sigap' },
  });
  const bytes = pdfBytes(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('Helvetica-Bold').fontSize(13).text(opts.title, left, doc.page.margins.top, { width });
  doc.font('Helvetica').fontSize(8.5).fillColor('#333333').text(opts.subtitle, { width });
  doc.fillColor('black');
  return { doc, bytes, width };
}
