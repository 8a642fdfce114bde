import { automaticMailReason } from './automatic-mail';

function mail(envelopeFrom: string, headers: Record<string, string>) {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { envelopeFrom, header: (name: string) => lower.get(name) };
}

describe('automaticMailReason', () => {
  it("lets a person's mail through", () => {
    expect(automaticMailReason(mail('kari@example.no', { 'Content-Type': 'text/plain; charset=utf-8' }))).toBeNull();
    expect(automaticMailReason(mail('kari@example.no', { 'Auto-Submitted': 'no' }))).toBeNull();
    expect(automaticMailReason(mail('kari@example.no', { Precedence: 'first-class' }))).toBeNull();
  });

  it.each([
    ['a bounce from the null sender', mail('', {})],
    ['a delivery report', mail('mailer@example.no', { 'Content-Type': 'multipart/report; report-type=delivery-status; boundary=x' })],
    ['an auto-reply', mail('kari@example.no', { 'Auto-Submitted': 'auto-replied' })],
    ['an auto-generated mail', mail('kari@example.no', { 'Auto-Submitted': 'Auto-Generated; owner-email=x' })],
    ['an Exchange out-of-office', mail('kari@example.no', { 'X-Autoreply': 'yes' })],
    ['a vacation responder', mail('kari@example.no', { 'X-Autorespond': 'Out of office' })],
    ['bulk mail', mail('news@example.no', { Precedence: 'bulk' })],
    ['junk', mail('news@example.no', { Precedence: 'Junk' })],
    ['an auto_reply precedence', mail('kari@example.no', { Precedence: 'auto_reply' })],
    ['a mailing list', mail('list@example.no', { 'List-Id': '<support.lists.example.no>' })],
    ['a newsletter', mail('news@example.no', { 'List-Unsubscribe': '<mailto:unsub@example.no>' })],
  ])('drops %s', (_what, m) => {
    expect(automaticMailReason(m)).toEqual(expect.any(String));
  });
});
