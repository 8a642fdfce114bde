import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FilingDeadlineView } from '@inquiry-router/contracts/views';
import { DeadlinesSection, ruleFrom } from './deadlines-section';
import { renderInLocale } from '../../testing/console-under-test';

afterEach(cleanup);

const aMelding: FilingDeadlineView = {
  id: 'd-1',
  agency: 'skd',
  name: 'A-melding',
  rule: { kind: 'monthly', day: 5, moveTo: 'next-working-day' },
  ruleText: 'the 5th of every month, or the next working day after a weekend or public holiday',
  channels: ['phone', 'email'],
  active: true,
  notes: null,
  occurrences: [
    {
      deadlineId: 'd-1',
      agency: 'skd',
      name: 'A-melding',
      channels: ['phone', 'email'],
      date: '2026-01-05',
      ruleDate: '2026-01-05',
      movedOver: [],
    },
  ],
  createdAt: '2025-12-01T09:00:00.000Z',
  createdBy: 'supervisor',
  updatedAt: '2025-12-01T09:00:00.000Z',
  updatedBy: 'supervisor',
};

describe('ruleFrom', () => {
  it('makes a yearly rule, a rule for listed months, and one for the last day', () => {
    expect(ruleFrom('yearly', 4, '30', '', true)).toEqual({ kind: 'yearly', month: 4, day: 30, moveTo: 'next-working-day' });
    expect(ruleFrom('monthly', 1, '10', '2, 4,6', false)).toEqual({ kind: 'monthly', day: 10, months: [2, 4, 6] });
    expect(ruleFrom('monthly', 1, 'last', ' ', false)).toEqual({ kind: 'monthly', day: 'last' });
  });
});

describe('DeadlinesSection', () => {
  const renderSection = (onAdd = vi.fn(() => Promise.resolve(true)), onSetActive = vi.fn()) => {
    renderInLocale(<DeadlinesSection deadlines={[aMelding]} busy={false} onAdd={onAdd} onSetActive={onSetActive} />, 'en');
    return { onAdd, onSetActive };
  };

  it('lists each deadline with its rule, channels and next date, and switches one off', () => {
    const { onSetActive } = renderSection();
    const row = screen.getByTestId('deadline-d-1');
    expect(row.textContent).toContain('A-melding (skd)');
    expect(row.textContent).toContain('the 5th of every month');
    fireEvent.click(screen.getByRole('button', { name: 'Switch off A-melding' }));
    expect(onSetActive).toHaveBeenCalledWith(aMelding, false);
  });

  it('adds a deadline from the form', () => {
    const { onAdd } = renderSection();
    fireEvent.change(screen.getByLabelText('Deadline (form or service)'), { target: { value: 'Skattemelding for personer' } });
    fireEvent.change(screen.getByLabelText('Agency (code)'), { target: { value: 'skd' } });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Day (1–31, or "last" for the last day)'), { target: { value: '30' } });
    fireEvent.click(screen.getByLabelText('Social media'));
    fireEvent.submit(screen.getByRole('button', { name: 'Add deadline' }).closest('form')!);
    expect(onAdd).toHaveBeenCalledWith({
      agency: 'skd',
      name: 'Skattemelding for personer',
      channels: ['phone', 'email', 'social'],
      rule: { kind: 'yearly', month: 4, day: 30, moveTo: 'next-working-day' },
    });
  });
});
