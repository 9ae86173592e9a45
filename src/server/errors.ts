// One error shape for the API, and GOV.UK pages for the browser. Stack traces and internal messages
// never leave the server; they go to the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { renderPage } from './render.tsx';
import { MessagePage } from '../../web/src/pages/message.tsx';

export const ErrorBody = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    message: Type.String(),
    field: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type ErrorBody = Static<typeof ErrorBody>;

export const wantsJson = (request: FastifyRequest): boolean => request.url.startsWith('/api/');

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class SignInRequired extends Error {
  constructor() {
    super('Sign in first');
  }
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error' };

function validationDetail(error: FastifyError): { field: string; message: string } | null {
  const first = error.validation?.[0];
  if (!first) return null;
  const context = error.validationContext ?? 'request';
  const params = first.params as Record<string, unknown>;
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (first.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    const field = [context, path, params.additionalProperty].filter(Boolean).join('.');
    return { field, message: `${field} is not a recognised field` };
  }
  if (first.keyword === 'required' && typeof params.missingProperty === 'string') {
    const field = [context, path, params.missingProperty].filter(Boolean).join('.');
    return { field, message: `${field} is required` };
  }
  const field = [context, path].filter(Boolean).join('.');
  return { field, message: `${field} ${first.message ?? 'is not valid'}` };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, statusCode: number, message: string, field?: string): FastifyReply {
  if (wantsJson(request)) {
    const body: ErrorBody = { statusCode, error: REASONS[statusCode] ?? 'Error', message, ...(field ? { field } : {}) };
    return reply.code(statusCode).type('application/json').send(body);
  }
  const title = statusCode === 404 ? 'Page not found' : statusCode === 400 ? 'There is a problem with your request' : statusCode === 403 ? 'You cannot do that' : 'Sorry, there is a problem with the service';
  const paragraphs = statusCode === 404 ? ['If you typed the web address, check it is correct.', 'If you followed a link to a child’s record, you may not have access to it.'] : [message];
  return renderPage(reply.code(statusCode), MessagePage({ title, paragraphs, nav: [], user: null, csrfToken: null }));
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.validation) {
    const detail = validationDetail(error);
    return sendError(request, reply, 400, detail?.message ?? 'The request is not valid', detail?.field);
  }
  if (error instanceof SignInRequired) {
    if (wantsJson(request)) return sendError(request, reply, 401, 'Sign in first');
    return reply.redirect('/sign-in');
  }
  if (error instanceof HttpError) return sendError(request, reply, error.statusCode, error.message, error.field);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors (malformed JSON, body too large, unsupported media type).
    return sendError(request, reply, error.statusCode, error.statusCode === 415 ? 'Unsupported content type' : 'The request is not valid');
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(request, reply, 500, 'Try again later.');
}
