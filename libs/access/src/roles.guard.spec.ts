// Unit: a Nest app in this process with AccessModule, and a local OpenID Connect provider (discovery and JWKS over HTTP).
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import request from 'supertest';
import { loadConfig } from '@inquiry-router/runtime';
import { AccessEnv } from './access.env';
import { AccessModule } from './access.module';
import { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './current-user.decorator';
import { Operators, Supervisors } from './role-sets';
import { AllowQueryToken, Roles } from './roles.guard';

@Controller('things')
class ThingsController {
  @Get('open')
  open(): string {
    return 'open';
  }

  @Get('mine')
  @Roles('adviser', 'supervisor')
  mine(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }

  @Get('shared')
  @Roles(Supervisors, 'agency')
  shared(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }

  @Get('stream')
  @Roles('adviser', 'supervisor')
  @AllowQueryToken()
  stream(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }
}

@Controller('notices')
class NoticesController {
  @Get()
  @Roles(Operators)
  list(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }
}

@Controller('admin')
@Roles('admin')
class AdminController {
  @Get()
  all(): string {
    return 'admin';
  }
}

describe('RolesGuard through AccessModule', () => {
  let provider: Server;
  let issuer: string;
  let key: CryptoKey;
  let app: INestApplication<Server>;
  let providerUp = true;

  const token = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience('inquiry-router')
      .setSubject('s')
      .setExpirationTime('5m')
      .sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    key = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' };
    provider = createServer((req, res) => {
      if (!providerUp) return void res.writeHead(502).end();
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/keys` }));
      else res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    const env = loadConfig(AccessEnv, { NODE_ENV: 'test', OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'inquiry-router' });
    const moduleRef = await Test.createTestingModule({
      imports: [AccessModule.forApp(env)],
      controllers: [ThingsController, NoticesController, AdminController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => provider.close(resolve));
  });

  it('takes ?access_token= only where the handler allows it', async () => {
    const adviser = await token({ role: 'adviser', preferred_username: 'kari' });
    await request(app.getHttpServer()).get(`/things/mine?access_token=${adviser}`).expect(401);
    const res = await request(app.getHttpServer()).get(`/things/stream?access_token=${adviser}`).expect(200);
    expect(res.body).toMatchObject({ username: 'kari', roles: ['adviser'] });
    await request(app.getHttpServer()).get('/things/stream?access_token=abc.def.ghi').expect(401);
    const agency = await token({ role: 'agency', preferred_username: 'skd', agency: 'skd' });
    await request(app.getHttpServer()).get(`/things/stream?access_token=${agency}`).expect(403);
  });

  it('lets anyone call a handler without @Roles', async () => {
    await request(app.getHttpServer()).get('/things/open').expect(200, 'open');
  });

  it('asks for a bearer token with a challenge, and refuses an invalid one as invalid_token', async () => {
    const none = await request(app.getHttpServer()).get('/things/mine').expect(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="inquiry-router"');
    const bad = await request(app.getHttpServer()).get('/things/mine').set('authorization', 'Bearer abc.def.ghi').expect(401);
    expect(bad.headers['www-authenticate']).toBe('Bearer realm="inquiry-router", error="invalid_token"');
    await request(app.getHttpServer())
      .get('/things/mine')
      .set('authorization', `Basic ${await token({ role: 'adviser' })}`)
      .expect(401);
  });

  it('puts the caller on the request when the role fits, and answers 403 when it does not', async () => {
    const ok = await request(app.getHttpServer())
      .get('/things/mine')
      .set('authorization', `Bearer ${await token({ preferred_username: 'kari', role: 'adviser' })}`)
      .expect(200);
    expect(ok.body).toEqual({ username: 'kari', roles: ['adviser'], agency: null });
    const agency = await request(app.getHttpServer())
      .get('/things/mine')
      .set('authorization', `Bearer ${await token({ role: 'agency', agency: 'skd' })}`)
      .expect(403);
    expect((agency.body as { message: string }).message).toBe('this needs the role adviser or supervisor');
  });

  it('takes named role sets and single roles together', async () => {
    const shared = (role: string) => request(app.getHttpServer()).get('/things/shared').set('authorization', `Bearer ${role}`);
    for (const role of ['supervisor', 'admin']) await shared(await token({ role })).expect(200);
    await shared(await token({ role: 'agency', agency: 'skd' })).expect(200);
    const adviser = await shared(await token({ role: 'adviser' })).expect(403);
    expect((adviser.body as { message: string }).message).toBe('this needs the role supervisor or admin or agency');
  });

  it('lets a user of several roles in when any one of them is allowed', async () => {
    const call = async (path: string, claims: Record<string, unknown>, status: number) =>
      request(app.getHttpServer())
        .get(path)
        .set('authorization', `Bearer ${await token(claims)}`)
        .expect(status);
    const both = await call('/things/mine', { preferred_username: 'ola', role: ['operator', 'adviser'] }, 200);
    expect(both.body).toEqual({ username: 'ola', roles: ['operator', 'adviser'], agency: null });
    await call('/notices', { role: ['operator', 'adviser'] }, 200);
    const operator = await call('/things/mine', { role: 'operator' }, 403);
    expect((operator.body as { message: string }).message).toBe('this needs the role adviser or supervisor');
    await call('/notices', { role: 'operator' }, 200);
    await call('/notices', { role: ['adviser', 'offline_access'] }, 403);
    await call('/admin', { role: ['supervisor', 'admin'] }, 200);
  });

  it('answers 403 for an agency token that claims another role of ours as well', async () => {
    const res = await request(app.getHttpServer())
      .get('/things/shared')
      .set('authorization', `Bearer ${await token({ role: ['agency', 'supervisor'], agency: 'skd' })}`)
      .expect(403);
    expect((res.body as { message: string }).message).toMatch(/agency user holds no other role/);
  });

  it('applies @Roles on a controller to each of its handlers, without the controller naming the guard', async () => {
    await request(app.getHttpServer()).get('/admin').expect(401);
    await request(app.getHttpServer())
      .get('/admin')
      .set('authorization', `Bearer ${await token({ role: 'supervisor' })}`)
      .expect(403);
    await request(app.getHttpServer())
      .get('/admin')
      .set('authorization', `Bearer ${await token({ role: 'admin' })}`)
      .expect(200, 'admin');
  });

  it('answers 403 for a genuine token with a role that is not ours', async () => {
    const res = await request(app.getHttpServer())
      .get('/things/mine')
      .set('authorization', `Bearer ${await token({ role: 'owner' })}`)
      .expect(403);
    expect((res.body as { message: string }).message).toMatch(/no role of this service/);
  });

  it('documents the bearer token and the refusals on guarded handlers only', () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().addBearerAuth().build());
    expect(doc.paths['/things/mine'].get!.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(doc.paths['/things/mine'].get!.responses)).toEqual(expect.arrayContaining(['401', '403']));
    expect(doc.paths['/admin'].get!.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/things/open'].get!.security).toBeUndefined();
  });

  it('answers 503 when the issuer cannot be reached to check a token', async () => {
    // A fresh app: the first one has the keys cached already.
    const env = loadConfig(AccessEnv, { NODE_ENV: 'test', OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'inquiry-router' });
    const moduleRef = await Test.createTestingModule({ imports: [AccessModule.forApp(env)], controllers: [ThingsController] }).compile();
    const other = moduleRef.createNestApplication<INestApplication<Server>>({ logger: false });
    await other.init();
    providerUp = false;
    try {
      await request(other.getHttpServer())
        .get('/things/mine')
        .set('authorization', `Bearer ${await token({ role: 'adviser' })}`)
        .expect(503);
    } finally {
      providerUp = true;
      await other.close();
    }
  });
});
