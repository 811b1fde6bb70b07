/** Forecasts: the pace of recording against the target by voting day, for a region and its children. */

export { forecastRoutes } from './forecast.routes';
export { childForecasts, type ForecastContext, forecastContext, forecastFor } from './forecast.service';
