import type {
  SuketEligibilityReply,
  SuketKeysReply,
  SuketReply,
  SuketSentByHand,
  SuketStatusListReply,
  VerifySuketReply,
} from '@sigap/contracts';
import { api, withQuery } from '../../lib/api';

export function suketListPath(region?: string): string {
  return withQuery('/v1/sukets', { region, limit: 200 });
}

export const suketEligibility = (v: { residentId: number; electionId: number }) =>
  api.get<SuketEligibilityReply>(
    withQuery(`/v1/sukets/residents/${v.residentId}/eligibility`, { electionId: v.electionId }),
  );

export const issueSuket = (v: { residentId: number; electionId: number }, key: string) =>
  api.post<SuketReply>(`/v1/sukets/residents/${v.residentId}`, { electionId: v.electionId }, key);

export const revokeSuket = (v: { id: number; reason: string }, key: string) =>
  api.post<SuketReply>(`/v1/sukets/${v.id}/revoke`, { reason: v.reason }, key);

export const verifySuket = (q: { token?: string; number?: string }) =>
  api.get<VerifySuketReply>(withQuery('/v1/sukets/verify', q));

export const suketKeys = () => api.get<SuketKeysReply>('/v1/sukets/keys');
export const suketStatusList = (region: string) =>
  api.get<SuketStatusListReply>(withQuery('/v1/sukets/status-list', { region }));

/** "Send by hand": the wa.me link of the suket's WhatsApp message (the server records the opening). */
export const sendSuketByHand = (v: { id: number }, key: string) =>
  api.post<SuketSentByHand>(`/v1/sukets/${v.id}/send-by-hand`, {}, key);
