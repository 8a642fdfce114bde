import { ReactNode, useState } from 'react';
import { useDevelopmentTools } from '../api/development-tools';
import { supervises } from '../api/access';
import { useSession } from '../api/session';
import { menuOf } from '../console-pages';
import { localeNames, Locales } from '../i18n/catalogue';
import { isLocale, useI18n } from '../i18n/i18n';
import { useShortcuts } from '../keyboard/shortcuts';
import { Link, useRouter } from '../router';
import { ShortcutHelp } from './shortcut-help';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="language">
      <label htmlFor="language-select">{t('language')}</label>
      <select id="language-select" value={locale} onChange={(e) => setLocale(isLocale(e.target.value) ? e.target.value : 'nb')}>
        {Locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Skip link, header with the menu for the user's roles, the language choice, and the main region. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const { navigate } = useRouter();
  const [help, setHelp] = useState(false);
  const supervisor = supervises(session);
  useShortcuts({
    help: () => setHelp(true),
    work: () => navigate('/work'),
    dashboard: () => supervisor && navigate('/dashboard'),
  });
  const developmentTools = useDevelopmentTools();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('appName')}</p>
        {session && (
          <nav aria-label={t('nav.main')}>
            <ul>
              {menuOf(session, developmentTools).map((page) => (
                <li key={page.path}>
                  <Link to={page.path}>{t(page.menuText)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="header-tools">
          <LanguageSwitch />
          {session && (
            <>
              <button type="button" className="secondary" onClick={() => setHelp(true)} aria-keyshortcuts="?">
                {t('shortcuts.open')}
              </button>
              <span className="user">{t('signedInAs', { user: session.username })}</span>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  signOut();
                  navigate('/login');
                }}
              >
                {t('signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        {/* The public status page is the workdesk's own (server-rendered): a full page load, not a route here. */}
        <a href="/status">{t('statusPage')}</a>
      </footer>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </>
  );
}
