import { KeyboardEvent } from 'react';

/** Ctrl/Cmd+Enter in a text field submits its form. */
export function submitOnCtrlEnter(e: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}
