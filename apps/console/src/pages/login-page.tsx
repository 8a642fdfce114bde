import { FormEvent, useState } from 'react';
import { useSession } from '../api/session';
import { landingPath } from '../console-pages';
import { Field } from '../components/fields';
import { Notice, Page } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const { navigate } = useRouter();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // The fields are read as they stand when the form is sent.
    const form = e.currentTarget;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    setBusy(true);
    setFailed(false);
    try {
      const session = await signIn(value('username'), value('password'));
      navigate(landingPath(session), { replace: true });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('login.title')}>
      <form className="panel narrow" onSubmit={(e) => void submit(e)} aria-describedby={failed ? 'login-failed' : undefined}>
        <Field id="login-username" label={t('login.username')}>
          <input id="login-username" name="username" autoComplete="username" required />
        </Field>
        <Field id="login-password" label={t('login.password')}>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        </Field>
        <div id="login-failed">{failed && <Notice kind="error">{t('login.failed')}</Notice>}</div>
        <button type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </Page>
  );
}
