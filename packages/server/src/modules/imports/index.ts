/** SIAK imports: upload, parse, write through the resident write path, report each bad row. */

export { runImportHere } from './import-in-process';
export { IMPORT_JOB, type ImportHandlerOptions, importJobHandler } from './import-job';
export type { ImportJobRow } from './import-jobs.repository';
export { type ImportSink, type ImportSinks, isStagedKind } from './import-sink';
export { storedMessage } from './imports.messages';
export { importsRoutes } from './imports.routes';
export { createImportJob, findUnfinishedImportOf, toImportJob } from './imports.service';
/** The file readers and the date parser, for other modules' small imports (outreach rosters). */
export { parseDateValue, readRows, type VoterRollRecord } from './parse';
export { startUploadSweeper } from './upload-sweeper';
export { describeLocalFile, readUpload } from './uploads';
