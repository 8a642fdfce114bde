import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeUpdate, NoticeView } from '@inquiry-router/contracts/views';
import { nextNoticeStatuses } from '@inquiry-router/contracts/vocabulary';
import { incident } from './notice-fixtures';
import { UpdateForm } from './update-form';
import { renderInLocale } from '../../testing/console-under-test';

afterEach(cleanup);

const maintenance = (status: NoticeView['status']): NoticeView => ({ ...incident, id: 'DRIFT-00004', kind: 'maintenance', status });

function renderForm(notice: NoticeView, onUpdate = vi.fn((_: NoticeUpdate) => Promise.resolve(notice))) {
  renderInLocale(<UpdateForm notice={notice} onUpdate={onUpdate} />, 'en');
  return onUpdate;
}

const offered = () =>
  within(screen.getByLabelText('Status'))
    .getAllByRole('option')
    .map((o) => (o as HTMLOptionElement).value);

describe('nextStatuses', () => {
  it('lets an incident move on, skip or fall back; maintenance only forward; an ended notice nowhere', () => {
    expect(nextNoticeStatuses('incident', 'monitoring')).toEqual(['investigating', 'identified', 'monitoring', 'resolved']);
    expect(nextNoticeStatuses('maintenance', 'scheduled')).toEqual(['scheduled', 'in-progress', 'completed', 'cancelled']);
    expect(nextNoticeStatuses('maintenance', 'in-progress')).toEqual(['in-progress', 'completed']);
    expect(nextNoticeStatuses('incident', 'resolved')).toEqual([]);
    expect(nextNoticeStatuses('maintenance', 'cancelled')).toEqual([]);
  });
});

describe('UpdateForm', () => {
  it('offers only the statuses the notice may take next', () => {
    renderForm(maintenance('in-progress'));
    expect(offered()).toEqual(['in-progress', 'completed']);
    cleanup();
    renderForm(incident);
    expect(offered()).toEqual(['investigating', 'identified', 'monitoring', 'resolved']);
  });

  it('takes no update for an ended notice', () => {
    renderForm(maintenance('completed'));
    expect(screen.queryByLabelText('Status')).toBeNull();
    expect(screen.getByText('The notice has ended and takes no more updates.')).toBeTruthy();
  });

  it('sends the version it was made on, the message where written, and only what changed', async () => {
    const onUpdate = renderForm({ ...incident, version: 4 });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'identified' } });
    fireEvent.change(screen.getByLabelText('Message (bokmål)'), { target: { value: 'Feilen er funnet.' } });
    fireEvent.change(screen.getByLabelText('Message (nynorsk, optional)'), { target: { value: 'Feilen er funnen.' } });
    await act(async () => void fireEvent.submit(screen.getByRole('button', { name: 'Publish the update' }).closest('form')!));
    expect(onUpdate).toHaveBeenCalledWith({
      version: 4,
      status: 'identified',
      message: { nb: 'Feilen er funnet.', nn: 'Feilen er funnen.' },
    });
    expect(screen.getByRole('status').textContent).toBe('The update of DRIFT-00003 is published.');
  });

  it('sends a new severity and expected end when they are given', async () => {
    const onUpdate = renderForm(incident);
    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'critical' } });
    fireEvent.change(screen.getByLabelText('Message (bokmål)'), { target: { value: 'Verre.' } });
    fireEvent.change(screen.getByLabelText('New expected end (optional)'), { target: { value: '2026-01-04T15:00' } });
    await act(async () => void fireEvent.submit(screen.getByRole('button', { name: 'Publish the update' }).closest('form')!));
    expect(onUpdate.mock.calls[0][0]).toMatchObject({
      severity: 'critical',
      status: 'investigating',
      expectedEndAt: new Date('2026-01-04T15:00').toISOString(),
    });
  });
});
