import type { ImportJob } from '@sigap/contracts';
import { expect } from 'vitest';
import type { Client } from '../helpers/client';
import { type FilePart, loginSession, type Session, uploadFile } from '../helpers/multipart';
import type { TestEnv } from '../helpers/test-env';

export interface UploadBody {
  upload: { id: string; fileName: string; size: number; sha256: string };
  preview: {
    format: 'csv' | 'xlsx';
    delimiter: string | null;
    header: string[];
    rows: string[][];
    targets: { name: string; required: boolean }[];
    statusTargets: { name: string; required: boolean }[];
    suggestedMapping: Record<string, string | null>;
    suggestedStatusMapping: Record<string, string | null>;
  };
}

export interface ImportErrorPage {
  items: { line: number; column: string | null; code: string; message: string; messageEn: string }[];
  total: number;
}

/** A user acting in the import screens: a JSON client and a session for multipart uploads. */
export interface Importer {
  username: string;
  client: Client;
  session: Session;
}

export async function importer(env: TestEnv, username: string): Promise<Importer> {
  return { username, client: await env.as(username), session: await loginSession(env.app, username) };
}

/** Uploads a file and expects 201 with a preview. */
export async function uploadOk(env: TestEnv, who: Importer, file: string | FilePart): Promise<UploadBody> {
  const r = await uploadFile<UploadBody>(env.app, who.session, file);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const FINISHED = new Set(['done', 'failed']);

/** Polls a job until it is done or failed (or fails the test after `timeoutMs`). */
export async function waitForJob(client: Client, id: number, timeoutMs = 20_000): Promise<ImportJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.get<{ job: ImportJob }>(`/api/v1/imports/${id}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    if (FINISHED.has(r.body.job.status)) return r.body.job;
    if (Date.now() > deadline)
      throw new Error(`import ${id} still ${r.body.job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts an import of an upload (202) and waits until it finishes. */
export async function importUpload(
  who: Importer,
  uploadId: string,
  kind: 'residents' | 'status' = 'residents',
): Promise<ImportJob> {
  const r = await who.client.post<{ job: ImportJob }>('/api/v1/imports', { uploadId, kind });
  expect(r.status, JSON.stringify(r.body)).toBe(202);
  expect(r.body.job).toMatchObject({ kind, username: who.username });
  // A small file may already have ended when the answer is built: done, or failed if every row was refused.
  expect(['queued', 'running', 'done', 'failed']).toContain(r.body.job.status);
  return waitForJob(who.client, r.body.job.id);
}

/** Upload then import: the whole flow of the import screen. */
export async function importFile(
  env: TestEnv,
  who: Importer,
  file: string | FilePart,
  kind: 'residents' | 'status' = 'residents',
): Promise<ImportJob> {
  const { upload } = await uploadOk(env, who, file);
  return importUpload(who, upload.id, kind);
}

/** All error rows of a job as [line, column, code], in line order. */
export async function errorTriples(
  client: Client,
  jobId: number,
): Promise<[number, string | null, string][]> {
  const r = await client.get<ImportErrorPage>(`/api/v1/imports/${jobId}/errors?pageSize=200`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.total).toBe(r.body.items.length);
  return r.body.items.map((e) => [e.line, e.column, e.code]);
}
