import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '@inquiry-router/contracts/vocabulary';
import type { InquiryView } from '../../api/types';
import { useAction } from '../../api/use-action';
import { renderInConsole, resetConsole, signIn } from '../../testing/console-under-test';
import { queuedInFirstLine } from '../../testing/inquiry-views';
import { InquiryActions } from './inquiry-actions';

afterEach(resetConsole);

const heldByKari: InquiryView = {
  ...queuedInFirstLine({
    id: 'a1b2c3',
    channel: 'email',
    receivedAt: '2026-12-04T08:00:00.000Z',
    from: {},
    to: 'support',
    body: 'Jeg får ikke logget inn',
    attachments: [],
  }),
  status: 'claimed',
  assignedTo: 'kari',
};

function ActionsOf({ view }: { view: InquiryView }) {
  const action = useAction();
  return <InquiryActions view={view} agencies={[]} action={action} post={() => Promise.resolve({})} onDone={() => Promise.resolve()} />;
}

/** The buttons the signed-in user is offered for the inquiry, by their text. */
function buttonsFor(username: string, roles: Role[], view: InquiryView = heldByKari): string[] {
  signIn(username, roles);
  renderInConsole(<ActionsOf view={view} />);
  return within(screen.getByRole('region', { name: 'Actions' }))
    .queryAllByRole('button')
    .map((b) => b.textContent ?? '');
}

const HolderButtons = ['Answer', 'Escalate', 'Forward to agency', 'Service desk case', 'Put back in the queue'];

describe('InquiryActions', () => {
  it('offers the holder every action on what they hold', () => {
    expect(buttonsFor('kari', ['adviser'])).toEqual([...HolderButtons, 'Correct classification']);
  });

  it('offers another adviser only the correction of the classification', () => {
    expect(buttonsFor('ola', ['adviser'])).toEqual(['Correct classification']);
  });

  // The workdesk lets every role of its Supervisors take over another's work; the console offers the same buttons.
  it.each<Role>(['supervisor', 'admin'])('offers the holder’s actions on what someone else holds to the role %s', (role) => {
    expect(buttonsFor('per', [role])).toEqual([...HolderButtons, 'Correct classification']);
  });

  it('offers nothing on a resolved inquiry', () => {
    expect(buttonsFor('kari', ['adviser'], { ...heldByKari, status: 'resolved' })).toEqual([]);
  });
});
