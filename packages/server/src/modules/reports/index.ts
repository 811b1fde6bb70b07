/** Daily reports from each regency to the province: submit, review, who has not reported. */

export { reportsRoutes } from './reports.routes';
export { regenciesMissingReport } from './reports.service';
