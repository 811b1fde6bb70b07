import { DeliveryReportBody, DeliveryReportReply } from '@sigap/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { applyDeliveryReport, SIGNATURE_HEADER, signatureValid } from './outbox-callback';
import { outboxErrors } from './outbox-errors';

/**
 * The gateway's delivery callback, in its own plugin because the HMAC is over the exact bytes sent: this
 * scope keeps the raw JSON body (the default parser elsewhere is untouched). Public (the gateway has no
 * session), authenticated by the signature before the body is validated.
 */
export function outboxCallbackRoute(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const rawBodies = new WeakMap<FastifyRequest, string>();
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      const text = String(body);
      rawBodies.set(req, text);
      try {
        done(null, text === '' ? {} : JSON.parse(text));
      } catch {
        done(Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 }), undefined);
      }
    });
    app.addHook('preValidation', async (req) => {
      const secret = deps.config.waGateway.callbackSecret;
      if (!secret) throw outboxErrors.callbackDisabled();
      if (!signatureValid(secret, rawBodies.get(req) ?? '', req.headers[SIGNATURE_HEADER])) {
        throw outboxErrors.badSignature();
      }
    });

    app.post(
      '/api/v1/messages/callback',
      {
        config: { policy: { access: 'public' } },
        schema: {
          tags: ['messages'],
          summary: 'Delivery report from the message gateway (HMAC-signed in X-Sigap-Signature)',
          body: DeliveryReportBody,
          response: { 200: DeliveryReportReply },
        },
      },
      async (req) => applyDeliveryReport(deps.handle.db, req.body, deps.now?.() ?? new Date()),
    );
  };
}
