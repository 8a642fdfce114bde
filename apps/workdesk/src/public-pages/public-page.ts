import type { Language } from '@inquiry-router/contracts';

/** What every public page (subscriptions, the survey) looks like: readable, keyboard focus visible. */
const baseStyle =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40em;margin:2em auto;padding:0 1em;color:#1a1a1a}\n' +
  'button{font:inherit;padding:.5em 1.2em;background:#0b5394;color:#fff;border:0;border-radius:4px;cursor:pointer}\n' +
  'button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #f9a825;outline-offset:2px}';

export interface PublicPage {
  language: Language;
  /** The page's title and heading (plain text the caller has escaped or chose). */
  title: string;
  /** The main content, as HTML its caller built with what it interpolated escaped. */
  body: string;
  /** CSS of this page's own, after the shared style. */
  style?: string;
}

/**
 * A page the workdesk serves without sign-in (no console, no script): its language, not indexed
 * by search engines, a heading and the content in `<main>`.
 */
export function publicPage({ language, title, body, style = '' }: PublicPage): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${baseStyle}${style ? `\n${style}` : ''}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}
