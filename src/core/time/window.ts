// Reply windows are working time, not clock time: "two working days" gives a reader in Tokyo two of
// their own days, wherever the asker is. Written as an ISO 8601 duration (PT4H four working hours,
// P2D two working days, P1W a working week of five days) or in words ("4 working hours",
// "2 working days", "a week"). Years and months are refused: nobody waits a year for a reply.
import type { Problem } from '../problem.js';

export interface ReplyWindow {
  /** Whole working days, each the reader's own working day. */
  days: number;
  /** Working hours on top of them. */
  hours: number;
}

/** Three working weeks: longer than any honest reply window (and the scheduler looks no further). */
export const MAX_WINDOW_DAYS = 15;

const ISO = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?)?$/i;
const WORDS = /^(a|an|one|\d+(?:\.\d+)?)\s+(?:working\s+|work\s+|business\s+)?(hours?|days?|weeks?)$/i;

export const WINDOW_HINT = 'Write an ISO 8601 duration in working time (PT4H four working hours, P2D two working days, P1W a week) or words such as "2 working days" or "a week".';

/** The window `text` names, or a Problem saying what is wrong. */
export function parseWindow(text: string, where: string): ReplyWindow | { problem: Problem } {
  const trimmed = text.trim();
  let window: ReplyWindow | undefined;
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [weeks, days, hours, minutes] = iso.slice(1).map((n) => Number(n ?? 0));
    window = { days: weeks! * 5 + days!, hours: hours! + minutes! / 60 };
  } else {
    const words = WORDS.exec(trimmed);
    if (words) {
      const n = /^\d/.test(words[1]!) ? Number(words[1]) : 1;
      const unit = words[2]!.toLowerCase();
      window = unit.startsWith('hour') ? { days: 0, hours: n } : { days: unit.startsWith('week') ? n * 5 : n, hours: 0 };
    }
  }
  if (window === undefined) {
    // P1Y, P2M: years and months (an M before any T is months; after it, minutes).
    const calendar = /^P[^T]*[YM]/i.test(trimmed);
    const message = calendar ? `"${text}" counts years or months; a reply window is working days or hours.` : `"${text}" is not a reply window.`;
    return { problem: { where, message, hint: WINDOW_HINT } };
  }
  if (window.days * 8 + window.hours <= 0) return { problem: { where, message: `"${text}" is an empty reply window.`, hint: WINDOW_HINT } };
  if (window.days + window.hours / 8 > MAX_WINDOW_DAYS) {
    return { problem: { where, message: `"${text}" is longer than ${MAX_WINDOW_DAYS} working days.`, hint: 'Ask for a reply within three working weeks at most; split longer work into steps.' } };
  }
  return window;
}

/** Calendar days a window can span at most (weekends in between, a day of slack). */
export const calendarDaysAtMost = (w: ReplyWindow): number => Math.ceil(((w.days + Math.ceil(w.hours / 8)) * 7) / 5) + 3;

/** "2 working days", "4 working hours", "1 working day and 2 hours": how the window reads. */
export function windowText(w: ReplyWindow): string {
  const part = (n: number, unit: string) => `${Number(n.toFixed(2))} working ${unit}${n === 1 ? '' : 's'}`;
  if (w.days === 0) return part(w.hours, 'hour');
  if (w.hours === 0) return w.days === 5 ? 'a working week' : part(w.days, 'day');
  return `${part(w.days, 'day')} and ${Number(w.hours.toFixed(2))} h`;
}
