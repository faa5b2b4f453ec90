// The output formats, by name: the formatters' registry (format/registry.ts) loads one for each,
// and settings, the team file's schema and completion name them. Here, low down, so that config
// and roster can read the list without importing the formatters.
export const FORMAT_NAMES = ['text', 'json', 'markdown'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
