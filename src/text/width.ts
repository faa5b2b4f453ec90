// How wide text is on a terminal, in columns: a CJK character takes two, an emoji two, a combining
// accent none (string-width). Tables and wrapping measure with this, not with .length, so names in
// any script line up.
import stringWidth from 'string-width';

export const displayWidth = (text: string): number => stringWidth(text);

/** The text padded with spaces to `width` columns (as String.padEnd does with characters). */
export const padColumns = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The widest of the texts, in columns. */
export const widest = (texts: readonly string[]): number => texts.reduce((most, t) => Math.max(most, displayWidth(t)), 0);
