/**
 * Every error leaves the platform as `{ code, message, issues? }` with a 4xx/5xx status: `code`
 * is stable for the console to word, `message` is for people reading logs. Nothing half-done is
 * committed on an error: handlers do their writes in one transaction.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ErrorResponse } from '../../domain/sync/protocol';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: ErrorResponse['issues'],
  ) {
    super(message);
  }
}

/** Parses `value` with `schema` or fails with 400 'invalid_request' naming each bad field. */
export function parseOr400<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  part: string,
): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  throw new HttpError(
    400,
    'invalid_request',
    first ? `${first.path}: ${first.message}` : `invalid ${part}`,
    issues,
  );
}

const fastifyCodes: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_request'],
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      const body: ErrorResponse = { code: error.code, message: error.message };
      if (error.issues) body.issues = error.issues;
      return reply.status(error.statusCode).send(body);
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.status(known[0]).send({ code: known[1], message: error.message });
    if (error instanceof SyntaxError || error.statusCode === 400) {
      return reply.status(400).send({ code: 'invalid_json', message: error.message });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ code: 'bad_request', message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ code: 'internal', message: 'the platform failed; try again' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      code: 'not_found',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}
