import { describe, expect, it } from 'vitest';
import { shortcutFor, shortcutKey } from './shortcuts';

const press = (
  key: string,
  target: EventTarget | null = document.body,
  mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
) => shortcutFor({ key, target, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('shortcutFor', () => {
  it('maps the single keys to actions, either case', () => {
    expect(press('n')).toBe('next');
    expect(press('E')).toBe('escalate');
    expect(press('?')).toBe('help');
    expect(press('x')).toBeNull();
  });

  it('does nothing while typing in a field or with a modifier held', () => {
    expect(press('n', document.createElement('textarea'))).toBeNull();
    expect(press('n', document.createElement('input'))).toBeNull();
    expect(press('n', document.createElement('select'))).toBeNull();
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(press('n', checkbox)).toBe('next');
    expect(press('n', document.body, { ctrlKey: true })).toBeNull();
  });
});

describe('shortcutKey', () => {
  it('is the key bound to an action, none for an action without one', () => {
    expect(shortcutKey('answer')).toBe('a');
    expect(shortcutKey('reclassify')).toBe('k');
    expect(shortcutKey('put-back')).toBeUndefined();
  });
});
