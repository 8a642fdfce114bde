import { quotedReferences } from './quoted-references';

describe('quoted references', () => {
  it('finds our inquiry references and case numbers, each once, whatever their case', () => {
    expect(quotedReferences('Re: [IR-ABCDEFGH2345] jf. ir-abcdefgh2345 og sak SD-00042, SD-00042')).toEqual({
      inquiries: ['IR-ABCDEFGH2345'],
      cases: ['SD-00042'],
    });
  });

  it('ignores what only looks like one: letters we never use, too short, part of a word', () => {
    expect(quotedReferences('IR-ABCDEFGH0345 IR-ABC123 XIR-ABCDEFGH2345 SD-123')).toEqual({ inquiries: [], cases: [] });
  });
});
