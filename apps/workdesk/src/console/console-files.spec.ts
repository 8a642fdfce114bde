import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { serveConsole } from './console-files';

describe('serveConsole', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'console-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>konsoll</title>');
  writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'no');
  const app = express();
  app.use(serveConsole(root));
  app.use((_req, res) => void res.status(404).send('api'));

  it('serves files, hashed assets cached for long', async () => {
    const res = await request(app).get('/assets/app-1234.js').expect(200);
    expect(res.headers['content-type']).toContain('text/javascript');
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it("answers the app's own routes with index.html", async () => {
    const res = await request(app).get('/veileder/henvendelser/inq-1').expect(200);
    expect(res.text).toContain('konsoll');
    expect((await request(app).get('/development/sent').expect(200)).text).toContain('konsoll');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API, probes, the status page, missing files and paths outside the folder alone', async () => {
    await request(app).get('/api/live').expect(404, 'api');
    await request(app).get('/health/ready').expect(404, 'api');
    await request(app).get('/status').expect(404, 'api');
    await request(app).get('/development/clock').expect(404, 'api');
    await request(app).get('/assets/missing.js').expect(404, 'api');
    await request(app).get('/..%2fsecret.txt').expect(404, 'api');
    await request(app).post('/supervisor').expect(404, 'api');
  });
});
