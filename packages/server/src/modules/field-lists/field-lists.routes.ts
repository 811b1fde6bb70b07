import { FieldListExportQuery, FieldListPage, FieldListQuery } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { sendFile } from '../exports';
import { exportFieldList, fieldListPage } from './field-lists.service';

export function fieldListsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/field-lists',
      {
        config: { policy: { action: 'resident.field_list', region: 'query:region' } },
        schema: {
          tags: ['field-lists'],
          summary:
            'The residents behind a count of a district or village (not recorded, PRR waiting, to re-record), in walking order (audited)',
          querystring: FieldListQuery,
          response: { 200: FieldListPage },
        },
      },
      async (req) => fieldListPage(deps.handle, requireContext(req), req.query),
    );
    app.get(
      '/api/v1/field-lists/export',
      {
        config: { policy: { action: 'resident.field_list', region: 'query:region' } },
        schema: {
          tags: ['field-lists'],
          summary:
            'The same list as an XLSX workbook or a printable A4 PDF for door-to-door visits (audited)',
          querystring: FieldListExportQuery,
        },
      },
      async (req, reply) =>
        sendFile(reply, await exportFieldList(deps.handle, requireContext(req), req.query, deps.now?.())),
    );
  };
}
