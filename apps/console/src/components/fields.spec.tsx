import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choicesOf, Field, FormButtons, hintId, InputField, RangeFields, SelectField } from './fields';
import { renderInLocale } from '../testing/console-under-test';

afterEach(cleanup);

describe('Field', () => {
  it('shows a hint under its control, which the control names as its description', () => {
    render(
      <Field id="from" label="Fra" hint="Tomt: et eget nummer">
        <input id="from" aria-describedby={hintId('from')} />
      </Field>,
    );
    expect(screen.getByRole('textbox', { name: 'Fra' }).getAttribute('aria-describedby')).toBe('from-hint');
    expect(document.getElementById('from-hint')?.textContent).toBe('Tomt: et eget nummer');
  });
});

describe('SelectField', () => {
  it('is a drop-down named by its label that answers the chosen value', () => {
    const onChange = vi.fn();
    render(<SelectField id="queue" label="Kø" value="a" choices={choicesOf(['a', 'b'], (v) => v.toUpperCase())} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Kø' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['A', 'B']);
    fireEvent.change(select, { target: { value: 'b' } });
    expect(onChange).toHaveBeenCalledWith('b');
  });
});

describe('InputField', () => {
  it('is an input named by its label that answers the typed value, and points at its problem when it has one', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <InputField id="address" label="E-post" type="email" required value="" onChange={onChange} error={undefined} />,
    );
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'E-post' });
    expect(input.type).toBe('email');
    expect(input.required).toBe(true);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(input, { target: { value: 'a@b.no' } });
    expect(onChange).toHaveBeenCalledWith('a@b.no');
    rerender(<InputField id="address" label="E-post" type="email" value="a@" onChange={onChange} error="Ugyldig adresse" />);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('address-error');
    expect(document.getElementById('address-error')?.textContent).toBe('Ugyldig adresse');
  });
});

describe('choicesOf', () => {
  it('labels each value by itself unless told otherwise', () => {
    expect(choicesOf(['login', 'other'])).toEqual([
      { value: 'login', label: 'login' },
      { value: 'other', label: 'other' },
    ]);
  });
});

describe('FormButtons', () => {
  it('submits, or cancels in the chosen language', () => {
    const onCancel = vi.fn();
    renderInLocale(
      <form>
        <FormButtons submit="Save" busy={true} onCancel={onCancel} />
      </form>,
      'en',
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});

describe('RangeFields', () => {
  const end = (id: string, label: string, value: string) => ({ id, label, value, onChange: vi.fn() });

  it('is two labelled inputs that answer their own values; ordered, each bounds the other', () => {
    const from = end('from', 'Fra', '2026-01-05');
    const to = end('to', 'Til', '2026-01-09');
    render(<RangeFields type="date" ordered from={from} to={to} />);
    const start = screen.getByLabelText<HTMLInputElement>('Fra');
    const finish = screen.getByLabelText<HTMLInputElement>('Til');
    expect([start.type, start.required, start.max, start.min]).toEqual(['date', true, '2026-01-09', '']);
    expect([finish.type, finish.required, finish.min, finish.max]).toEqual(['date', true, '2026-01-05', '']);
    fireEvent.change(finish, { target: { value: '2026-01-12' } });
    expect(to.onChange).toHaveBeenCalledWith('2026-01-12');
    expect(from.onChange).not.toHaveBeenCalled();
  });

  it('leaves the ends unbounded unless ordered, and optional when not required', () => {
    render(<RangeFields type="time" required={false} from={end('opens', 'Åpner', '08:00')} to={end('closes', 'Stenger', '20:00')} />);
    const opens = screen.getByLabelText<HTMLInputElement>('Åpner');
    const closes = screen.getByLabelText<HTMLInputElement>('Stenger');
    expect([opens.type, opens.required, opens.max, closes.required, closes.min]).toEqual(['time', false, '', false, '']);
  });
});
