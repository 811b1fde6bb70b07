import {
  PutReportCutoffBody,
  PutSettingBody,
  SettingKeyParams,
  SettingReply,
  SettingsQuery,
  SettingsResponse,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { letterheadRoutes } from './letterhead.routes';
import { listSettings, putSetting } from './settings.service';

export function settingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/settings',
      {
        config: { policy: { action: 'settings.manage', region: 'query:scope' } },
        schema: {
          tags: ['settings'],
          summary: 'Office settings in force at a scope (stored there, inherited, or default)',
          querystring: SettingsQuery,
          response: { 200: SettingsResponse },
        },
      },
      async (req) => listSettings(deps.handle, requireContext(req), req.query.scope),
    );
    app.put(
      '/api/v1/settings/report-cutoff',
      {
        config: { policy: { action: 'settings.manage', region: 'body:scope' } },
        schema: {
          tags: ['settings'],
          summary: 'Set the local hour by which daily reports count as on time (province or national)',
          body: PutReportCutoffBody,
          response: { 200: SettingReply },
        },
      },
      async (req) => ({
        setting: await putSetting(
          deps.handle,
          requireContext(req),
          req.body.scope,
          'report_cutoff_hour',
          req.body.hour,
        ),
      }),
    );
    app.put(
      '/api/v1/settings/:key',
      {
        config: { policy: { action: 'settings.manage', region: 'body:scope' } },
        schema: {
          tags: ['settings'],
          summary: 'Set any known setting at a scope; the value is checked against that setting',
          params: SettingKeyParams,
          body: PutSettingBody,
          response: { 200: SettingReply },
        },
      },
      async (req) => ({
        setting: await putSetting(
          deps.handle,
          requireContext(req),
          req.body.scope,
          req.params.key,
          req.body.value,
        ),
      }),
    );
    // The kop surat has its own route and body; it is stored as the `letterhead` setting.
    await app.register(letterheadRoutes(deps));
  };
}
