/** The IVR's menu: the digit, and how the choice reads in an inquiry ("IVR: 2 skjema og innsending."). */
export const MenuChoices = {
  1: 'innlogging',
  2: 'skjema og innsending',
  3: 'roller og rettigheter',
  4: 'annet',
} as const;

export type MenuChoice = keyof typeof MenuChoices;

const spoken: [MenuChoice, RegExp][] = [
  [1, /\b(1|en|én|ein|innlogging|logge inn|logg inn)\b/],
  [2, /\b(2|to|skjema|innsending)\b/],
  [3, /\b(3|tre|roller|rettigheter|tilgang)\b/],
  [4, /\b(4|fire|annet|anna)\b/],
];

/**
 * The caller's choice from a key press, or failing that from what they said. Nothing usable
 * means "other": the caller is never sent round the menu again.
 */
export function menuChoiceOf(digits: string | undefined, speech: string | undefined): MenuChoice {
  const digit = Number(digits?.trim().charAt(0));
  if (digit >= 1 && digit <= 4) return digit as MenuChoice;
  const said = speech?.toLowerCase() ?? '';
  return spoken.find(([, pattern]) => pattern.test(said))?.[0] ?? 4;
}

export function parseMenuChoice(value: unknown): MenuChoice | null {
  return typeof value === 'string' && /^[1-4]$/.test(value) ? (Number(value) as MenuChoice) : null;
}

/** What a caller's choice and words look like as an inquiry body (as transcripts look in the data). */
export function ivrInquiryBody(choice: MenuChoice, speech: string | undefined): string {
  const words = speech?.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 4000);
  return `IVR: ${choice} ${MenuChoices[choice]}. ${words ? `Innringer: ${words}` : 'Innringer sa ikke noe.'}`;
}
