import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError } from 'fastify';
import { classifyError, HTTP_STATUSES } from '../errors/error-kinds.js';
import { HttpError } from './http-error.js';

/** Every error body: what kind of error (the HTTP reason), a sentence for the user, and machine-readable details. */
export interface ErrorBody {
  error: string;
  message: string;
  details: Record<string, unknown> | null;
}

/** Seconds a client is asked to wait after a 503 (busy store, over the time budget, overload). */
export const RETRY_AFTER_SECONDS = 5;

/** Names the request parameter a schema validation failed on. */
function validationReply(err: FastifyError): { status: number; body: ErrorBody } {
  const v = err.validation![0]!;
  const params = v.params as {
    missingProperty?: string;
    additionalProperty?: string;
    allowedValues?: unknown[];
  };
  const parameter =
    params.missingProperty ?? params.additionalProperty ?? v.instancePath.replace(/^\//, '').split('/')[0];
  return {
    status: 400,
    body: {
      error: 'Bad Request',
      message: `${err.validationContext} parameter "${parameter}" ${v.message}`,
      details: { parameter, in: err.validationContext, allowed: params.allowedValues },
    },
  };
}

/**
 * The one mapping from a thrown error to an HTTP answer: status from the error's kind (or fastify's own status
 * for its errors: 413, 415, malformed JSON…), a body of { error, message, details }, never a stack trace.
 */
export function errorReply(err: unknown): { status: number; body: ErrorBody; internal: boolean } {
  const fe = err as FastifyError;
  if (fe?.validation) return { ...validationReply(fe), internal: false };
  if (!(err instanceof HttpError) && typeof fe?.statusCode === 'number' && fe.statusCode < 500 && fe.code)
    return {
      status: fe.statusCode,
      body: {
        error: STATUS_CODES[fe.statusCode] ?? 'Error',
        message: fe.message,
        details: { code: fe.code },
      },
      internal: false,
    };
  const e = classifyError(err);
  const status = err instanceof HttpError ? err.statusCode : HTTP_STATUSES[e.kind];
  const internal = e.kind === 'internal';
  return {
    status,
    body: {
      error: err instanceof HttpError ? err.error : (STATUS_CODES[status] ?? 'Error'),
      // A bug's message may name internals; the log has it, the client gets a plain sentence.
      message: internal ? 'internal error; the server log has the details' : e.message,
      details: internal ? null : e.details,
    },
    internal,
  };
}

/** Errors Node's HTTP parser raises before fastify sees a request (headers too large, malformed request). */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'the request line and headers are too large (at most 16 KB)']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request took too long to arrive']
        : [400, 'malformed HTTP request'];
  const body = JSON.stringify({ error: STATUS_CODES[status], message, details: { code: err.code ?? null } });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(err);
}
