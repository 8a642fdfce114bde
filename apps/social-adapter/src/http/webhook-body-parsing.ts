import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { problemDocument } from '@inquiry-router/runtime';
import { SocialAdapterEnv } from '../social-adapter.env';

/**
 * Installs the JSON and form body parsers with our size limit (Nest's default is 100 kB), keeping
 * the raw body for signatures, and answers their refusals (malformed JSON, too large, bad
 * charset) as problem details with the reason, as every other error is answered, instead of
 * Express's HTML page. It runs while Nest builds the providers, before `app.init()`, so Nest sees
 * the parsers are there and does not add its own;
 * a `bodyLimit` option on startApp would make this unnecessary.
 */
@Injectable()
export class WebhookBodyParsing {
  constructor(host: HttpAdapterHost, env: SocialAdapterEnv) {
    const adapter = host.httpAdapter as unknown as {
      useBodyParser(type: 'json' | 'urlencoded', rawBody: boolean, options: object): void;
      use(handler: (err: unknown, req: Request, res: Response, next: NextFunction) => void): void;
    };
    adapter.useBodyParser('json', true, { limit: env.SOCIAL_BODY_LIMIT_BYTES });
    adapter.useBodyParser('urlencoded', true, { limit: env.SOCIAL_BODY_LIMIT_BYTES, extended: true });
    adapter.use(answerBodyParserError(env.SOCIAL_BODY_LIMIT_BYTES));
  }
}

const reasons: Record<string, string> = {
  'entity.parse.failed': 'the body is not valid JSON',
  'encoding.unsupported': 'unsupported content encoding',
  'charset.unsupported': 'unsupported charset',
  'request.aborted': 'the request was aborted',
  'request.size.invalid': 'the body is shorter or longer than its content-length',
};

export function answerBodyParserError(limit: number) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const e = err as { type?: string; status?: number; statusCode?: number };
    if (!e || typeof e !== 'object' || typeof e.type !== 'string' || res.headersSent) return next(err);
    const asked = e.status ?? e.statusCode ?? 400;
    const status = e.type === 'entity.too.large' ? 413 : asked >= 400 && asked < 500 ? asked : 400;
    const message =
      e.type === 'entity.too.large'
        ? `the body is larger than ${limit} bytes`
        : (reasons[e.type] ?? `the body could not be read (${e.type})`);
    res
      .status(status)
      .type('application/problem+json')
      .send(JSON.stringify(problemDocument(status, message)));
  };
}
