import type {
  CancelLoanBody,
  ConfirmLoanBody,
  EquipmentReply,
  IncidentBody,
  LoanReply,
  ReserveLoanInput,
} from '@sigap/contracts';
import { api, withQuery } from '../../lib/api';

/** Items owned in a region (the province pool, or a regency's own). */
export const equipmentPath = (region: string) => withQuery('/v1/equipment', { region });
export const equipmentDetailPath = (id: number) => `/v1/equipment/${id}`;
export const operatorsPath = (region: string) => withQuery('/v1/equipment/operators', { region });
export const loansPath = (region: string, from: string, to: string) =>
  withQuery('/v1/equipment/loans', { region, from, to });
export const uncoveredPath = (region: string) => withQuery('/v1/equipment/uncovered', { region });
export const regencyChildrenPath = (province: string) => withQuery('/v1/regions', { parent: province });

export function reportIncident(id: number, body: IncidentBody, key: string): Promise<EquipmentReply> {
  return api.post<EquipmentReply>(`/v1/equipment/${id}/incidents`, body, key);
}

export function reserveLoan(body: ReserveLoanInput, key: string): Promise<LoanReply> {
  return api.post<LoanReply>('/v1/equipment/loans', body, key);
}

export type LoanMove =
  | { id: number; kind: 'arrival' | 'return'; body: ConfirmLoanBody }
  | { id: number; kind: 'cancel'; body: CancelLoanBody };

export function moveLoan(move: LoanMove, key: string): Promise<LoanReply> {
  return api.post<LoanReply>(`/v1/equipment/loans/${move.id}/${move.kind}`, move.body, key);
}
