import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errors } from '../errors';
import { AnswerElsewhere } from './answer-elsewhere';
import { validationErrorFromFastify } from './validation';

type Template = readonly [id: string, status: number, messageId: string, messageEn: string];

/**
 * The client errors Fastify, its content-type parsers and plugins raise, by HTTP status. Their own
 * messages are never passed on: several quote the request (a JSON parse error quotes the body, a bad URL
 * or an over-long parameter quotes the path).
 */
const BAD_REQUEST: Template = ['bad_request', 400, 'Permintaan tidak valid.', 'Bad request.'];
const CLIENT_ERRORS: Record<number, Template> = {
  408: ['request_timeout', 408, 'Permintaan terlalu lama dikirim.', 'The request took too long to arrive.'],
  413: ['payload_too_large', 413, 'Data yang dikirim terlalu besar.', 'The request body is too large.'],
  414: ['uri_too_long', 414, 'Alamat yang diminta terlalu panjang.', 'The requested address is too long.'],
  415: [
    'unsupported_media_type',
    415,
    'Jenis data tidak didukung untuk alamat ini.',
    'Unsupported content type for this address.',
  ],
  431: ['headers_too_large', 431, 'Header permintaan terlalu besar.', 'The request headers are too large.'],
};

/** Codes whose status does not say what the client should change; they are answered as another status. */
const BY_CODE: Record<string, number> = {
  // An empty body sent as JSON: the caller sent the wrong kind of request rather than bad JSON.
  FST_ERR_CTP_EMPTY_JSON_BODY: 415,
  // @fastify/multipart answers 406 for a request that is not multipart: that is a content-type problem.
  FST_INVALID_MULTIPART_CONTENT_TYPE: 415,
  FST_ERR_MAX_PARAM_LENGTH: 414,
};

/** The standard error for a framework or plugin error with a client status, or null for a server fault. */
export function clientErrorFor(code: string | undefined, status: number | undefined): AppError | null {
  const mapped = (code === undefined ? undefined : BY_CODE[code]) ?? status;
  if (mapped === undefined || mapped < 400 || mapped >= 500) return null;
  // Any other 4xx (405, 406…) is a request the client must change; one generic 400 says so.
  const [id, s, messageId, messageEn] = CLIENT_ERRORS[mapped] ?? BAD_REQUEST;
  return new AppError(id, s, messageId, messageEn);
}

/** Every failure leaves the API as `{ error, message, messageEn, details? }`. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (err: FastifyError, request, reply) => {
    let appError: AppError;
    if (err instanceof AnswerElsewhere) {
      const refused = await err.answer(reply);
      if (!refused) return reply;
      appError = refused;
    } else if (err instanceof AppError) {
      appError = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      appError = validationErrorFromFastify(err.validation, err.validationContext);
    } else {
      const client = clientErrorFor(err.code, err.statusCode);
      if (client) {
        request.log.info({ code: err.code }, 'client error');
        appError = client;
      } else {
        request.log.error({ err }, 'unhandled error');
        appError = errors.internal();
      }
    }
    if (appError.status >= 500 && err instanceof AppError) request.log.error({ err }, 'server error');
    // RFC 9110: a 429 should say when to come back; a rate limit without its own figure says a minute.
    if (appError.status === 429) reply.header('retry-after', String(appError.retryAfterSeconds ?? 60));
    return reply.status(appError.status).send(appError.toBody());
  });
}
