import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { errors } from '../errors';
import { clientErrorFor } from './error-handler';

/*
 * Errors raised before a request reaches a route, so the error handler never sees them. Fastify's own
 * answers quote the path ("'/api/v1/users/%zz' is not a valid url component") and use another body shape;
 * these give the standard body and echo nothing.
 */

/** A bad %-encoding (400) or a path parameter over `maxParamLength` (414), found while routing. */
function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const appError = clientErrorFor(err.code, err.statusCode) ?? errors.internal();
  // No route, so no onSend hooks: the no-store of every other API answer is set here.
  void reply.status(appError.status).header('Cache-Control', 'no-store').send(appError.toBody());
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

function statusOfParserError(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/** The HTTP response for a request Node's parser refused (malformed request line, headers over 16 KiB). */
export function clientErrorResponse(code: string | undefined): string {
  const status = statusOfParserError(code);
  const appError = clientErrorFor(undefined, status) ?? errors.internal();
  const body = JSON.stringify(appError.toBody());
  return [
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Content-Type: application/json; charset=utf-8',
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Node's 'clientError': the request could not even be parsed, so there is no request object. Like Node's
 * own handler it answers once, if the socket can still be written, and closes the connection.
 */
function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(clientErrorResponse(err.code));
  socket.destroy(err);
}

export const frameworkErrorOptions = {
  frameworkErrors,
  clientErrorHandler,
} satisfies Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'>;
