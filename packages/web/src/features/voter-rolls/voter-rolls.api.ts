import type {
  StartVoterRollBody,
  UseVoterRollSetBody,
  UseVoterRollSetReply,
  VoterRoll,
} from '@sigap/contracts';
import type { VoterRollClass } from '@sigap/domain';
import { api, withQuery } from '../../lib/api';
import { uploadFile } from '../imports/imports.api';

export const VOTER_ROLLS_PATH = '/v1/voter-rolls';
export const rollPath = (id: number) => `/v1/voter-rolls/${id}`;
export const summaryPath = (id: number, region?: string) =>
  withQuery(`/v1/voter-rolls/${id}/summary`, { region });
export const rowsPath = (id: number, cls: VoterRollClass, region: string | undefined, page: number) =>
  withQuery(`/v1/voter-rolls/${id}/rows`, { class: cls, region, page, pageSize: 50 });
/** Plain links: the browser downloads them with the session cookie. */
export const rowsXlsxUrl = (id: number, cls: VoterRollClass, region?: string) =>
  `/api${withQuery(`/v1/voter-rolls/${id}/rows.xlsx`, { class: cls, region })}`;
export const evidenceUrl = (id: number, format: 'xlsx' | 'pdf', region?: string) =>
  `/api${withQuery(`/v1/voter-rolls/${id}/evidence`, { format, region })}`;

/** Uploads the extract through the imports' upload route, then starts its cross-check (one import job). */
export async function startRoll(
  v: { file: File; electionId: number; region: string },
  key: string,
): Promise<VoterRoll> {
  const { upload } = await uploadFile(v.file);
  const body: StartVoterRollBody = { uploadId: upload.id, electionId: v.electionId, region: v.region };
  return api.post<{ roll: VoterRoll }>(VOTER_ROLLS_PATH, body, key).then((r) => r.roll);
}

export const applyRollSet = (
  v: { id: number; cls: VoterRollClass; body: UseVoterRollSetBody },
  key: string,
) => api.post<UseVoterRollSetReply>(`/v1/voter-rolls/${v.id}/sets/${v.cls}/use`, v.body, key);
