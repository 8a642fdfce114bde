import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The values an ICU message takes, as `name:kind` (`count:plural`, `id:argument`), from its branches too. */
export function placeholders(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    switch (el.type) {
      case TYPE.literal:
      case TYPE.pound:
        return [];
      case TYPE.plural:
      case TYPE.select:
        return [`${el.value}:${TYPE[el.type]}`, ...Object.values(el.options).flatMap((o) => placeholders(o.value))];
      case TYPE.tag:
        return [`${el.value}:tag`, ...placeholders(el.children)];
      default:
        return [`${el.value}:${TYPE[el.type]}`];
    }
  });
}
