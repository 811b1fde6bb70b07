/**
 * SIAK import file parsing: readers (CSV, XLSX), column mapping, value parsers, row validation and the
 * `parseImportFile` facade the import job builds on. No database access here.
 */

export {
  codeKey,
  parseCitizenship,
  parseMaritalStatus,
  parsePrintStatus,
  parseRecordingStatus,
  parseSex,
  parseStayPermit,
} from './code-values';
export {
  COLUMN_ALIASES,
  headerKey,
  type ImportKind,
  type ParseKind,
  RESIDENT_TARGETS,
  type ResidentTarget,
  SPLIT_REGION_COLUMNS,
  STATUS_TARGETS,
  type StatusTarget,
  TARGET_BY_KEY,
  type TargetOf,
  VOTER_ROLL_TARGETS,
  type VoterRollTarget,
} from './column-aliases';
export {
  type ColumnIndex,
  type ColumnMapping,
  type MappingIssue,
  type MappingIssueCode,
  type MappingResult,
  resolveMapping,
} from './column-mapping';
export { type CsvDelimiter, detectDelimiter } from './csv-reader';
export { excelSerialToIsoDate, MAX_EXCEL_SERIAL, parseDateValue } from './date-value';
export {
  ERROR_REPORT_COLUMNS,
  type ErrorReportOptions,
  errorReportCsv,
  type ReportIssue,
} from './error-report';
export { HEADER_SEARCH_ROWS, locateHeader } from './header-row';
export { ImportFormatError, type ImportFormatErrorId } from './import-format-error';
export type { FileFormat, ImportSource, SourceRow } from './import-source';
export {
  type FileRowParser,
  type HeaderInfo,
  type ParsedRow,
  type ParseImportOptions,
  parseImportBatches,
  parseImportFile,
  type RecordOf,
  readResidentRowBatches,
} from './parse-import-file';
export { type FilePreview, type OpenedRows, openRows, previewFile, readRows } from './read-rows';
export { parseResidentRow } from './resident-row';
export {
  PARSE_ISSUE_CODES,
  type ParseIssueCode,
  type RowIssue,
  type RowIssueCode,
  renderParseIssue,
} from './row-issue';
export type { RowContext, RowResult } from './row-reader';
export { parseStatusRow } from './status-row';
export { villageCodeFrom, villageCodeFromParts } from './village-code';
export { parseVoterRollRow, type VoterRollRecord } from './voter-roll-row';
