import type { SkmAnswerBody, SkmKioskBody } from '@sigap/contracts';
import { api, withQuery } from '../../lib/api';

export const surveyPath = (token: string) => `/v1/skm/survey/${encodeURIComponent(token)}`;
export const kioskPath = (pointId: number) => `/v1/skm/kiosk/${pointId}`;

export function postSurvey(token: string, body: SkmAnswerBody, key: string) {
  return api.post<{ received: true }>(surveyPath(token), body, key);
}

export function postKiosk(pointId: number, body: SkmKioskBody, key: string) {
  return api.post<{ received: true }>(kioskPath(pointId), body, key);
}

export interface Period {
  region?: string;
  from: string;
  to: string;
}

export const skmReportPath = (p: Period) => withQuery('/v1/skm', { ...p });
export const skmTimesPath = (p: Period) => withQuery('/v1/skm/times', { ...p });
export const skmExportPath = (p: Period) => withQuery('/v1/skm/export', { ...p });
