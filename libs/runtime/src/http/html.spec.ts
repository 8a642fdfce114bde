import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('escapes every character HTML gives a meaning, in text and in attribute values', () => {
    expect(escapeHtml(`'<>&"`)).toBe('&#39;&lt;&gt;&amp;&quot;');
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('leaves other text as it is, Norwegian letters too, and escapes an ampersand once', () => {
    expect(escapeHtml('Kari Nordmann – blåbær & «skatt»')).toBe('Kari Nordmann – blåbær &amp; «skatt»');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
