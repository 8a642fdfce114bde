import { FormEvent, ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { Notice } from './page';

/**
 * A modal dialog that asks before an action that is audited or cannot be undone: its title names
 * the action, `explanation` says what will happen, `children` are the fields it needs (a required
 * note). Opened, it takes focus (its first field, else Cancel, never the action itself); Escape or
 * Cancel closes it; closed, focus returns to what opened it. The fields exist only while it is open,
 * so each opening starts empty. `error` is the last failure, shown where the person is.
 */
export function ConfirmDialog({
  id,
  open,
  title,
  explanation,
  confirm,
  irreversible = false,
  busy,
  error,
  onConfirm,
  onClose,
  children,
}: {
  id: string;
  open: boolean;
  title: string;
  explanation: string;
  confirm: string;
  /** An action that cannot be undone: its button says so by its colour too. */
  irreversible?: boolean;
  busy: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!open || !d) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal: there the dialog is only marked open.
    if (!d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    (d.querySelector<HTMLElement>('input, textarea, select') ?? cancel.current)?.focus();
    return () => {
      if (d.open) {
        if (typeof d.close === 'function') d.close();
        else d.removeAttribute('open');
      }
      opener?.focus();
    };
  }, [open]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onConfirm();
  };

  return (
    <dialog
      ref={dialog}
      id={id}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explanation`}
      // Escape: the browser closes it; the page learns it here.
      onClose={() => open && onClose()}
    >
      {open && (
        <form onSubmit={submit}>
          <h2 id={`${id}-title`}>{title}</h2>
          <p id={`${id}-explanation`}>{explanation}</p>
          {children}
          <Notice kind="error">{error}</Notice>
          <div className="form-buttons">
            <button type="submit" className={irreversible ? 'primary danger' : 'primary'} disabled={busy}>
              {confirm}
            </button>
            <button type="button" className="secondary" ref={cancel} onClick={onClose}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
