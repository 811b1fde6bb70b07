/**
 * The zod schemas of every API request and response, shared by the server (validation, OpenAPI) and the
 * web app (types, form rules): one definition per shape. See docs/architecture.md, "Contracts".
 */
export * from './audit';
export * from './auth';
export * from './bookings';
export * from './boundaries';
export * from './burials';
export * from './common';
export * from './coverage';
export * from './death-reports';
export * from './display';
export * from './elections';
export * from './equipment';
export * from './errors';
export * from './exports';
export * from './field-lists';
export * from './forecast';
export * from './health';
export * from './imports';
export * from './jobs';
export * from './letterhead';
export * from './messages';
export * from './notices';
export * from './outreach';
export * from './prints';
export * from './public';
export * from './queue';
export * from './regions';
export * from './reports';
export * from './residents';
export * from './service-points';
export * from './settings';
export * from './skm';
export * from './snapshots';
export * from './stock';
export * from './stock-planning';
export * from './sukets';
export * from './users';
export * from './voter-rolls';
export * from './watchlist';
