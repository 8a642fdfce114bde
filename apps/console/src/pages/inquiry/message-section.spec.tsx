import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InquiryView } from '../../api/types';
import { queuedInFirstLine } from '../../testing/inquiry-views';
import { MessageSection } from './message-section';
import { renderInLocale } from '../../testing/console-under-test';

// What people may write in any free-text field; the console must show it as text, never run or render it.
const payloads = {
  subject: '<script>alert(1)</script>',
  body: `'; DROP TABLE inquiries; -- <img src=x onerror=alert(1)>`,
  name: '<b onmouseover=alert(1)>Eve</b>',
};

function viewWith(text: typeof payloads): InquiryView {
  return queuedInFirstLine({
    id: 'IR-ABCDEFGHJKLM',
    channel: 'email',
    receivedAt: '2026-12-07T09:30:00+01:00',
    from: { name: text.name, email: 'eve@example.com' },
    to: 'support@example.no',
    subject: text.subject,
    body: text.body,
    language: 'nb',
    attachments: [],
  });
}

describe('MessageSection', () => {
  it('shows markup and SQL from the inquirer as the text they wrote, creating no elements from it', () => {
    const { container } = renderInLocale(<MessageSection view={viewWith(payloads)} />, 'en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(payloads.subject);
    expect(container.querySelector('.message-body')?.textContent).toBe(payloads.body);
    expect(container.textContent).toContain(payloads.name);
    expect(container.querySelectorAll('script, img, b, [onerror], [onmouseover]')).toHaveLength(0);
  });
});
