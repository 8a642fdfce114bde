import { defaultPolicy } from './default-policy/default-policy';
import { InvalidRoutingPolicy, parseRoutingPolicy } from './parse-routing-policy';

const stored = (): Record<string, unknown> => JSON.parse(JSON.stringify(defaultPolicy)) as Record<string, unknown>;

describe('parseRoutingPolicy', () => {
  it('reads the default policy as stored, named by the stored version', () => {
    const policy = parseRoutingPolicy({ ...stored(), version: 'draft-label' }, '2026-12-01.2');
    expect(policy.version).toBe('2026-12-01.2');
    expect(policy.agencies.map((a) => a.code)).toEqual(defaultPolicy.agencies.map((a) => a.code));
    expect(policy.confidenceThreshold).toBe(defaultPolicy.confidenceThreshold);
  });

  it('names a draft by its document', () => {
    expect(parseRoutingPolicy({ ...stored(), version: 'draft-1' }).version).toBe('draft-1');
    expect(() => parseRoutingPolicy({ ...stored(), version: 3 })).toThrow('version must be a text');
  });

  it('refuses a document that is not an object', () => {
    expect(() => parseRoutingPolicy(null, 'v1')).toThrow(InvalidRoutingPolicy);
    expect(() => parseRoutingPolicy([], 'v1')).toThrow('routing policy v1 cannot be read: the document is not an object');
  });

  it('names every part missing from the shape readers rely on', () => {
    const document = stored();
    delete document.vocabularies;
    document.agencies = [{ ...(document.agencies as object[])[0], code: 7 }, 'skd'];
    let error: InvalidRoutingPolicy | undefined;
    try {
      parseRoutingPolicy(document, 'v2');
    } catch (e) {
      error = e as InvalidRoutingPolicy;
    }
    expect(error).toBeInstanceOf(InvalidRoutingPolicy);
    expect(error!.problems).toEqual(['vocabularies must be an object', 'agencies[0].code must be a text', 'agencies[1] must be an object']);
  });

  it('refuses agencies that are not a list', () => {
    expect(() => parseRoutingPolicy({ ...stored(), agencies: { skd: {} } }, 'v3')).toThrow('agencies must be a list');
  });
});
