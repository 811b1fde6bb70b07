import { inflateSync } from 'node:zlib';

/** The content streams of a PDF, inflated when pdfkit compressed them. */
function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = Buffer.from(text.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    try {
      out.push(inflateSync(bytes).toString('latin1'));
    } catch {
      out.push(bytes.toString('latin1'));
    }
    re.lastIndex = end + 'endstream'.length;
  }
  return out;
}

/**
 * The text pdfkit drew, one line per text operator. pdfkit writes standard-font text as hex strings
 * in `[<..> kern <..>] TJ` arrays (WinAnsi bytes), so decoding those is enough for tests to read a
 * report without a PDF library or poppler on the machine.
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const stream of contentStreams(pdf)) {
    for (const tj of stream.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const parts = [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)];
      lines.push(parts.map((p) => Buffer.from(p[1] ?? '', 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}

/** Pages in the document (page objects are never compressed by pdfkit). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}
