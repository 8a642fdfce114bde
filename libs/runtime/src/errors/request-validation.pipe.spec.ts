// Unit: a Nest app in this process with the pipe and filter installed as startApp installs them.
import type { Server } from 'node:http';
import { Body, Controller, Get, INestApplication, Param, Post, Query } from '@nestjs/common';
import request from 'supertest';
import { NameRequest, requestsApp } from './testing/requests-app';
import { nulCharacters } from './request-validation.pipe';

@Controller('requests')
class RequestsController {
  @Get('items/:id')
  item(@Param('id') id: string): { id: string } {
    return { id };
  }

  @Get('search')
  search(@Query('q') q: string): { q: string } {
    return { q };
  }

  @Post('validated')
  validated(@Body() body: NameRequest): NameRequest {
    return body;
  }

  /** A body the route reads itself, as a platform's webhook. */
  @Post('as-sent')
  asSent(@Body() body: unknown): unknown {
    return body;
  }
}

const nul = 'must not contain the NUL character (U+0000)';
const problemsOf = (res: { body: unknown }) => (res.body as { problems?: unknown }).problems;

describe('RequestValidationPipe', () => {
  let app: INestApplication<Server>;

  beforeAll(async () => {
    app = await requestsApp([RequestsController]);
  });

  afterAll(() => app.close());

  it('refuses a path parameter with a NUL character, naming it', async () => {
    const res = await request(app.getHttpServer()).get('/requests/items/ab%00c');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ problems: [{ path: 'id', message: nul }], message: [`id: ${nul}`] });
  });

  it('refuses a query parameter with a NUL character', async () => {
    const res = await request(app.getHttpServer()).get('/requests/search?q=bank%00id');
    expect(res.status).toBe(400);
    expect(problemsOf(res)).toEqual([{ path: 'q', message: nul }]);
  });

  it('refuses a body with NUL characters, each at its path', async () => {
    const res = await request(app.getHttpServer())
      .post('/requests/validated')
      .send({ name: 'Ola\u0000', aliases: [{ name: 'ok' }, { name: '\u0000' }] });
    expect(res.status).toBe(400);
    expect(problemsOf(res)).toEqual(
      expect.arrayContaining([
        { path: 'name', message: nul },
        { path: 'aliases[1].name', message: nul },
      ]),
    );
    expect(problemsOf(res)).toHaveLength(2);
  });

  it('passes text without NUL, control characters and all, on to validation', async () => {
    const ok = await request(app.getHttpServer()).post('/requests/validated').send({ name: 'Ola\tNordmann\n', aliases: [] });
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ name: 'Ola\tNordmann\n', aliases: [] });
    expect((await request(app.getHttpServer()).get('/requests/items/dev-001')).body).toEqual({ id: 'dev-001' });
  });

  it("leaves a body the route reads as it is to the route (a platform's text is not refused)", async () => {
    const res = await request(app.getHttpServer()).post('/requests/as-sent').send({ text: 'hei\u0000' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ text: 'hei\u0000' });
  });
});

describe('nulCharacters', () => {
  it('finds NUL in texts and in keys, at their paths', () => {
    expect(nulCharacters({ a: ['x', 'y\u0000'], 'b\u0000': 1, c: { d: '\u0000' } }, '')).toEqual(
      expect.arrayContaining([
        { path: 'a[1]', message: nul },
        { path: '"b\\u0000"', message: `a key ${nul}` },
        { path: 'c.d', message: nul },
      ]),
    );
    expect(nulCharacters('plain', 'id')).toEqual([]);
    expect(nulCharacters(null, '')).toEqual([]);
  });

  it('reads a value nested deeper than a call stack would go', () => {
    let deep: unknown = ['\u0000'];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nulCharacters(deep, '')).toHaveLength(1);
  });
});
