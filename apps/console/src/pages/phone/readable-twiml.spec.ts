import { describe, expect, it } from 'vitest';
import { readableTwiml } from './readable-twiml';

describe('readableTwiml', () => {
  it('puts each element on a line of its own, nested ones indented, the spoken text untouched', () => {
    const twiml =
      '<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="dtmf" action="/voice/callback"><Say language="nb-NO">Trykk 1 hvis du vil at vi ringer deg tilbake.</Say></Gather>' +
      '<Say language="nb-NO">Legg igjen en kort beskjed etter tonen, og avslutt med firkant.</Say><Record action="/voice/goodbye"/></Response>';
    expect(readableTwiml(twiml).split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Response>',
      '  <Gather input="dtmf" action="/voice/callback">',
      '    <Say language="nb-NO">Trykk 1 hvis du vil at vi ringer deg tilbake.</Say>',
      '  </Gather>',
      '  <Say language="nb-NO">Legg igjen en kort beskjed etter tonen, og avslutt med firkant.</Say>',
      '  <Record action="/voice/goodbye"/>',
      '</Response>',
    ]);
  });

  it('leaves an empty answer as it is', () => {
    expect(readableTwiml('<?xml version="1.0" encoding="UTF-8"?><Response/>')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Response/>');
  });
});
