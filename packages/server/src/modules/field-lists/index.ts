/**
 * Field lists: the residents behind a coverage count of a district or village, for door-to-door work —
 * on screen, as XLSX and as a printable PDF. Same rule as the counters; every list is audited.
 * The selection itself (`candidates` + `belongsOn`) is shared with the booking invitations.
 */
export { belongsOn } from './field-list-rules';
export { candidates as fieldListCandidates, type FieldListRow } from './field-lists.repository';
export { fieldListsRoutes } from './field-lists.routes';
