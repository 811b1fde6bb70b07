/**
 * Field lists: the residents behind a coverage count of a district or village, for door-to-door work —
 * on screen, as XLSX and as a printable PDF. Same rule as the counters; every list is audited.
 */
export { fieldListsRoutes } from './field-lists.routes';
