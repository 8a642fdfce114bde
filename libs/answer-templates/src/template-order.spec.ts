import { orderTemplatesFor } from './template-order';

const templates = [
  { title: 'Login (en)', language: 'en', category: 'login' },
  { title: 'Vedlegg', language: 'nb', category: 'attachments' },
  { title: 'Innlogging', language: 'nb', category: 'login' },
  { title: 'Innlogging (nynorsk)', language: 'nn', category: 'login' },
  { title: 'Allment svar', language: 'nb', category: null },
];

describe('templates in the order an inquiry wants them', () => {
  it('puts its language and category first, then its language, then its category, by title within each', () => {
    expect(orderTemplatesFor(templates, { language: 'nb', category: 'login' }).map((t) => t.title)).toEqual([
      'Innlogging',
      'Allment svar',
      'Vedlegg',
      'Innlogging (nynorsk)',
      'Login (en)',
    ]);
  });

  it('orders by title alone when the inquiry has neither language nor category, and leaves its input as it was', () => {
    const before = templates.map((t) => t.title);
    expect(orderTemplatesFor(templates, { language: null, category: null }).map((t) => t.title)).toEqual([
      'Allment svar',
      'Innlogging',
      'Innlogging (nynorsk)',
      'Login (en)',
      'Vedlegg',
    ]);
    expect(templates.map((t) => t.title)).toEqual(before);
  });
});
