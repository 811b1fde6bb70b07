/**
 * The ZIP side of an XLSX import, read with yauzl from the central directory: a truncated or damaged file
 * fails at once (no end-of-archive record, bad offsets) instead of hanging a streaming reader that waits
 * for bytes which never come, and the archive's declared shape (entry count, sizes) is vetted before a
 * single byte is inflated. Parts are then handed out as streams metered against the bounds in
 * import-limits.ts, and yauzl checks each part inflates to exactly its declared size.
 */
import { pipeline, type Readable } from 'node:stream';
import yauzl from 'yauzl';
import { type ImportFormatError, importFormatErrors, importLimitErrors } from './import-format-error';
import type { ImportLimits } from './import-limits';
import { XmlMeter } from './xml-meter';

const MB = 1024 * 1024;

const damaged = (cause?: unknown): ImportFormatError =>
  Object.assign(
    importFormatErrors.unreadable(
      'isi XLSX rusak atau tidak lengkap.',
      'the XLSX content is damaged or incomplete.',
    ),
    { cause },
  );

/** Worksheets as exceljs names them; every other part is small (workbook, styles, shared strings). */
export const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** Parts read as XML, whose text runs are bounded; others (images, printer settings) are only counted. */
const XML_PART = /\.(xml|rels|vml)$/i;
/** Whatever the workbook's relations call it, a shared-strings part is named like this. */
const SHARED_STRINGS_PART = /sharedstrings\d*\.xml$/i;

export class XlsxArchive {
  private inflated = 0;
  private readonly entries = new Map<string, yauzl.Entry>();

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly limits: ImportLimits,
  ) {}

  /** Opens and vets the archive; throws ImportFormatError when it is damaged or breaks a bound. */
  static async open(filePath: string, limits: ImportLimits): Promise<XlsxArchive> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.openPromise(filePath, {
        lazyEntries: true,
        autoClose: false,
        strictFileNames: false,
      });
    } catch (err) {
      throw damaged(err);
    }
    // Errors surface through the promises and streams below; this keeps a stray one from killing the process.
    zip.on('error', () => {});
    const archive = new XlsxArchive(zip, limits);
    try {
      await archive.readDirectory();
      return archive;
    } catch (err) {
      archive.close();
      throw err;
    }
  }

  private async readDirectory(): Promise<void> {
    const { limits } = this;
    if (this.zip.entryCount > limits.maxZipEntries) {
      throw importLimitErrors.archiveTooLarge(
        `arsip XLSX berisi lebih dari ${limits.maxZipEntries} bagian.`,
        `the XLSX archive holds more than ${limits.maxZipEntries} parts.`,
      );
    }
    let declared = 0;
    try {
      for await (const entry of this.zip.eachEntry()) {
        if (this.entries.has(entry.fileName)) throw damaged();
        declared += entry.uncompressedSize;
        if (!WORKSHEET_PART.test(entry.fileName) && entry.uncompressedSize > limits.maxPartBytes) {
          throw this.partTooBig();
        }
        this.entries.set(entry.fileName, entry);
      }
    } catch (err) {
      throw err instanceof Error && err.name === 'ImportFormatError' ? err : damaged(err);
    }
    if (declared > limits.maxInflatedBytes) throw this.archiveTooBig();
  }

  private partTooBig(): ImportFormatError {
    const mb = Math.round(this.limits.maxPartBytes / MB);
    return importLimitErrors.archiveTooLarge(
      `satu bagian XLSX (mis. daftar teks bersama) lebih dari ${mb} MB setelah diekstrak.`,
      `one XLSX part (e.g. the shared strings) is over ${mb} MB once extracted.`,
    );
  }

  private archiveTooBig(): ImportFormatError {
    const mb = Math.round(this.limits.maxInflatedBytes / MB);
    return importLimitErrors.archiveTooLarge(
      `isi XLSX lebih dari ${mb} MB setelah diekstrak.`,
      `the XLSX content is over ${mb} MB once extracted.`,
    );
  }

  /** Part names in the archive's own order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * The inflated bytes of a part, metered; a breach or a zip error ends the stream with an
   * ImportFormatError. `onCompressed` gets the share of the file's bytes read, for progress.
   */
  async open(name: string, onCompressed: (n: number) => void = () => {}): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw damaged();
    let raw: Readable;
    try {
      raw = await this.zip.openReadStreamPromise(entry);
    } catch (err) {
      throw damaged(err);
    }
    const ratio = entry.uncompressedSize > 0 ? entry.compressedSize / entry.uncompressedSize : 0;
    const { limits } = this;
    const sheet = WORKSHEET_PART.test(name);
    const meter = new XmlMeter(
      {
        maxBytes: sheet ? limits.maxInflatedBytes : limits.maxPartBytes,
        maxRunBytes: XML_PART.test(name) ? limits.maxXmlRunBytes : null,
        maxRecordBytes: limits.maxXmlRecordBytes,
        ...(SHARED_STRINGS_PART.test(name) ? { maxCacheCost: limits.maxSharedStringsCost } : {}),
      },
      {
        tooBig: () => (sheet ? this.archiveTooBig() : this.partTooBig()),
        cacheTooBig: () =>
          importLimitErrors.archiveTooLarge(
            'teks bersama (shared strings) XLSX ini terlalu banyak untuk dibaca dengan aman; simpan berkas sebagai CSV (UTF-8) lalu impor CSV-nya.',
            'this XLSX holds too much shared text to read safely; save the file as CSV (UTF-8) and import that instead.',
          ),
        runTooLong: () => this.cellTooLong(),
        recordTooBig: () => this.cellTooLong(),
      },
      (n) => {
        this.inflated += n;
        onCompressed(n * ratio);
        return this.inflated > limits.maxInflatedBytes ? this.archiveTooBig() : null;
      },
    );
    // pipeline, not pipe: an error of the zip stream (bad deflate data, wrong size) must reach the parser
    // reading `meter`, never be left as an unhandled 'error' event that ends the process.
    pipeline(raw, meter, () => {});
    return meter;
  }

  private cellTooLong(): ImportFormatError {
    return importLimitErrors.cellTooLong('berkas XLSX', 'the XLSX file', this.limits.maxCellChars);
  }

  close(): void {
    this.zip.close();
  }
}
