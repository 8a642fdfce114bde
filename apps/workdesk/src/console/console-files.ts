import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

const ContentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Paths that belong to the API, the public status and survey pages, the apps' probes and the
 * development clock (a route of every app outside production, and nothing in production), never
 * to the console. The console's own development pages live beside the clock, under /development/.
 */
const NotConsole = /^\/(api|health|metrics|status|survey|\.well-known|development\/clock)(\/|$)/;

function fileIn(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built console: its files as they are (hashed assets cached for a year), and
 * `index.html` for any other GET outside /api, /health, /metrics, /status, /survey, /.well-known and
 * /development/clock, so the single-page app's own routes load on reload. Without a built console
 * it passes everything on.
 */
export function serveConsole(root: string) {
  const index = path.join(root, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NotConsole.test(req.path)) return next();
    const file = fileIn(root, req.path) ?? (path.extname(req.path) === '' ? fileIn(root, '/index.html') : null);
    if (!file) return next();
    res.setHeader('content-type', ContentTypes[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader(
      'cache-control',
      file.startsWith(path.join(root, 'assets') + path.sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    if (file === index)
      res.setHeader(
        'content-security-policy',
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
      );
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).on('error', next).pipe(res);
  };
}
