// The fast path for answers written as JSON (what scripts send): JSON.parse instead of the YAML
// parser, which then loads only for YAML or for input that needs a precise error. Whatever this
// path refuses goes to parseAnswersText, so both paths give the same answers and the same errors.

/** Answers are a short mapping; anything bigger is the wrong file (and costs time to parse). */
export const MAX_ANSWERS_BYTES = 64 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A prototype-free record when `text` is a plain JSON object the YAML path would accept as is. */
export function parseJsonAnswers(text: string): Record<string, unknown> | undefined {
  if (text.length > MAX_ANSWERS_BYTES / 4 || !/^\s*\{/.test(text) || /[\u0000\uFFFD]/.test(text)) return undefined;
  let value: unknown;
  let clean = true;
  try {
    value = JSON.parse(text, (key, v) => {
      if (FORBIDDEN_KEYS.has(key)) clean = false;
      return v;
    });
  } catch {
    return undefined;
  }
  if (!clean || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (hasDuplicateKeys(text)) return undefined;
  const result: Record<string, unknown> = Object.create(null);
  for (const [key, v] of Object.entries(value)) result[key] = v;
  return result;
}

/** JSON.parse keeps the last of two equal keys; the YAML path reports them. One forward scan. */
function hasDuplicateKeys(text: string): boolean {
  // One entry per open container: the keys seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c === '{' ? new Set() : null);
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      open.pop();
    } else if (c === ',') {
      expectKey = open[open.length - 1] instanceof Set;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const key = text.slice(i + 1, j);
        if (keys.has(key)) return true;
        keys.add(key);
      }
      expectKey = false;
      i = j;
    }
  }
  return false;
}
