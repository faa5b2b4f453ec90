// Whether the reader's terminal can show more than ASCII. A terminal that says TERM=dumb, or a
// locale whose character set is not UTF-8 (LANG=C, LC_ALL=POSIX, LANG=en_US.ISO-8859-1), gets
// the text format in ASCII: the time strips' block characters and the advice's bullets would
// otherwise arrive as mojibake or question marks. No locale variable at all counts as UTF-8: that
// is what terminals and CI runners use today, and what commtriage always printed.

/** The locale's character set decides: LC_ALL, then LC_CTYPE, then LANG (POSIX order). */
export function asciiOnly(env: Record<string, string | undefined>): boolean {
  if (env.TERM === 'dumb') return true;
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && !/utf-?8/i.test(locale);
}

/** The few characters the text format adds itself, and common punctuation in rule text. */
const ASCII: Record<string, string> = {
  '•': '*',
  '·': '-',
  '—': '-',
  '–': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '×': 'x',
};

export const toAscii = (text: string): string => text.replace(/[\u2022\u00b7\u2014\u2013\u2018\u2019\u201c\u201d\u2026\u00d7]/g, (ch) => ASCII[ch] ?? ch);
