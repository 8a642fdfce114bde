import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '@inquiry-router/contracts';
import { proxyClassifierPolicy, staysUnderPolicyApi } from './classifier-policy.proxy';

describe('the /api/policy pass-through to the classifier', () => {
  const reached: string[] = [];
  const classifier = createServer((req, res) => {
    reached.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  let proxy: ReturnType<typeof proxyClassifierPolicy>;

  beforeAll(async () => {
    await new Promise<void>((resolve) => classifier.listen(0, '127.0.0.1', resolve));
    proxy = proxyClassifierPolicy(`http://127.0.0.1:${(classifier.address() as AddressInfo).port}`);
  });
  afterAll(() => new Promise((resolve) => classifier.close(resolve)));
  beforeEach(() => (reached.length = 0));

  const pass = async (originalUrl: string) => {
    const answer = { status: 0 };
    const res = {
      headersSent: false,
      status: (status: number) => ((answer.status = status), res),
      setHeader: () => res,
      end: () => res,
      json: () => res,
    };
    await proxy({ originalUrl, method: 'GET', headers: {} } as Request, res as unknown as Response, (() => undefined) as NextFunction);
    return answer.status;
  };

  it('passes paths under /api/policy on as they are', async () => {
    expect(await pass('/api/policy/drafts/d-1?limit=5')).toBe(200);
    expect(await pass('/api/policy')).toBe(200);
    expect(reached).toEqual(['/api/policy/drafts/d-1?limit=5', '/api/policy']);
  });

  it.each([
    '/api/policy/%2e%2e/%2e%2e/metrics',
    '/api/policy/%2E%2E/health/ready',
    '/api/policy/..%2f..%2fmetrics',
    '/api/policy/%2e%2e%2f%2e%2e%2fmetrics',
    '/api/policy/.%2e/metrics',
    '/api/policy/%252e%252e/metrics',
    '/api/policy/..%5c..%5cmetrics',
    '/api/policy/../metrics',
    '/api/policy/%zz',
  ])('refuses %s with 400, sending nothing on', async (path) => {
    const refused = pass(path);
    await expect(refused).rejects.toThrow(DomainError);
    await expect(refused).rejects.toMatchObject({ kind: 'invalid', message: 'the path leaves /api/policy' });
    expect(reached).toEqual([]);
  });

  it('judges the decoded path', () => {
    expect(staysUnderPolicyApi('/api/policy/drafts/utkast%201')).toBe(true);
    expect(staysUnderPolicyApi('/api/policy%2f..%2f..%2fmetrics')).toBe(false);
    expect(staysUnderPolicyApi('/api/policy/%2e/audit')).toBe(false);
  });
});
