/** SIAK imports: upload, parse, write through the resident write path, report each bad row. */

export { runImportHere } from './import-in-process';
export { IMPORT_JOB, type ImportHandlerOptions, importJobHandler } from './import-job';
export { storedMessage } from './imports.messages';
export { importsRoutes } from './imports.routes';
export { createImportJob, findUnfinishedImportOf } from './imports.service';
/** The file readers and the date parser, for other modules' small imports (outreach rosters). */
export { parseDateValue, readRows } from './parse';
export { startUploadSweeper } from './upload-sweeper';
export { describeLocalFile } from './uploads';
