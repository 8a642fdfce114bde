import { useCallback, useState } from 'react';
import { ApiError } from './api-client';
import { useI18n } from '../i18n/i18n';

/** Runs one API action at a time and keeps its outcome as a message for a Notice. */
export function useAction() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [ok, setOk] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(action: () => Promise<T>, success?: string): Promise<T | undefined> => {
      setBusy(true);
      setOk(null);
      setError(null);
      try {
        const result = await action();
        if (success) setOk(success);
        return result;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (e instanceof ApiError && e.status === 403) setError(t('errors.forbidden'));
        else if (e instanceof ApiError && e.status === 401) setError(t('errors.unauthorized'));
        else if (e instanceof ApiError && e.status === 409) setError(t('errors.conflict', { message }));
        else setError(t('errors.generic', { message }));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, ok, error, run, setOk, setError };
}

export type ActionRunner = ReturnType<typeof useAction>;
