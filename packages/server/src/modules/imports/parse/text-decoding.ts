/**
 * Decodes a CSV's bytes to text. Excel's "CSV (Comma delimited)" on Windows writes the ANSI code page
 * (windows-1252), its "Unicode Text" writes UTF-16 with a byte order mark, and everything else writes UTF-8,
 * with or without a BOM. The encoding is sniffed once from the first bytes of the file.
 */
import { StringDecoder } from 'node:string_decoder';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ChunkDecoder {
  /** Text of this chunk; a character split across chunks comes out with the next one. */
  write(chunk: Buffer): string;
  /** Whatever is left at the end of the file. */
  end(): string;
}

/** The encoding of a file whose first bytes are `head`: a BOM decides, else valid UTF-8, else windows-1252. */
export function sniffEncoding(head: Buffer): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    // `stream: true` lets a character cut off at the end of the sample pass as incomplete, not invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

// Node decodes windows-1252 as latin1, which puts C1 controls where Windows has curly quotes, dashes, €.
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const HAS_C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

function fromCp1252(chunk: Buffer): string {
  const text = chunk.toString('latin1');
  return HAS_C1.test(text) ? text.replace(C1_ALL, (c) => CP1252_C1.charAt(c.charCodeAt(0) - 0x80)) : text;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A streaming decoder for `encoding` that drops a leading byte order mark. */
export function createChunkDecoder(encoding: TextEncodingName): ChunkDecoder {
  if (encoding === 'windows-1252') return { write: fromCp1252, end: () => '' };
  let first = true;
  const once = (text: string) => {
    if (!first || text.length === 0) return text;
    first = false;
    return stripBom(text);
  };
  if (encoding === 'utf-16be') {
    const decoder = new TextDecoder('utf-16be');
    return {
      write: (chunk) => once(decoder.decode(chunk, { stream: true })),
      end: () => once(decoder.decode()),
    };
  }
  const decoder = new StringDecoder(encoding === 'utf-8' ? 'utf8' : 'utf16le');
  return { write: (chunk) => once(decoder.write(chunk)), end: () => once(decoder.end()) };
}
