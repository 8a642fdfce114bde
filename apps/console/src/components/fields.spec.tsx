import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { choicesOf, FormButtons, SelectField } from './fields';

afterEach(cleanup);

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
    render(
      <I18nProvider initial="en">
        <form>
          <FormButtons submit="Save" busy={true} onCancel={onCancel} />
        </form>
      </I18nProvider>,
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
