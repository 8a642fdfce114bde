import { messageIdFor } from './message-id';

describe('messageIdFor', () => {
  it('gives the same name the same version-5-shaped UUID, and another name another', () => {
    const id = messageIdFor('incident-notice:DRIFT-00001:IR-ABC');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(messageIdFor('incident-notice:DRIFT-00001:IR-ABC')).toBe(id);
    expect(messageIdFor('incident-resolution:DRIFT-00001:IR-ABC')).not.toBe(id);
  });
});
