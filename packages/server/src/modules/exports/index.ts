/** Downloads: the coverage and daily-report workbooks (XLSX) and the situation report (PDF). */

export { exportsRoutes } from './exports.routes';
