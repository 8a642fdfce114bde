import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '@inquiry-router/contracts';

const Passed = ['authorization', 'content-type', 'accept', 'accept-language'];

/**
 * `/api/policy…` on the workdesk is the classifier's policy API (agreements, drafts, simulate,
 * publish, audit), so the console served from here reaches it on its own origin. The caller's
 * token goes along and the classifier checks it; answers come back as they are.
 */
export function proxyClassifierPolicy(classifierUrl: string) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (!staysUnderPolicyApi(req.originalUrl)) throw new DomainError('invalid', 'the path leaves /api/policy');
    try {
      const headers: Record<string, string> = {};
      for (const name of Passed) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.body !== undefined;
      if (hasBody) headers['content-type'] = 'application/json';
      const answer = await fetch(`${classifierUrl}${req.originalUrl}`, {
        method: req.method,
        headers,
        body: hasBody ? JSON.stringify(req.body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      res.status(answer.status);
      for (const name of ['content-type', 'www-authenticate']) {
        const value = answer.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      if (res.headersSent) return next(error);
      res.status(502).json({ statusCode: 502, message: `the classifier did not answer: ${(error as Error).message}` });
    }
  };
}

/**
 * Whether a request path, decoded as often as it is encoded, stays under `/api/policy`: a `..`
 * however written (`%2e%2e`, `..%2f`, `%252e`, a backslash) would otherwise reach the classifier's
 * other endpoints, since the URL the request is passed on with resolves dot segments.
 */
export function staysUnderPolicyApi(originalUrl: string): boolean {
  let path = originalUrl.split('?')[0];
  for (let rounds = 0; ; rounds++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return false;
    }
    if (decoded === path) break;
    if (rounds === 3) return false;
    path = decoded;
  }
  const segments = path.replace(/\\/g, '/').split('/');
  return /^\/api\/policy(\/|$)/.test(path) && !segments.some((segment) => segment === '.' || segment === '..');
}
