const Entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: every character HTML gives a meaning escaped. For the server-rendered pages and mails. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => Entities[c]);
}
