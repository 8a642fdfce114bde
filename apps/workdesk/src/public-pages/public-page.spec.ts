import { publicPage } from './public-page';

describe('publicPage', () => {
  it('is a page in its language, not indexed, with its title as the heading and its content in main', () => {
    const html = publicPage({ language: 'nn', title: 'Kor nøgd er du?', body: '<p>Takk</p>' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="nn">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<title>Kor nøgd er du?</title>');
    expect(html).toMatch(/<main>\n<h1>Kor nøgd er du\?<\/h1>\n<p>Takk<\/p>\n<\/main>/);
    // Focus stays visible on every page (WCAG 2.4.7).
    expect(html).toContain('button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #f9a825');
  });

  it("adds the page's own style after the shared one", () => {
    const html = publicPage({ language: 'en', title: 'T', body: '', style: 'code{color:red}' });
    expect(html.indexOf('code{color:red}')).toBeGreaterThan(html.indexOf('body{font-family'));
  });
});
