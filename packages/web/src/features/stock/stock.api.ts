import { api, withQuery } from '../../lib/api';

/** Paths and writes of the stock ledger (`/api/v1/stock`). */
export const stockPath = (region: string) => withQuery('/v1/stock', { region });
export const cardPath = (location: string, item: string) => withQuery('/v1/stock/card', { location, item });
export const coverPath = (region: string) => withQuery('/v1/stock/cover', { region });
export const shipmentsPath = (region: string) => withQuery('/v1/stock/shipments', { region });
export const requestsPath = (region: string) => withQuery('/v1/stock/requests', { region });
export const requestPath = (id: number) => `/v1/stock/requests/${id}`;
export const suggestionPath = (location: string, item: string) =>
  withQuery('/v1/stock/suggestion', { location, item });

export function postStock<T>(path: string, body: unknown, key: string): Promise<T> {
  return api.post<T>(`/v1/stock/${path}`, body, key);
}

/** The offices stock is kept at: the centre, a province, a regency/city (a deeper scope uses its regency). */
export function officeOf(regionCode: string): string {
  return regionCode === 'ID' ? 'ID' : regionCode.split('.').slice(0, 2).join('.');
}
