/** SIAK imports: upload, parse, write through the resident write path, report each bad row. */

export { runImportHere } from './import-in-process';
export { IMPORT_JOB, type ImportHandlerOptions, importJobHandler } from './import-job';
export { storedMessage } from './imports.messages';
export { importsRoutes } from './imports.routes';
export { createImportJob, findUnfinishedImportOf } from './imports.service';
export { startUploadSweeper } from './upload-sweeper';
export { describeLocalFile } from './uploads';
export type { ImportJobRow } from './import-jobs.repository';
export { type ImportSink, type ImportSinks, isStagedKind } from './import-sink';
export type { VoterRollRecord } from './parse';
export { readUpload } from './uploads';
export { toImportJob } from './imports.service';
