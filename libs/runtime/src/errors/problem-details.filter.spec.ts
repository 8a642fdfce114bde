// Unit: a Nest app in this process with the pipe and filter installed as startApp installs them.
import type { Server } from 'node:http';
import { BadRequestException, Body, Controller, Get, INestApplication, Post, UseFilters } from '@nestjs/common';
import request from 'supertest';
import { DomainError } from '@inquiry-router/contracts';
import { ProblemDetailsFilter } from './problem-details.filter';
import { NameRequest, requestsApp } from './testing/requests-app';

@Controller('errors')
class FailingController {
  @Get('not-found')
  notFound(): never {
    throw new DomainError('not-found', 'no inquiry x-1');
  }

  @Get('invalid')
  invalid(): never {
    throw new DomainError('invalid', 'the draft has 2 problem(s)', {
      problems: [
        { path: 'agencies[0].code', message: 'must be upper case' },
        { path: '', message: 'changes nothing' },
      ],
    });
  }

  @Get('busy')
  busy(): never {
    throw new DomainError('busy', 'a simulation is running', { retryAfterSeconds: 5 });
  }

  @Get('http')
  http(): never {
    throw new BadRequestException('choice must be 1, 2, 3 or 4');
  }

  @Get('too-large')
  tooLarge(): never {
    // As body-parser (http-errors) raises it, before any handler runs.
    throw Object.assign(new Error('request entity too large'), { statusCode: 413, status: 413, type: 'entity.too.large' });
  }

  @Get('crash')
  crash(): never {
    throw new Error('connection to 10.0.0.1 lost for ola@example.no');
  }

  @Post('validated')
  validated(@Body() body: NameRequest): NameRequest {
    return body;
  }
}

/** Public pages: a browser gets a problem as a page. */
@Controller('page')
@UseFilters(
  new ProblemDetailsFilter(
    (problem, req) => `<p lang="${req.acceptsLanguages('nb', 'en') || 'nb'}">${problem.status} ${problem.detail}</p>`,
  ),
)
class PageController {
  @Post('validated')
  validated(@Body() body: NameRequest): NameRequest {
    return body;
  }
}

describe('ProblemDetailsFilter', () => {
  let app: INestApplication<Server>;

  beforeAll(async () => {
    app = await requestsApp([FailingController, PageController]);
  });

  afterAll(() => app.close());

  // Every answer is problem details (RFC 9457), with the whole document as the caller reads it.
  it.each([
    {
      answers: 'answers a domain error by its kind, as problem details',
      path: '/errors/not-found',
      status: 404,
      body: {
        type: 'urn:inquiry-router:problem:not-found',
        title: 'Not Found',
        status: 404,
        detail: 'no inquiry x-1',
        message: 'no inquiry x-1',
      },
    },
    {
      answers: 'lists the problems of an invalid input, and each as a message',
      path: '/errors/invalid',
      status: 400,
      body: {
        type: 'urn:inquiry-router:problem:invalid',
        title: 'Bad Request',
        status: 400,
        detail: 'the draft has 2 problem(s)',
        problems: [
          { path: 'agencies[0].code', message: 'must be upper case' },
          { path: '', message: 'changes nothing' },
        ],
        message: ['agencies[0].code: must be upper case', 'changes nothing'],
      },
    },
    {
      answers: 'tells a busy caller when to come back',
      path: '/errors/busy',
      status: 429,
      retryAfter: '5',
      body: {
        type: 'urn:inquiry-router:problem:busy',
        title: 'Too Many Requests',
        status: 429,
        detail: 'a simulation is running',
        message: 'a simulation is running',
      },
    },
    {
      answers: "answers Nest's HTTP exceptions in the same shape",
      path: '/errors/http',
      status: 400,
      body: {
        type: 'urn:inquiry-router:problem:invalid',
        title: 'Bad Request',
        status: 400,
        detail: 'choice must be 1, 2, 3 or 4',
        message: 'choice must be 1, 2, 3 or 4',
      },
    },
    {
      answers: "answers Express middleware's errors with their own status",
      path: '/errors/too-large',
      status: 413,
      body: {
        type: 'about:blank',
        title: 'Payload Too Large',
        status: 413,
        detail: 'request entity too large',
        message: 'request entity too large',
      },
    },
    {
      answers: 'answers anything unforeseen with 500 and tells the caller nothing of the cause',
      path: '/errors/crash',
      status: 500,
      body: {
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'Internal server error',
        message: 'Internal server error',
      },
    },
  ])('$answers', async ({ path, status, retryAfter, body }) => {
    const res = await request(app.getHttpServer()).get(path);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe(retryAfter);
    expect(res.body).toEqual(body);
  });

  it("answers the validation pipe's refusals in the same shape as Nest's HTTP exceptions", async () => {
    const validated = await request(app.getHttpServer())
      .post('/errors/validated')
      .send({ name: 7, extra: true, aliases: [{ name: 'a' }, { name: 8 }] });
    expect(validated.status).toBe(400);
    const body = validated.body as { message: string[]; detail: string; problems: unknown[] };
    expect(body.message).toEqual(['property extra should not exist', 'name must be a string', 'aliases.1.name must be a string']);
    expect(body.detail).toBe('property extra should not exist; name must be a string; aliases.1.name must be a string');
    expect(body.problems).toEqual([
      { path: 'extra', message: 'property extra should not exist' },
      { path: 'name', message: 'name must be a string' },
      { path: 'aliases[1].name', message: 'name must be a string' },
    ]);
  });

  it('answers a browser with the page of a controller that gives one, and anyone else with problem details', async () => {
    const browser = await request(app.getHttpServer())
      .post('/page/validated')
      .set('accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')
      .set('accept-language', 'en-GB,en;q=0.9')
      .type('form')
      .send({ name: 'a', extra: 'x' });
    expect(browser.status).toBe(400);
    expect(browser.headers['content-type']).toMatch(/^text\/html/);
    expect(browser.text).toBe('<p lang="en">400 property extra should not exist</p>');
    expect(browser.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );

    const client = await request(app.getHttpServer())
      .post('/page/validated')
      .set('accept', 'application/json')
      .send({ name: 'a', extra: 'x' });
    expect(client.status).toBe(400);
    expect(client.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((client.body as { detail: string }).detail).toBe('property extra should not exist');

    // Elsewhere a browser gets problem details too: those routes are for the console and API clients.
    const elsewhere = await request(app.getHttpServer())
      .post('/errors/validated')
      .set('accept', 'text/html')
      .send({ name: 'a', extra: 'x' });
    expect(elsewhere.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
