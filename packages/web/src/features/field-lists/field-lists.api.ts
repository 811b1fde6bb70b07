import { FIELD_LIST_KINDS, type FieldListKind } from '@sigap/contracts';
import { withQuery } from '../../lib/api';

export { FIELD_LIST_KINDS, type FieldListKind };

/** The page URL of a list, as the coverage table links to it (`/daftar-lapangan?region=&kind=&on=`). */
export function fieldListHref(region: string, kind: FieldListKind, on: string): string {
  return `/daftar-lapangan?${new URLSearchParams({ region, kind, on }).toString()}`;
}

export function fieldListPath(
  region: string,
  kind: FieldListKind,
  on: string,
  page: number,
  pageSize: number,
) {
  return withQuery('/v1/field-lists', { region, kind, on, page, pageSize });
}

export function fieldListExportPath(region: string, kind: FieldListKind, on: string, format: 'xlsx' | 'pdf') {
  return withQuery('/v1/field-lists/export', { region, kind, on, format });
}

/** Lists exist for districts and villages only (the server refuses larger ones). */
export function hasFieldLists(regionCode: string): boolean {
  return regionCode.split('.').length >= 3;
}
