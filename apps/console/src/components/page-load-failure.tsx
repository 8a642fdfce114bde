import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** Where the console notes when it last reloaded for a missing page chunk (this tab only). */
const ReloadedAtKey = 'console.reloadedForChunkAt';
/** At most one such reload a minute: a chunk missing for any other reason must not reload forever. */
const ReloadPauseMs = 60_000;

/**
 * After a release, a console opened before it asks for page chunks the new build no longer has:
 * reload once to get the new build, instead of showing nothing. Returns whether it reloaded.
 */
export function reloadForNewRelease(storage: Storage, now: number, reload: () => void): boolean {
  const last = Number(storage.getItem(ReloadedAtKey) ?? 0);
  if (now - last < ReloadPauseMs) return false;
  storage.setItem(ReloadedAtKey, String(now));
  reload();
  return true;
}

/** Vite's event for a dynamic import that failed to load: reloading for a new release answers it. */
export function reloadOnMissingChunks(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (reloadForNewRelease(window.sessionStorage, Date.now(), () => window.location.reload())) event.preventDefault();
  });
}

/**
 * A page that cannot be shown (its chunk did not load, or it failed while drawing) is replaced by a
 * short explanation with a way to reload, while the menu around it stays usable.
 */
export class PageLoadFailure extends Component<{ children: ReactNode; path: string }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidUpdate(previous: { path: string }): void {
    // Going to another page gives that page its own chance.
    if (this.state.failed && previous.path !== this.props.path) this.setState({ failed: false });
  }

  render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useI18n();
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('pageFailed')}</p>
      <button type="button" className="secondary" onClick={() => window.location.reload()}>
        {t('pageReload')}
      </button>
    </div>
  );
}
