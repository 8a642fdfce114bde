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

  it("reads the person's words, not the words of a link: a voicemail's recording link on api.twilio.com is no API question", () => {
    const voicemail: InquiryText = {
      channel: 'phone',
      to: '+4775006000',
      body: 'Talemelding: jeg har spørsmål om sykepengene mine, de er ikke utbetalt enda Opptak: https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE1',
    };
    const d = classify(voicemail);
    expect(d.target).toBe('agency:nav');
    expect(d.reasons.join(' ')).not.toContain('"api"');
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

describe('classifyInquiry: second line in the many ways people say so', () => {
  const earlier = /Second line: an earlier contact did not solve it/;
  const code = /Second line: error code or reference from the portal/;

  it.each([
    ['it still does not work, nb', 'Jeg ringte i går om at vedlegget forsvinner, og det gjør det fortsatt.'],
    ['third time I write, nn', 'Dette er tredje gongen eg skriv til dykk om at eg ikkje får logga inn.'],
    ['n-th time, any ordinal', 'Femte gang jeg tar kontakt nå: innboksen laster ikke for firmaet vårt.'],
    ['n-th time, en', "This is the 4th time I've written to you about the inbox not loading."],
    ['contact with a count', 'Jeg har skrevet til dere to ganger om at signeringen feiler.'],
    ['as I said on the phone, nb', 'Som jeg sa på telefonen i dag: skjemaet lagres ikke når jeg går videre.'],
    ['as I said on the phone, en', 'As discussed on the phone, the signing page sends me back to the start.'],
    ['advice that did not help, en', 'Your tip about another browser did not help, I still cannot log in.'],
    ['a case followed up, nn', 'Eg har ikkje høyrt noko frå dykk, og innlogginga er framleis ikkje løyst.'],
    ['typos and no æøå', 'tidligre henvendelse om innloggingen er fortsat ikke lost, far ikke logget inn'],
  ])('an earlier contact (%s) goes to the second line', (_, body) => {
    const d = classify(mail(body));
    expect(d.target).toBe('second-line');
    expect(d.reasons.join(' ')).toMatch(earlier);
  });

  it("counts a reply to the support's answer that says the problem is still there", () => {
    const d = classify(
      mail(
        'Hei\n\nJeg har lagret filen på nytt slik dere skrev, men vedlegget er fortsatt ikke med.\n\nPer\n\n' +
          'Den 12. mars skrev Brukerservice <brukerservice@altinn.example>:\n> Prøv å lagre dokumentet som PDF.',
        'SV: Vedlegg',
      ),
    );
    expect(d.target).toBe('second-line');
    expect(d.reasons.join(' ')).toMatch(/in a reply to the support's answer/);
  });

  it.each([
    ['a code in quotes', 'Signeringen stopper med «Signering avbrutt (SGN-2041)».'],
    ['a code in brackets', 'Upload rejected [ATT-5107], the file is a normal PDF.'],
    ['letters, a dash and digits after "feilkode"', 'Får feilkode ID-3307 når jeg skal velge aktør.'],
    ['HTTP 502', 'Innboksen viser bare HTTP 502 i dag.'],
    ['status 404', 'The link in the notification gives status 404.'],
    ['a status with its Norwegian text', 'Lenken går til «404 – Siden finnes ikke».'],
    ['a bare status after a verb', 'faar 503 naar jeg aapner skjemaet'],
    ['a quoted status', 'Det står bare "(413)" under filen når jeg laster opp.'],
    ['our own reference', 'Viser til henvendelsen IR-7KQ2M9XW4HPA, tilgangen er ikke på plass.'],
    ['a service-desk case', 'Regarding SD-00417: signing fails for the whole board.'],
    ['a spoken code', 'IVR: 2 skjema og innsending. Innringer: det kommer en feil med kode fem null tre når jeg sender'],
    ['a login-service error', 'After BankID I see error=access_denied in the address bar.'],
  ])('an error code or reference (%s) goes to the second line', (_, body) => {
    const d = classify(mail(body));
    expect(d.target).toBe('second-line');
    expect(d.reasons.join(' ')).toMatch(code);
  });

  it.each([
    ['an agency form number', 'Jeg finner ikke skjemaet (RF-1086) når jeg søker i portalen.'],
    ['an agency form number, nn', 'Eg får ikkje opna skjemaet «RA-0123», sida blir berre kvit.'],
    ['an own customer number', 'Kundenummer 558812. Jeg kommer ikke inn etter at jeg byttet telefon.'],
    ['an own reference', 'Our reference: PO-44871. How do I give the office manager access to our messages?'],
    ['a phone number', 'Jeg får ikke lagt ved fakturaene. Ring meg på 915 22 480.'],
    ['a code sent by SMS', 'Fikk SMS-kode 482913, men den blir ikke godtatt når jeg logger inn.'],
    ['a referral from an agency', 'Skatteetaten ba meg kontakte dere fordi jeg ikke får logget inn.'],
    ['a referral, nn', 'Mattilsynet sende meg vidare til dykk, for eg finn ikkje skjemaet.'],
    ['an error message without a code', 'Det står bare "Skjemaet inneholder feil". Det står ingen feilkode.'],
    ['a number from an agency letter', 'Jeg har et brev fra NAV med referanse 2025/88412, men finner ikke meldingen i innboksen.'],
    ['a call to an agency', 'Jeg ringte Skatteetaten i går, og nå finner jeg ikke mva-meldingen i portalen.'],
    ['own attempts', 'Jeg har prøvd tre ganger i dag å sende inn, men knappen gjør ingenting.'],
  ])('%s does not make a second-line inquiry', (_, body) => {
    const d = classify(mail(body));
    expect(d.target).toBe('first-line');
    expect(d.reasons.join(' ')).not.toMatch(/Second line/);
  });

  it('does not count a reply that closes the solved matter and asks something new', () => {
    const d = classify(
      mail(
        'Hei igjen\n\nTakk, det løste seg. Et nytt spørsmål: hvordan gir jeg en ansatt tilgang til å lese meldingene? ' +
          'Jeg finner fortsatt ikke menyen.\n\nDen 2. april skrev Brukerservice:\n> Prøv å logge ut og inn igjen.',
        'SV: Innlogging',
      ),
    );
    expect(d.target).toBe('first-line');
  });

  it('keeps an agency question with an agency form number or letter reference at the agency', () => {
    expect(classify(mail('Skal aksjer solgt til en utenlandsk kjøper med i RF-1086, og med hvilken dato?')).target).toBe('agency:skd');
    expect(
      classify(mail('Vi har fått vedtak fra Landbruksdirektoratet, saksnummer 2025/11873. Hvorfor er avløsertilskuddet redusert?')).target,
    ).toBe('agency:ldir');
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
