import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreatedNoticeSubscriptionView, NewNoticeSubscription } from '@inquiry-router/contracts/views';
import { ApiError } from '../../api/api-client';
import { components } from './notice-fixtures';
import { SubscriptionsSection } from './subscriptions-section';
import { renderInLocale } from '../../testing/console-under-test';

afterEach(cleanup);

function renderSection(onAdd: (s: NewNoticeSubscription) => Promise<CreatedNoticeSubscriptionView>) {
  renderInLocale(<SubscriptionsSection subscriptions={[]} components={components} onAdd={onAdd} onEnd={() => Promise.resolve()} />, 'en');
}

/** What the workdesk answers for the subscription asked for. */
const created = (s: NewNoticeSubscription): CreatedNoticeSubscriptionView => ({
  id: 'sub-1',
  channel: s.channel,
  email: s.email ?? null,
  webhookUrl: s.webhookUrl ?? null,
  components: s.components ?? [],
  environments: s.environments ?? [],
  audiences: s.audiences ?? [],
  language: s.language ?? 'nb',
  confirmed: true,
  createdBy: 'operator',
  createdAt: '2026-01-05T09:00:00.000Z',
  endedAt: null,
});

const submit = () => act(async () => void fireEvent.submit(screen.getByRole('button', { name: 'Add the subscription' }).closest('form')!));

describe('SubscriptionsSection', () => {
  it('posts the address and what the subscription covers; lists left empty cover all', async () => {
    const onAdd = vi.fn((s: NewNoticeSubscription) => Promise.resolve(created(s)));
    renderSection(onAdd);
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: ' ops@example.no ' } });
    fireEvent.click(screen.getByLabelText('Login'));
    fireEvent.click(screen.getByLabelText('Test'));
    await submit();
    expect(onAdd).toHaveBeenCalledWith({
      channel: 'email',
      email: 'ops@example.no',
      components: ['login'],
      environments: ['test'],
      audiences: [],
      language: 'nb',
    });
    expect(screen.getByRole('status').textContent).toBe('The subscription is added.');
  });

  it('shows a webhook’s signing secret, which comes with the subscription this once', async () => {
    renderSection((s) => Promise.resolve({ ...created(s), webhookSecret: 'whsec_c2VjcmV0' }));
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'webhook' } });
    fireEvent.change(screen.getByLabelText('Webhook address (https)'), { target: { value: 'https://ops.example.no/hook' } });
    await submit();
    expect(screen.getByTestId('webhook-secret').textContent).toBe('whsec_c2VjcmV0');
  });

  it('shows the API’s problem with a list at its group', async () => {
    renderSection(() =>
      Promise.reject(new ApiError(400, 'components[0]: unknown component', [{ path: 'components[0]', message: 'unknown component' }])),
    );
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'ops@example.no' } });
    fireEvent.click(screen.getByLabelText('Login'));
    await submit();
    const group = screen.getByRole('group', { name: 'Components' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.textContent).toContain('unknown component');
  });
});
