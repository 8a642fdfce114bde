import { LoggerModule } from 'nestjs-pino';
import pino, { Logger as PinoLogger, LoggerOptions } from 'pino';
import type { Options as HttpLoggerOptions } from 'pino-http';
import { maskPersonalData, maskText } from './mask-personal-data';

/** A request URL for the log: personal data masked, and secrets in the query (verify tokens, access tokens) hidden. */
export function maskUrl(url: string): string {
  return maskText(url).replace(/([?&][^=&]*(?:token|secret|signature|password|key)[^=&]*=)[^&]*/gi, '$1***');
}

/** Pino options shared by apps and CLIs: JSON to stdout (or stderr), personal data masked. */
export function pinoOptions(app: string, level: string): LoggerOptions {
  return {
    name: app,
    level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (record) => maskPersonalData(record) as Record<string, unknown>,
    },
    hooks: {
      // The message string is not passed through formatters.log, so mask it here.
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? maskText(a) : a)) as Parameters<typeof method>);
      },
    },
  };
}

/** A logger for code outside Nest (CLIs, the launcher); CLIs log to stderr so stdout stays data. */
export function createLogger(app: string, level = process.env.LOG_LEVEL ?? 'info', toStderr = false): PinoLogger {
  return pino(pinoOptions(app, level), toStderr ? pino.destination(2) : pino.destination(1));
}

/** The request log's options: one line a request, with its method, masked URL, status and time. */
export function requestLogOptions(app: string, level: string): HttpLoggerOptions {
  return {
    ...pinoOptions(app, level),
    // Health probes and scrapes every few seconds are noise.
    autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
    // The serializers below take what they read straight from the request and from the record's
    // response (reduced to its status by the masking, which runs first): pino-http's wrapping
    // would read the status as unsent from anything but the response itself.
    wrapSerializers: false,
    // A 5xx is the service's own failure: an error to alert on. A 4xx is the caller's, answered with its reason.
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: maskUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

export function loggerModule(app: string, level: string) {
  return LoggerModule.forRoot({
    pinoHttp: [
      requestLogOptions(app, level),
      // Written asynchronously: a line a request costs no write to stdout on the request's path
      // (lines that pile up while one write is out go in the next); pino flushes what is left
      // when the process exits.
      pino.destination({ dest: 1, sync: false }),
    ],
  });
}
