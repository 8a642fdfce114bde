import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { Shortcuts } from '../keyboard/shortcuts';

/** The list of shortcuts in a modal dialog (the browser keeps focus inside; Escape closes it). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close?.();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby="shortcut-help-title" onClose={onClose} className="dialog">
      <h2 id="shortcut-help-title">{t('shortcuts.title')}</h2>
      <dl className="shortcut-list">
        {Object.entries(Shortcuts).map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${action}`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Ctrl</kbd> + <kbd>Enter</kbd>
          </dt>
          <dd>{t('shortcuts.submit')}</dd>
        </div>
      </dl>
      <button type="button" onClick={onClose} autoFocus>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
