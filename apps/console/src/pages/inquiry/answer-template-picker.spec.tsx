import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerTemplateView, FilledAnswerTemplateView } from '@inquiry-router/contracts/views';
import { renderInConsole, resetConsole, signIn } from '../../testing/console-under-test';
import { ActionForm } from './action-form';

const Inquiry = 'IR-ABCDEFGHJKLM';
const template: AnswerTemplateView = {
  id: '2b1f5c8e-0d6a-4f4e-9a51-6f2f8d0c1a11',
  title: 'Innlogging med BankID',
  language: 'nb',
  body: 'Hei {name}! Gjelder {reference}.',
  category: 'login',
  helpPageUrl: null,
  placeholders: ['name', 'reference'],
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'editor',
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'editor',
  retiredAt: null,
};
const filled: FilledAnswerTemplateView = {
  templateId: template.id,
  inquiryId: Inquiry,
  text: `Hei {name}! Gjelder ${Inquiry}.`,
  missing: [{ placeholder: 'name', reason: 'the inquirer gave no name' }],
};

/** The answer form, once the saved answers are listed in its picker. */
async function renderAnswerForm() {
  const onSubmit = vi.fn();
  renderInConsole(
    <ActionForm
      mode="answer"
      inquiryId={Inquiry}
      agencies={[]}
      busy={false}
      firstField={{ current: null }}
      onCancel={() => undefined}
      onSubmit={onSubmit}
    />,
  );
  const picker = (await screen.findByRole('option', { name: 'Innlogging med BankID (Bokmål)' })).closest('select')!;
  return { onSubmit, picker };
}

describe('the answer form with a saved answer', () => {
  const urls: string[] = [];
  beforeEach(() => {
    signIn('kari', ['adviser']);
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => {
        urls.push(url);
        const base = `/api/inquiries/${Inquiry}/answer-templates`;
        const body = url === base ? [template] : url === `${base}/${template.id}` ? filled : { status: 404 };
        return Promise.resolve(new Response(JSON.stringify(body), { status: 'status' in body ? 404 : 200 }));
      }),
    );
  });
  afterEach(() => {
    resetConsole();
    urls.length = 0;
  });

  it('fills the text from the chosen template, says what it could not fill, and sends the template with the answer', async () => {
    const { onSubmit, picker } = await renderAnswerForm();
    expect(screen.getByRole('button', { name: 'Use' })).toHaveProperty('disabled', true);
    fireEvent.change(picker, { target: { value: template.id } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Use' })));

    const text = screen.getByLabelText<HTMLTextAreaElement>('Answer to the citizen');
    expect(text.value).toBe(filled.text);
    const status = screen.getByTestId('template-filled');
    expect(status.textContent).toContain('The text was filled in from “Innlogging med BankID”.');
    expect(status.textContent).toContain('Fill in {name} yourself: the inquirer gave no name.');

    // The adviser writes the name in, and sends.
    fireEvent.change(text, { target: { value: `Hei Kari! Gjelder ${Inquiry}.` } });
    fireEvent.submit(text.closest('form')!);
    expect(onSubmit).toHaveBeenCalledWith(
      { action: 'answer', body: { text: `Hei Kari! Gjelder ${Inquiry}.`, resolve: true, templateId: template.id } },
      'The answer is sent.',
    );
  });

  it('sends the answer as the adviser’s own once no template is chosen again', async () => {
    const { onSubmit, picker } = await renderAnswerForm();
    fireEvent.change(picker, { target: { value: template.id } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Use' })));
    fireEvent.change(picker, { target: { value: '' } });
    const text = screen.getByLabelText<HTMLTextAreaElement>('Answer to the citizen');
    fireEvent.submit(text.closest('form')!);
    expect(onSubmit).toHaveBeenCalledWith({ action: 'answer', body: { text: filled.text, resolve: true } }, 'The answer is sent.');
  });
});
