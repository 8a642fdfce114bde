import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgencyAgreementView } from '@inquiry-router/contracts/views';
import { renderInConsole, resetConsole, signIn } from '../../testing/console-under-test';
import { ActionForm, type ActionMode } from './action-form';

afterEach(resetConsole);
beforeEach(() => signIn('kari', ['adviser']));

const skatt: AgencyAgreementView = { code: 'skd', name: 'Skatteetaten' };

/** Fills in the form of `mode` as `fill` says, submits it, and returns the request it made. */
function submitted(mode: ActionMode, fill: () => void): unknown {
  const onSubmit = vi.fn();
  renderInConsole(
    <ActionForm
      mode={mode}
      inquiryId="a1b2c3"
      agencies={[skatt]}
      busy={false}
      firstField={{ current: null }}
      onCancel={() => undefined}
      onSubmit={onSubmit}
    />,
  );
  fill();
  fireEvent.submit(screen.getByRole('form'));
  expect(onSubmit).toHaveBeenCalledTimes(1);
  return onSubmit.mock.calls[0][0];
}

const write = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the request an action’s form makes', () => {
  it('forwards to the chosen agency with the note', () => {
    const request = submitted('forward', () => write('Note for the agency', 'Gjelder skattekort.'));
    expect(request).toEqual({ action: 'forward', body: { agency: 'skd', note: 'Gjelder skattekort.' } });
  });

  it('sends a case of the chosen type to the service desk', () => {
    const request = submitted('servicedesk', () => {
      write('Case type', 'feil');
      write('Note', 'Skjemaet feiler ved innsending.');
    });
    expect(request).toEqual({ action: 'servicedesk', body: { caseType: 'feil', note: 'Skjemaet feiler ved innsending.' } });
  });

  it('puts back without a note when none is written', () => {
    expect(submitted('put-back', () => undefined)).toEqual({ action: 'put-back', body: {} });
  });

  it('corrects to the service desk with a category and a case type', () => {
    const request = submitted('reclassify', () => {
      write('Target', 'servicedesk');
      write('Category', 'integration');
      write('Case type', 'bestilling');
      write('Why (at least 3 characters)', 'A vendor orders access.');
    });
    expect(request).toEqual({
      action: 'reclassify',
      body: { target: 'servicedesk', category: 'integration', caseType: 'bestilling', reason: 'A vendor orders access.' },
    });
  });

  it('corrects to an agency with neither category nor case type', () => {
    const request = submitted('reclassify', () => {
      write('Target', 'agency:skd');
      write('Why (at least 3 characters)', 'About the tax return.');
    });
    expect(request).toEqual({ action: 'reclassify', body: { target: 'agency:skd', reason: 'About the tax return.' } });
  });
});
