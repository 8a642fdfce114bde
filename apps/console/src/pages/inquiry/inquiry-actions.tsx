import { useEffect, useRef, useState } from 'react';
import type { AgencyAgreementView, InquiryActionRequest } from '@inquiry-router/contracts/views';
import { supervises } from '../../api/access';
import { useSession } from '../../api/session';
import { InquiryView } from '../../api/types';
import { ActionRunner } from '../../api/use-action';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { shortcutKey, useShortcuts } from '../../keyboard/shortcuts';
import { ActionForm, ActionMode, actionTitles } from './action-form';

/** What only the inquiry's holder may do, in the order of the buttons. */
const HolderModes: readonly ActionMode[] = ['answer', 'escalate', 'forward', 'servicedesk', 'put-back'];

/**
 * What the signed-in user may do to the inquiry now: accept a reservation; answer, escalate, forward,
 * send to the service desk or put back what they hold (supervisors: anything held); correct the
 * classification of anything not resolved. One action's form is open at a time.
 */
export function InquiryActions({
  view,
  agencies,
  action,
  post,
  onDone,
}: {
  view: InquiryView;
  agencies: AgencyAgreementView[];
  action: ActionRunner;
  post: (request: InquiryActionRequest) => Promise<unknown>;
  onDone: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const [mode, setMode] = useState<ActionMode | null>(null);
  const firstField = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (mode) firstField.current?.focus();
  }, [mode]);

  const holder = view.status === 'claimed' && (view.assignedTo === session?.username || supervises(session));
  const reservedForMe = view.status === 'reserved' && view.reservedBy === session?.username;
  const open = (next: ActionMode) => () => {
    if (next === 'reclassify' || holder) setMode(next);
  };
  useShortcuts({
    answer: open('answer'),
    escalate: open('escalate'),
    forward: open('forward'),
    reclassify: open('reclassify'),
    servicedesk: open('servicedesk'),
  });

  const act = async (request: InquiryActionRequest, done: string) => {
    const result = await action.run(() => post(request).then(() => true), done);
    if (result) {
      setMode(null);
      await onDone();
    }
  };

  /** Opens the action's form; its shortcut key, if it has one, does the same. */
  const modeButton = (next: ActionMode) => (
    <button key={next} type="button" onClick={open(next)} aria-keyshortcuts={shortcutKey(next)} aria-expanded={mode === next}>
      {t(actionTitles[next])}
    </button>
  );

  return (
    <Section id="actions" title={t('actions.title')}>
      {reservedForMe && (
        <button type="button" className="primary" onClick={() => void act({ action: 'accept', body: {} }, t('actions.done.accept'))}>
          {t('actions.accept')}
        </button>
      )}
      <div className="action-buttons">
        {holder && HolderModes.map(modeButton)}
        {view.status !== 'resolved' && modeButton('reclassify')}
      </div>
      {mode && (
        <ActionForm
          mode={mode}
          inquiryId={view.inquiry.id}
          agencies={agencies}
          busy={action.busy}
          firstField={firstField}
          onCancel={() => setMode(null)}
          onSubmit={(request, done) => void act(request, done)}
        />
      )}
    </Section>
  );
}
