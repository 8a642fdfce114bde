import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DECORATORS } from '@nestjs/swagger';
import { Endpoint } from './endpoint';
import { Advisers, Supervisors } from './role-sets';
import { ROLES } from './roles.guard';

class Item {}

class Endpoints {
  @Endpoint('POST', ':id/claim', Advisers, {
    summary: 'claims it',
    ok: { type: Item, description: 'claimed' },
    noContent: { description: 'nothing to claim' },
    forbidden: 'not skilled for it',
    notFound: true,
  })
  claim(): void {}

  @Endpoint('PUT', 'items/:id', Supervisors, { created: { type: [Item] } })
  replace(): void {}
}

const metadata = (key: string, handler: () => void): unknown => Reflect.getMetadata(key, handler);

describe('Endpoint', () => {
  it('declares the route, the roles and the first documented success as the status sent', () => {
    const { claim, replace } = Endpoints.prototype;
    expect([metadata(METHOD_METADATA, claim), metadata(PATH_METADATA, claim), metadata(HTTP_CODE_METADATA, claim)]).toEqual([
      RequestMethod.POST,
      ':id/claim',
      200,
    ]);
    expect(metadata(ROLES, claim)).toEqual(['adviser', 'supervisor']);
    expect([metadata(METHOD_METADATA, replace), metadata(HTTP_CODE_METADATA, replace)]).toEqual([RequestMethod.PUT, 201]);
  });

  it('documents its answers, the endpoint’s own 403 listed before the refusal of access', () => {
    const responses = metadata(DECORATORS.API_RESPONSE, Endpoints.prototype.claim) as Record<
      string,
      { description: string; type?: unknown }
    >;
    expect(Object.keys(responses)).toEqual(['200', '204', '401', '403', '404', '503']);
    expect(responses['200']).toMatchObject({ type: Item, description: 'claimed' });
    expect(responses['403'].description).toBe('not skilled for it\n\nthe caller is not adviser or supervisor');
    expect(responses['404'].description).toBe('');
    expect(metadata(DECORATORS.API_OPERATION, Endpoints.prototype.claim)).toMatchObject({ summary: 'claims it' });
    expect(metadata(DECORATORS.API_RESPONSE, Endpoints.prototype.replace)).toMatchObject({ 201: { type: Item, isArray: true } });
  });

  it('refuses an endpoint that documents no success', () => {
    expect(() => Endpoint('GET', 'x', Advisers, { notFound: 'no such thing' })).toThrow(
      'GET x: an endpoint documents the success it answers with',
    );
  });
});
