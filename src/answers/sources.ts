// The answer sources merged by precedence: --set beats --answers FILE beats standard input.
// Prompts come last and only ask for what is still missing (interview.ts).

export interface AnswerSources {
  set?: Record<string, unknown>;
  file?: Record<string, unknown>;
  stdin?: Record<string, unknown>;
}

export function mergeAnswerSources({ set, file, stdin }: AnswerSources): Record<string, unknown> {
  const merged: Record<string, unknown> = Object.create(null);
  // Lowest precedence first, so that each later source overwrites.
  for (const source of [stdin, file, set]) {
    if (!source) continue;
    for (const key of Object.keys(source)) merged[key] = source[key];
  }
  return merged;
}
