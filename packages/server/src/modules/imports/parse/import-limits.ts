/**
 * Bounds on what one import file may hold, so that no file (crafted or broken) can exhaust the server's
 * 256 MB heap or its disk. Each bound sits well above what a real SIAK extract needs (measured: an exceljs
 * XLSX of 91,293 generated residents inflates to 94.6 MB, ~1 KB per row, so a million rows is ~1.05 GB)
 * and is checked while the file streams, never after a part has been read whole.
 */
export interface ImportLimits {
  /** ZIP entries in an XLSX (Excel writes about ten). */
  maxZipEntries: number;
  /** Inflated bytes of the whole archive: two million SIAK rows. */
  maxInflatedBytes: number;
  /** Inflated bytes of any part other than a worksheet (shared strings, styles, workbook, ...). */
  maxPartBytes: number;
  /**
   * Estimated heap bytes of the shared-strings cache (part bytes plus a measured cost per element): what
   * keeps a file of millions of tiny rich-text strings from exhausting the heap. An extract saved by Excel
   * stays under it up to roughly 300,000 rows; larger extracts come as CSV.
   */
  maxSharedStringsCost: number;
  /** Bytes between two XML tags or inside one tag: one cell at Excel's 32,767 characters, escaped. */
  maxXmlRunBytes: number;
  /** Bytes of one `<row>` of a sheet or one `<si>` of the shared strings. */
  maxXmlRecordBytes: number;
  /** Characters in one cell: Excel's own limit. */
  maxCellChars: number;
  /** Cells in one row: a SIAK row has about 30; Excel allows 16,384. */
  maxRowCells: number;
  /** Characters in one CSV record (a line, or lines held together by quotes). */
  maxCsvRecordChars: number;
}

const MB = 1024 * 1024;

export const IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxZipEntries: 1000,
  maxInflatedBytes: 2048 * MB,
  maxPartBytes: 64 * MB,
  maxSharedStringsCost: 96 * MB,
  maxXmlRunBytes: 256 * 1024,
  maxXmlRecordBytes: 8 * MB,
  maxCellChars: 32_767,
  maxRowCells: 512,
  maxCsvRecordChars: MB,
});
