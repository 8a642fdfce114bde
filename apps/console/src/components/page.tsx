import { ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';

/** A page: its title in the tab and as the one h1, which takes focus when the page opens (screen readers hear where they are). */
export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const appName = useI18n().t('appName');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title, appName]);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </div>
      {children}
    </>
  );
}

/** A page whose subject the workdesk does not know (404): says so, with the way back. */
export function NotFoundPage({ title, text, back }: { title: string; text: string; back: ReactNode }) {
  return (
    <Page title={title}>
      <Notice kind="error">{text}</Notice>
      {back}
    </Page>
  );
}

/** Feedback after an action: polite for success, assertive for errors. */
export function Notice({ kind, children }: { kind: 'ok' | 'error'; children: ReactNode }) {
  if (!children) return null;
  return (
    <p className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}

/** What the main region shows while a page's code is on its way: announced politely, as a status. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <p className="hint" role="status">
      {t('pageLoading')}
    </p>
  );
}

/** A labelled section whose heading names it for assistive technology. */
export function Section({ id, title, children, className }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className ?? 'panel'}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
