// Advice for a run of NDJSON lines, as the bytes of their results. The same code runs in the
// main thread and in each batch worker (./batch-worker.ts); it keeps what repeats across lines.
import { mergeAnswerSources } from '../answers/sources.js';
import { validateAnswers } from '../answers/validate.js';
import type { RuleSet } from '../core/types.js';
import type { TimeContext } from '../core/time/types.js';
import { adviseParts, AdviceCache } from './advise.js';
import { Output } from './batch-output.js';

export interface BatchSetup {
  ruleSet: RuleSet;
  /** Fixed once for the whole batch: every line is advised as of the same moment. */
  time: TimeContext;
  explain: boolean;
  /** Answers from --set, for every line; they win over the line's own (as --set wins over a file). */
  set?: Record<string, unknown>;
}

export interface Advised {
  /** Valid until the next call of advise(): write them (or copy them) first. */
  bytes: Buffer;
  /** How many of the lines were bad (each got an error object). */
  bad: number;
}

const EXAMPLE = 'Each line must be one JSON object, e.g. {"purpose":"decision","urgency":"today","attendees":3}.';

export class BatchAdvisor {
  private readonly cache = new AdviceCache();
  private readonly out = new Output();
  constructor(private readonly setup: BatchSetup) {}

  /** `text` holds whole lines, each ending in "\n"; the first is line number `firstLine`. */
  advise(text: string, firstLine: number): Advised {
    let bad = 0;
    let line = firstLine;
    for (let start = 0; start < text.length; line++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const one = text.slice(start, end);
      if (one.trim() !== '' && !this.line(one, line)) bad++;
      start = end + 1;
    }
    return { bytes: this.out.take(), bad };
  }

  /** Advises one line; false when it was bad (an error object was written instead). */
  private line(text: string, line: number): boolean {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      this.out.error(line, undefined, [{ message: `not valid JSON: ${(error as Error).message}`, hint: EXAMPLE }]);
      return false;
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      this.out.error(line, undefined, [{ message: 'expected a JSON object of answers', hint: EXAMPLE }]);
      return false;
    }
    const { ruleSet, time, explain, set } = this.setup;
    const { ref, ...answers } = raw as Record<string, unknown>;
    const given = set === undefined ? answers : mergeAnswerSources({ set, file: answers });
    const checked = validateAnswers(given, ruleSet.questions, { organizerZone: time.organizerZone });
    if ('problems' in checked) {
      this.out.error(line, ref, checked.problems);
      return false;
    }
    this.out.advice(line, ref, adviseParts(ruleSet, checked.answers, time, explain, this.cache));
    return true;
  }
}
