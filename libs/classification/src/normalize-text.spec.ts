import { foldText, normalizeInquiryText, splitQuotedReply, stripSignature } from './normalize-text';

describe('foldText', () => {
  it('folds æ, ø, å and the old "aa" spelling so both spellings meet', () => {
    expect(foldText('Årsregnskap')).toBe('arsregnskap');
    expect(foldText('aarsregnskap')).toBe('arsregnskap');
    expect(foldText('Brønnøysund')).toBe('bronnoysund');
    expect(foldText('særavgift')).toBe('saeravgift');
  });
});

describe('splitQuotedReply', () => {
  it.each([
    {
      case: 'moves "> " lines to the quote',
      reply: 'Det virker nå, takk!\n> Prøv å tømme hurtigbufferen.\n> Hilsen support',
      own: 'Det virker nå, takk!',
      quoted: 'hurtigbufferen',
    },
    {
      case: 'cuts at "On … wrote:" headers',
      reply: 'Still broken.\n\nOn Tue, 3 Mar 2026 at 10:02, Support <s@x.example> wrote:\nPlease try again.',
      own: 'Still broken.',
      quoted: 'Please try again',
    },
    {
      case: 'cuts at "Den … skrev:" headers',
      reply: 'Fortsatt samme.\nDen 3. mars 2026 kl. 10:02 skrev Brukerservice:\nPrøv igjen.',
      own: 'Fortsatt samme.',
      quoted: 'Prøv igjen',
    },
    {
      case: 'cuts at "Den … skrev Name <address>:" headers',
      reply: 'Fortsatt samme.\nDen 8. januar skrev Brukerservice <brukerservice@altinn.example>:\n> Vent et døgn.',
      own: 'Fortsatt samme.',
      quoted: 'skrev Brukerservice',
    },
  ])('$case', ({ reply, own, quoted }) => {
    const r = splitQuotedReply(reply);
    expect(r.own.trim()).toBe(own);
    expect(r.quoted).toContain(quoted);
  });

  it('cuts at an Outlook-style "original message" separator', () => {
    const r = splitQuotedReply('Takk.\n-----Opprinnelig melding-----\nFra: Brukerservice\nEmne: Sak');
    expect(r.own.trim()).toBe('Takk.');
  });

  it('keeps a first line that merely looks like a header', () => {
    expect(splitQuotedReply('Fra: Kari\nJeg får ikke logget inn.').own).toContain('Fra: Kari');
  });
});

describe('stripSignature', () => {
  it('drops the closing greeting and what follows', () => {
    const text = 'Hei,\nHvordan gir jeg regnskapsføreren tilgang?\n\nMed vennlig hilsen\nOla Nordmann\nNordmann Bil AS';
    const out = stripSignature(text);
    expect(out).toContain('regnskapsføreren');
    expect(out).not.toContain('Nordmann Bil');
  });

  it('handles nynorsk and English closings', () => {
    expect(stripSignature('Kva er fristen?\nHelsing Siri Vik\nVik Gard')).not.toContain('Vik Gard');
    expect(stripSignature('When is it due?\nKind regards,\nTom')).not.toContain('Tom');
  });
});

describe('normalizeInquiryText', () => {
  it('lifts the phone menu out of a transcript', () => {
    const t = normalizeInquiryText(undefined, 'IVR: 3 roller og rettigheter. Innringer: hvordan gir jeg tilgang');
    expect(t.ivrMenu).toBe('3');
    expect(t.content).toBe('hvordan gir jeg tilgang');
  });

  it('reads no words of a web link, and keeps the full stop after one', () => {
    const t = normalizeInquiryText(
      'Skjema på https://www.altinn.example/skjema?id=1',
      'Talemelding: se https://api.twilio.com/2010-04-01/Recordings/RE1. Hvor er skjemaet? [Vedlegg: a.png HTTPS://cdn.example/api/a.png]',
    );
    expect(t.subject).not.toMatch(/altinn|skjema\?/);
    expect(t.content).not.toMatch(/api|twilio|recordings|cdn/);
    expect(t.content).toContain('. hvor er skjemaet?');
    expect(t.content).toContain('[vedlegg: a.png  ]');
  });

  it('marks replies and strips the prefix from the subject', () => {
    const t = normalizeInquiryText('SV: Re: Innlogging', 'Hei igjen');
    expect(t.isReply).toBe(true);
    expect(t.subject).toBe('innlogging');
  });
});
