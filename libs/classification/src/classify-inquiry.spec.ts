import { classifyInquiry } from './classify-inquiry';
import { ClassificationResult, InquiryText } from './classification-result';
import { defaultPolicy } from './default-policy/default-policy';
import { RoutingPolicy } from './policy';

const mail = (body: string, subject?: string, extra: Partial<InquiryText> = {}): InquiryText => ({
  channel: 'email',
  to: 'brukerservice@altinn.example',
  subject,
  body,
  ...extra,
});
const classify = (inquiry: InquiryText) => classifyInquiry(inquiry, defaultPolicy);

describe('classifyInquiry: subject matter per agreement', () => {
  it.each([
    ['Hvilken sats for arbeidsgiveravgift gjelder for oss i sone 2?', 'skd'],
    ['Kva er fristen for å levere årsrekneskapen til Rekneskapsregisteret?', 'brg'],
    ['Hvor mange dager er arbeidsgiverperioden før NAV overtar sykepengene?', 'nav'],
    ['Why has our company been selected for a survey from Statistics Norway, and do we have to answer?', 'ssb'],
    ['Hvilke krav gjelder for å få drosjeløyve når jeg har kjørt taxi i ti år?', 'svv'],
    ['Må vi registrere kantina vår som matvirksomhet hos Mattilsynet?', 'mat'],
    ['Hvor lenge er HMS-kortet gyldig for en ansatt i et bemanningsforetak?', 'atil'],
    ['Kva dyretal skal eg oppgi på telledatoen i søknaden om produksjonstilskot?', 'ldir'],
  ])('%s → %s', (body, agency) => {
    const d = classify(mail(body));
    expect(d.target).toBe(`agency:${agency}`);
    expect(d.kind).toBe('subject-matter');
    expect(d.agency).toBe(agency);
    expect(d.category).toBeNull();
    expect(d.confidence).toBeGreaterThanOrEqual(defaultPolicy.confidenceThreshold);
    expect(d.reasons.join(' ')).toContain(`Agreement ${agency}`);
  });

  it('uses form numbers: RF-nnnn is skd, RA-nnnn is ssb', () => {
    expect(classify(mail('Skal vi ta med utenlandske aksjonærer i RF-1086?')).agency).toBe('skd');
    expect(classify(mail('Må vi svare på RA-0520 når vi ikke hadde ansatte i fjor?')).agency).toBe('ssb');
    const d = classify(mail('Skal tallene oppgis med eller uten merverdiavgift?', undefined, { serviceCode: 'RA-0999' }));
    expect(d.reasons.join(' ')).toMatch(/RA-0999/);
  });

  it('splits the shared a-melding: tax content to skd, employment content to nav', () => {
    const tax = classify(
      mail('Hvordan skal skattetrekk av feriepenger føres i a-meldingen for juni?', undefined, { serviceCode: 'a-melding' }),
    );
    expect(tax.agency).toBe('skd');
    const job = classify(
      mail('Hvilken stillingsprosent skal vi oppgi i a-meldingen når den ansatte går ned til deltid?', undefined, {
        serviceCode: 'a-melding',
      }),
    );
    expect(job.agency).toBe('nav');
  });

  it('matches words typed without æøå', () => {
    expect(classify(mail('nar er fristen for arsregnskapet for et lite aksjeselskap?')).agency).toBe('brg');
  });
});

describe('classifyInquiry: boundary rule', () => {
  it('sends a blocking portal problem to the portal even when the form belongs to an agency', () => {
    const d = classify(mail('Når jeg trykker på send inn i mva-meldingen skjer det ingenting. Og hvilken sats gjelder for servering?'));
    expect(d.target).toBe('first-line');
    expect(d.kind).toBe('technical');
    expect(d.agency).toBeNull();
    expect(d.reasons.join(' ')).toMatch(/Boundary rule/);
    expect(d.reasons.join(' ')).toMatch(/skd/);
  });

  it('does not let an aside make a subject-matter question technical', () => {
    const d = classify(
      mail(
        'Hvor mye forsinkelsesgebyr må vi betale når årsregnskapet ble levert to uker for sent? BankID-en min virket forresten ikke i går.',
      ),
    );
    expect(d.target).toBe('agency:brg');
    expect(d.reasons.join(' ')).toMatch(/aside/);
  });

  it('treats a field that refuses a value as a portal question', () => {
    const d = classify(mail('Feltet for antall dekar godtar ikke desimaler i søknaden om produksjonstilskudd, så jeg kommer ikke videre.'));
    expect(d.target).toBe('first-line');
    expect(d.category).toBe('form-filling');
  });

  it.each([
    ['Jeg får ikke logget inn med BankID på mobil, den bare spinner.', 'login'],
    ['Hvordan gir jeg regnskapsføreren vår rettigheter til å se meldinger?', 'roles-rights'],
    ['Kan jeg slå av e-postvarslene for nye meldinger i innboksen?', 'inbox'],
    ['Vedlegget på 40 MB blir avvist når jeg laster opp, hva er maks filstørrelse?', 'attachments'],
    ['Hvordan ser jeg hvem i styret som ennå ikke har signert?', 'signing'],
    ['I cannot find the form to register a new branch office, where is it?', 'find-service'],
    ['Har skjemaet blitt sendt inn? Jeg fikk ingen kvittering.', 'submission'],
  ])('%s → first line, %s', (body, category) => {
    const d = classify(mail(body));
    expect(d.target).toBe('first-line');
    expect(d.category).toBe(category);
    expect(d.agency).toBeNull();
  });
});

describe('classifyInquiry: second line', () => {
  it.each([
    'Ved signering får jeg "Feilkode 4031" og skjemaet blir stående.',
    'The inbox shows Error: 500 when I open the letter.',
    'Innsendingen stoppet med referanse AR-5512093.',
    'Login fails, correlation id 0c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5',
  ])('an error code or reference goes to the second line: %s', (body) => {
    const d = classify(mail(body));
    expect(d.target).toBe('second-line');
    expect(d.kind).toBe('technical');
    expect(d.reasons.join(' ')).toMatch(/Second line/);
  });

  it('goes to the second line when an earlier contact did not solve it', () => {
    const d = classify(mail('Jeg ringte dere i forrige uke om at vedlegget forsvinner, men det hjelpte ikke å bytte nettleser.'));
    expect(d.target).toBe('second-line');
  });

  it('does not count a referral from an agency as an earlier contact', () => {
    const d = classify(mail('Skatteetaten ba meg kontakte dere fordi jeg ikke får logget inn i Altinn.'));
    expect(d.target).toBe('first-line');
    expect(d.category).toBe('login');
  });

  it('does not count an error without a code, nor an agency letter number', () => {
    expect(classify(mail('Skjemaet har feil og jeg får ikke sendt det.')).target).toBe('first-line');
  });

  it('goes to the second line for a reply in a thread an adviser escalated', () => {
    const d = classify(
      mail(
        'Hei igjen, fortsatt ingen endring hos oss.\n\nDen 2. mai 2026 skrev Brukerservice:\nVi har sendt saken til andrelinjen for å se på rollene.',
        'SV: Roller',
      ),
    );
    expect(d.target).toBe('second-line');
  });
});

describe('classifyInquiry: service desk', () => {
  it.each([
    {
      case: 'sends anything to the service-desk address to the service desk, type support by default',
      inquiry: {
        channel: 'email',
        to: 'servicedesk@altinn.example',
        subject: 'Spørsmål',
        body: 'Hvem kan vi snakke med om tjenesten vår?',
      },
      decided: { target: 'servicedesk', kind: 'technical', caseType: 'support', agency: null },
    },
    {
      case: 'recognises the service-desk phone number in another format',
      inquiry: { channel: 'phone', to: '004775006099', body: 'IVR: 4 annet. Innringer: hei' },
      decided: { target: 'servicedesk' },
    },
    {
      case: 'sends API and vendor contacts from ordinary channels to the service desk with category integration',
      inquiry: mail('Vi er leverandør av et lønnssystem. Maskinporten-tokenet vårt blir avvist med 401 siden i morges.'),
      decided: { target: 'servicedesk', category: 'integration', caseType: 'feil' },
    },
    {
      case: 'types an order as bestilling',
      inquiry: {
        channel: 'email',
        to: 'servicedesk@altinn.example',
        body: 'Vi ønsker å bestille fem nye testbrukere i tt02 til systemtest.',
      },
      decided: { caseType: 'bestilling', category: 'integration' },
    },
    {
      case: 'types a report of something broken as feil',
      inquiry: {
        channel: 'email',
        to: 'servicedesk@altinn.example',
        body: 'Endepunktet for hendelser svarer ikke lenger, alle kall feiler med timeout.',
      },
      decided: { caseType: 'feil' },
    },
  ] satisfies { case: string; inquiry: InquiryText; decided: Partial<ClassificationResult> }[])('$case', ({ inquiry, decided }) => {
    expect(classify(inquiry)).toMatchObject(decided);
  });
});

describe('classifyInquiry: confidence and reasons', () => {
  it('falls back to the first line with a reason when not confident', () => {
    const policy: RoutingPolicy = { ...defaultPolicy, confidenceThreshold: 0.99 };
    const d = classifyInquiry(mail('Hvilken sats for arbeidsgiveravgift gjelder i sone 3?'), policy);
    expect(d.target).toBe('first-line');
    expect(d.kind).toBe('technical');
    expect(d.agency).toBeNull();
    expect(d.reasons[0]).toMatch(/Low confidence .* threshold 0.99/);
    expect(d.reasons[0]).toMatch(/agency:skd/);
  });

  it('is not confident about a message with no signal at all', () => {
    const d = classify(mail('Hei, jeg har et spørsmål.'));
    expect(d.target).toBe('first-line');
    expect(d.confidence).toBeLessThan(defaultPolicy.confidenceThreshold);
  });

  it('always gives reasons, the policy version and a language', () => {
    const d = classify(mail('Korleis loggar eg inn utan BankID?'));
    expect(d.reasons.length).toBeGreaterThan(0);
    expect(d.policyVersion).toBe(defaultPolicy.version);
    expect(d.language).toBe('nn');
    expect(d.confidence).toBeGreaterThanOrEqual(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
  });

  it('ignores the quoted earlier thread and the signature', () => {
    const d = classify(
      mail(
        'Takk, nå gikk det.\n\nMed vennlig hilsen\nKari\nSkatt og Regnskap AS\n\n> Vi har fått feilkode 500 i skjemaet',
        'Re: innsending',
      ),
    );
    expect(d.target).not.toBe('second-line');
    expect(d.agency).toBeNull();
  });
});

describe('classifyInquiry: policy is data', () => {
  it('follows a changed agreement without code changes', () => {
    const custom = JSON.parse(JSON.stringify(defaultPolicy)) as RoutingPolicy;
    custom.version = 'test.1';
    custom.agencies.push({
      code: 'ktl',
      name: 'Kystverket',
      orgNumber: '874783242',
      services: ['losplikt'],
      serviceCodes: [],
      formNumberPatterns: [],
      vocabulary: { strong: ['losplikt*', 'farledsbevis*'] },
      exceptions: [],
    });
    const d = classifyInquiry(mail('Gjelder losplikten for et fartøy på 60 meter?'), custom);
    expect(d.target).toBe('agency:ktl');
    expect(d.policyVersion).toBe('test.1');
    // The default policy object, compiled and cached separately, is unaffected.
    expect(classify(mail('Gjelder losplikten for et fartøy på 60 meter?')).target).not.toBe('agency:ktl');
  });

  it('uses a changed service-desk address', () => {
    const custom = JSON.parse(JSON.stringify(defaultPolicy)) as RoutingPolicy;
    custom.contactPoints.servicedesk.emails = ['sd@example.test'];
    const inquiry: InquiryText = { channel: 'email', to: 'SD@example.test', body: 'Hei' };
    expect(classifyInquiry(inquiry, custom).target).toBe('servicedesk');
  });

  it('survives a JSON round trip (as stored in JSONB)', () => {
    const copy = JSON.parse(JSON.stringify(defaultPolicy)) as RoutingPolicy;
    const inquiry = mail('Hvordan registrerer vi reelle rettighetshavere i en stiftelse?');
    expect(classifyInquiry(inquiry, copy)).toEqual(classify(inquiry));
  });
});
