/** Downloads: the coverage and daily-report workbooks (XLSX) and the situation report (PDF). */

export { type ExportFile, PDF_TYPE, XLSX_TYPE } from './export-file';
export { exportsRoutes, sendFile } from './exports.routes';
export { pdfBytes, startListPdf } from './pdf-document';
export { drawLetterhead } from './pdf-letterhead';
export { drawTable, numberPages } from './pdf-table';
export { tableToXlsx } from './xlsx-table';
