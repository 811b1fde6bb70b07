/** Daily reports from each regency to the province: submit, review, who has not reported. */

export { seedDemoDailyReports } from './demo-daily-reports';
export { reportsRoutes } from './reports.routes';
export { regenciesMissingReport } from './reports.service';
