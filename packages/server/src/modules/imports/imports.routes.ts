import fastifyMultipart from '@fastify/multipart';
import {
  IdParam,
  ImportErrorPage,
  ImportJobPage,
  ImportJobReply,
  ImportPageQuery,
  StartImportBody,
  UploadResponse,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { hasForbiddenCharacters, invalidCharacters } from '../../http/input-characters';
import { IMPORT_JOB } from './import-job';
import { importErrors } from './imports.errors';
import {
  errorReport,
  getImport,
  listErrors,
  listImports,
  receiveUpload,
  startImport,
} from './imports.service';

/** A full province extract is a few hundred megabytes; anything bigger is not a SIAK extract. */
const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

export function importsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });

    app.post(
      '/api/v1/imports/uploads',
      {
        config: { policy: { action: 'resident.import', region: 'own' } },
        schema: {
          tags: ['imports'],
          summary: 'Upload a SIAK extract (multipart field "file"); returns a preview',
          response: { 201: UploadResponse },
        },
      },
      async (req, reply) => {
        const ctx = requireContext(req);
        if (!req.isMultipart()) throw importErrors.notMultipart();
        let file: Awaited<ReturnType<typeof req.file>>;
        try {
          file = await req.file();
        } catch (err) {
          // A multipart body without a boundary, or cut off before its first part: the client's fault.
          throw Object.assign(importErrors.uploadIncomplete(), { cause: err });
        }
        if (!file) throw importErrors.fileMissing();
        // The file name is kept and shown; the global input check cannot see inside a multipart body.
        if (hasForbiddenCharacters(file.filename)) {
          file.file.resume();
          throw invalidCharacters('file');
        }
        const result = await receiveUpload(ctx, deps.config.dataDir, file.file, file.filename);
        if (file.file.truncated) {
          throw importErrors.fileTooLarge();
        }
        return reply.status(201).send(result);
      },
    );

    app.post(
      '/api/v1/imports',
      {
        config: { policy: { action: 'resident.import', region: 'own' } },
        schema: {
          tags: ['imports'],
          summary: 'Start importing an upload; runs in the background',
          body: StartImportBody,
          response: { 202: ImportJobReply },
        },
      },
      async (req, reply) => {
        const job = await startImport(deps.handle, requireContext(req), deps.config.dataDir, req.body, () =>
          deps.jobs?.wake(IMPORT_JOB),
        );
        return reply.status(202).send({ job });
      },
    );

    app.get(
      '/api/v1/imports',
      {
        config: { policy: { action: 'resident.import', region: 'own' } },
        schema: {
          tags: ['imports'],
          summary: 'Import jobs inside your scope, newest first',
          querystring: ImportPageQuery,
          response: { 200: ImportJobPage },
        },
      },
      async (req) => listImports(deps.handle, requireContext(req), req.query),
    );

    app.get(
      '/api/v1/imports/:id',
      {
        config: { policy: { action: 'resident.import', region: 'row:import' } },
        schema: {
          tags: ['imports'],
          summary: 'One import job with its progress and counts',
          params: IdParam,
          response: { 200: ImportJobReply },
        },
      },
      async (req) => ({ job: await getImport(deps.handle, requireContext(req), req.params.id) }),
    );

    app.get(
      '/api/v1/imports/:id/errors',
      {
        config: { policy: { action: 'resident.import', region: 'row:import' } },
        schema: {
          tags: ['imports'],
          summary: 'Rejected rows of an import by line, with column and reason',
          params: IdParam,
          querystring: ImportPageQuery,
          response: { 200: ImportErrorPage },
        },
      },
      async (req) => listErrors(deps.handle, requireContext(req), req.params.id, req.query),
    );

    app.get(
      '/api/v1/imports/:id/errors.csv',
      {
        config: { policy: { action: 'resident.import', region: 'row:import' } },
        schema: {
          tags: ['imports'],
          summary: 'The error report as CSV (baris, kolom, kode, pesan, message)',
          params: IdParam,
        },
      },
      async (req, reply) => {
        const { job, csv } = await errorReport(deps.handle, requireContext(req), req.params.id);
        const name = `laporan-kesalahan-impor-${job.id}.csv`;
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(csv);
      },
    );
  };
}
