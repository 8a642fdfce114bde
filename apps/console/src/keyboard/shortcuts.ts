import { useEffect, useRef } from 'react';

/** The console's single-key shortcuts; they act only when focus is not in a field. */
export const Shortcuts = {
  n: 'next',
  a: 'answer',
  e: 'escalate',
  f: 'forward',
  k: 'reclassify',
  s: 'servicedesk',
  w: 'work',
  o: 'dashboard',
  '?': 'help',
} as const;
export type ShortcutAction = (typeof Shortcuts)[keyof typeof Shortcuts];

/** The key bound to `action`, if any (for `aria-keyshortcuts`). */
export function shortcutKey(action: string): string | undefined {
  return Object.entries(Shortcuts).find(([, bound]) => bound === action)?.[0];
}

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

function isTyping(target: EventTarget | null): boolean {
  if (!target || !(target as HTMLElement).tagName) return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag !== 'input') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'submit', 'checkbox', 'radio', 'reset'].includes(type);
}

/** The action a key press asks for, or null (typing in a field, a modifier held, an unbound key). */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return (Shortcuts as Record<string, ShortcutAction>)[key === '?' ? '?' : key] ?? null;
}

/** Calls `handlers[action]` for the shortcuts pressed while the component is mounted. */
export function useShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      const handler = action && ref.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
