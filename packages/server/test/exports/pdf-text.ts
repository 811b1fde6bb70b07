import { inflateSync } from 'node:zlib';

/**
 * The content streams of a PDF, inflated when pdfkit compressed them. Each stream is cut at the `/Length`
 * its dictionary states: trimming a trailing newline instead would cut a compressed stream that happens
 * to end in a 0x0a byte, which depends on the report's content (its timestamp) and made tests flaky.
 */
function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const dict = text.slice(text.lastIndexOf(' obj', m.index), m.index);
    const stated = /\/Length (\d+)/.exec(dict)?.[1];
    const end = stated === undefined ? text.indexOf('endstream', start) : start + Number(stated);
    if (end < start) break;
    out.push(inflated(Buffer.from(text.slice(start, end), 'latin1')));
    // Continue after the `endstream` keyword, which itself contains "stream".
    re.lastIndex = text.indexOf('endstream', end) + 'endstream'.length;
  }
  return out;
}

/** A stream's text: inflated when it is compressed (also without a stated length's trailing newline). */
function inflated(bytes: Buffer): string {
  for (const candidate of [bytes, bytes.subarray(0, bytes.at(-1) === 0x0a ? -1 : bytes.length)]) {
    try {
      return inflateSync(candidate).toString('latin1');
    } catch {
      // not compressed, or cut one byte too long: try the next reading
    }
  }
  return bytes.toString('latin1');
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

/** The text of each page, in page order (pdfkit writes one content stream per page when it flushes). */
export function pdfPageTexts(pdf: Buffer): string[] {
  return contentStreams(pdf)
    .filter((stream) => /\]\s*TJ/.test(stream))
    .map((stream) =>
      [...stream.matchAll(/\[([^\]]*)\]\s*TJ/g)]
        .map((tj) =>
          [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
            .map((p) => Buffer.from(p[1] ?? '', 'hex').toString('latin1'))
            .join(''),
        )
        .join('\n'),
    );
}
