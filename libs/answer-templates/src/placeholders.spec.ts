import { fillTemplate, placeholdersIn, templateBodyProblems, unfilledPlaceholders } from './placeholders';

const body = 'Hei {name}!\n\nSe {helpPage} om innlogging. Gjelder {reference}. Hilsen {adviser}, brukerservice. Hei igjen {name}.';

describe('placeholders in a template body', () => {
  it('lists each placeholder once, in the order it first appears, unknown ones too', () => {
    expect(placeholdersIn(body)).toEqual(['name', 'helpPage', 'reference', 'adviser']);
    expect(placeholdersIn('Hei {navn} og {name}')).toEqual(['navn', 'name']);
    expect(placeholdersIn('Ingen her: { }, {1}, {}')).toEqual([]);
  });
});

describe('checking a template body', () => {
  it('finds nothing wrong with known placeholders and a linked help page', () => {
    expect(templateBodyProblems(body, 'https://info.example/hjelp/innlogging')).toEqual([]);
  });

  it('names an unknown placeholder and the ones that may be used', () => {
    expect(templateBodyProblems('Hei {navn}', null)).toEqual([
      { path: 'body', message: 'unknown placeholder {navn}: a template may use {reference}, {name}, {adviser}, {helpPage}' },
    ]);
  });

  it('refuses {helpPage} in a template that links to no help page', () => {
    expect(templateBodyProblems('Se {helpPage}', null)).toEqual([
      { path: 'body', message: 'the body uses {helpPage}, but the template links to no help page (helpPageUrl)' },
    ]);
  });
});

describe('filling a template for an inquiry', () => {
  it('fills every placeholder, every time it appears', () => {
    const filled = fillTemplate(body, {
      name: 'Kari Nordmann',
      helpPage: 'https://info.example/hjelp/innlogging',
      reference: 'IR-ABC',
      adviser: 'ola',
    });
    expect(filled).toEqual({
      text: 'Hei Kari Nordmann!\n\nSe https://info.example/hjelp/innlogging om innlogging. Gjelder IR-ABC. Hilsen ola, brukerservice. Hei igjen Kari Nordmann.',
      missing: [],
    });
  });

  it('leaves a placeholder without a value as written and says why, never "undefined"', () => {
    const filled = fillTemplate('Hei {name}, gjelder {reference}. {name}', { reference: 'IR-ABC', name: '  ' });
    expect(filled.text).toBe('Hei {name}, gjelder IR-ABC. {name}');
    expect(filled.text).not.toContain('undefined');
    expect(filled.missing).toEqual([{ placeholder: 'name', reason: 'the inquirer gave no name' }]);
  });

  it('leaves braces that name no placeholder as they are', () => {
    expect(fillTemplate('Koden {kode} og {name}', { name: 'Kari' }).text).toBe('Koden {kode} og Kari');
  });
});

describe('an answer made from a template', () => {
  it('knows which placeholders are still unfilled, and takes other braces for text', () => {
    expect(unfilledPlaceholders('Hei {name}, se {helpPage}. Kode {kode}')).toEqual(['name', 'helpPage']);
    expect(unfilledPlaceholders('Hei Kari')).toEqual([]);
  });
});
