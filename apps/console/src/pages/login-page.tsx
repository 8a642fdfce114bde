import { FormEvent, useState } from 'react';
import { useSession } from '../api/session';
import { Notice, Page } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';

export function LoginPage() {
  const { m } = useI18n();
  const { signIn } = useSession();
  const { navigate } = useRouter();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailed(false);
    try {
      const session = await signIn(username, password);
      navigate(session.role === 'supervisor' || session.role === 'admin' ? '/dashboard' : '/work', { replace: true });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={m.login.title}>
      <form className="panel narrow" onSubmit={(e) => void submit(e)} aria-describedby={failed ? 'login-failed' : undefined}>
        <div className="field">
          <label htmlFor="login-username">{m.login.username}</label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{m.login.password}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <div id="login-failed">{failed && <Notice kind="error">{m.login.failed}</Notice>}</div>
        <button type="submit" disabled={busy}>
          {m.login.submit}
        </button>
      </form>
    </Page>
  );
}
