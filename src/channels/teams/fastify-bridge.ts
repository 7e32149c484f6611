import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Request, WebResponse } from '@microsoft/agents-hosting';

/** The SDK's view of a fastify request: body, headers and method are all its adapter reads. */
export function toSdkRequest(request: FastifyRequest): Request {
  return {
    body: (request.body ?? undefined) as Record<string, unknown> | undefined,
    headers: request.headers as Record<string, string | string[] | undefined>,
    method: request.method,
  };
}

/**
 * An Express-style response over a fastify reply, as the SDK's adapter and JWT middleware write
 * to one: status, then maybe a body, then end. The reply is sent once, on `end()` or `flush()`
 * (the JWT middleware sends a 401 body without calling end).
 */
export function toSdkResponse(reply: FastifyReply): WebResponse & { flush(): void } {
  let status = 200;
  let body: unknown;
  let ended = false;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    setHeader(name: string, value: string) {
      void reply.header(name, value);
      return res;
    },
    send(payload?: unknown) {
      body = payload;
      return res;
    },
    end() {
      if (ended) return res;
      ended = true;
      void reply.code(status).send(body ?? '');
      return res;
    },
    get headersSent() {
      return reply.sent;
    },
    get writableEnded() {
      return ended;
    },
    flush() {
      res.end();
    },
  };
  return res;
}
