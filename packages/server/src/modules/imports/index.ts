/** SIAK imports: upload, parse, write through the resident write path, report each bad row. */

export { importsRoutes } from './imports.routes';
export { createImportJob, resumeInterruptedImports } from './imports.service';
export { startUploadSweeper } from './upload-sweeper';
