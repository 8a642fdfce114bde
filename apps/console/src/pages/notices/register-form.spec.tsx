import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewNotice, NoticeView } from '@inquiry-router/contracts/views';
import { ApiError } from '../../api/api-client';
import { components, incident } from './notice-fixtures';
import { fromLocalInput } from './notice-fields';
import { RegisterForm, type RegisterPrefill } from './register-form';
import { renderInLocale } from '../../testing/console-under-test';

afterEach(cleanup);

function renderForm(onRegister: (n: NewNotice) => Promise<NoticeView>, prefill?: RegisterPrefill) {
  const onRegistered = vi.fn();
  renderInLocale(<RegisterForm components={components} prefill={prefill} onRegister={onRegister} onRegistered={onRegistered} />, 'en');
  return { onRegistered };
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => act(async () => void fireEvent.submit(screen.getByRole('button', { name: 'Register' }).closest('form')!));

describe('RegisterForm', () => {
  it('posts the notice as the API takes it: texts only where written, keywords as a list, times as instants', async () => {
    const onRegister = vi.fn((_: NewNotice) => Promise.resolve(incident));
    const { onRegistered } = renderForm(onRegister);
    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'critical' } });
    type('Title (bokmål)', ' Innlogging feiler ');
    type('Title (English, optional)', 'Login fails');
    type('Description (bokmål)', 'Mange får ikke logget inn.');
    fireEvent.click(screen.getByLabelText('Login'));
    fireEvent.click(screen.getByLabelText('Test'));
    fireEvent.click(screen.getByLabelText('Service owners'));
    type('Keywords (optional)', 'bankid, innlogging ,');
    type('Start', '2026-01-04T09:00');
    type('Expected end (optional)', '2026-01-04T12:30');
    await submit();
    expect(onRegister).toHaveBeenCalledWith({
      kind: 'incident',
      severity: 'critical',
      title: { nb: 'Innlogging feiler', en: 'Login fails' },
      description: { nb: 'Mange får ikke logget inn.' },
      components: ['login'],
      environments: ['production', 'test'],
      audiences: ['end-users', 'service-owners'],
      keywords: ['bankid', 'innlogging'],
      startsAt: fromLocalInput('2026-01-04T09:00'),
      expectedEndAt: fromLocalInput('2026-01-04T12:30'),
    });
    expect(onRegistered).toHaveBeenCalledWith(incident);
    expect(screen.getByRole('status').textContent).toBe('Notice DRIFT-00003 is registered.');
  });

  it('asks for a component before it posts anything', async () => {
    const onRegister = vi.fn((_: NewNotice) => Promise.resolve(incident));
    renderForm(onRegister);
    type('Title (bokmål)', 'Innlogging feiler');
    type('Description (bokmål)', 'Mange får ikke logget inn.');
    await submit();
    expect(onRegister).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Components' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('group', { name: 'Components' }).textContent).toContain('Choose at least one.');
  });

  it('shows the API’s problems at their fields', async () => {
    const refusal = new ApiError(400, 'title.nb: must not be empty; expectedEndAt: must be after startsAt', [
      { path: 'title.nb', message: 'must not be empty' },
      { path: 'expectedEndAt', message: 'must be after startsAt' },
    ]);
    renderForm(() => Promise.reject(refusal));
    type('Title (bokmål)', ' ');
    type('Description (bokmål)', 'Noe');
    fireEvent.click(screen.getByLabelText('Login'));
    await submit();
    const title = screen.getByLabelText('Title (bokmål)');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('must not be empty');
    const end = screen.getByLabelText('Expected end (optional)');
    expect(document.getElementById(end.getAttribute('aria-describedby')!)?.textContent).toBe('must be after startsAt');
    expect(screen.getByRole('alert').textContent).toContain('title.nb: must not be empty');
  });

  it('starts from an early warning’s component and window, and says so', () => {
    renderForm(() => Promise.resolve(incident), {
      kind: 'incident',
      components: ['login'],
      startsAt: '2026-01-04T08:00:00.000Z',
      note: 'From the warning',
    });
    expect(screen.getByText('From the warning')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Login').checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Inbox and messages').checked).toBe(false);
    expect(fromLocalInput(screen.getByLabelText<HTMLInputElement>('Start').value)).toBe('2026-01-04T08:00:00.000Z');
    expect(document.activeElement).toBe(screen.getByLabelText('Kind'));
  });
});
