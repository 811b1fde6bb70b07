import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errors } from '../errors';
import { validationErrorFromFastify } from './validation';

/** Every failure leaves the API as `{ error, message, messageEn, details? }`. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let appError: AppError;
    if (err instanceof AppError) {
      appError = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      appError = validationErrorFromFastify(err.validation, err.validationContext);
    } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
      appError = new AppError(
        'payload_too_large',
        413,
        'Data yang dikirim terlalu besar.',
        'The request body is too large.',
      );
    } else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      appError = new AppError(
        'unsupported_media_type',
        415,
        'Jenis data tidak didukung; kirim JSON.',
        'Unsupported content type; send JSON.',
      );
    } else if (err.statusCode === 400) {
      appError = new AppError('bad_request', 400, 'Permintaan tidak valid.', `Bad request: ${err.message}`);
    } else {
      request.log.error({ err }, 'unhandled error');
      appError = errors.internal();
    }
    if (appError.status >= 500 && err instanceof AppError) request.log.error({ err }, 'server error');
    // RFC 9110: a 429 should say when to come back; a rate limit without its own figure says a minute.
    if (appError.status === 429) reply.header('retry-after', String(appError.retryAfterSeconds ?? 60));
    return reply.status(appError.status).send(appError.toBody());
  });
}
