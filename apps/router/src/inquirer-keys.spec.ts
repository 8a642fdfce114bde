import type { Inquiry } from '@inquiry-router/contracts';
import { hashIdentityKey } from '@inquiry-router/inquirer';
import { InquirerKeys } from './inquirer-keys';
import { RouterEnv } from './router.env';
import { policyInForce } from './testing/router-doubles';

const secret = 'a-router-test-secret-of-32-characters';
const keys = new InquirerKeys(policyInForce(['skd']), Object.assign(new RouterEnv(), { INQUIRER_KEY_SECRET: secret }));
const inquiry = (overrides: Partial<Inquiry>): Inquiry => ({
  id: 'IR-A',
  channel: 'email',
  receivedAt: '2026-03-02T10:00:00.000Z',
  from: { email: 'Kari@Example.no' },
  to: 'brukerservice@altinn.example',
  body: 'hei',
  ...overrides,
});

describe('InquirerKeys', () => {
  it('hashes the sender’s keys under the deployment’s secret, by inquiry', () => {
    const found = keys.of([inquiry({ body: 'Fødselsnummer 010190 10046. Tlf: 905 50 123' }), inquiry({ id: 'IR-B', from: {} })]);
    expect(found.get('IR-A')).toEqual([
      hashIdentityKey(secret, { kind: 'email', value: 'kari@example.no' }),
      hashIdentityKey(secret, { kind: 'phone', value: '90550123' }),
      hashIdentityKey(secret, { kind: 'national-id', value: '01019010046' }),
    ]);
    expect(found.get('IR-B')).toEqual([]);
  });

  it('takes neither the support’s or service desk’s numbers nor an agency’s organisation number for the sender’s', () => {
    // The default policy's support and service desk numbers, and the tax agency's organisation number.
    const found = keys.of([inquiry({ from: {}, body: 'Ring meg på 75 00 60 00, eller tlf 75006099. Gjelder org.nr. 974 761 076.' })]);
    expect(found.get('IR-A')).toEqual([]);
    const company = keys.of([inquiry({ from: {}, body: 'Gjelder org.nr. 812 345 672.' })]);
    expect(company.get('IR-A')).toEqual([hashIdentityKey(secret, { kind: 'organisation-number', value: '812345672' })]);
  });
});
