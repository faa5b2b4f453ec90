// Where an id is defined: every file and line whose section lists an item with that id (a team's
// file replacing a built-in item gives two, the team's last). Read from the YAML texts with
// positions, as validation reads them, for `rules show ID`.
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { RuleText } from './parse.js';

/** The sections `rules show` looks in, with the noun for each and the key that names an item. */
export const SHOWN_SECTIONS = [
  { section: 'rules', noun: 'row', key: 'id' },
  { section: 'plans', noun: 'plan', key: 'id' },
  { section: 'adjustments', noun: 'adjustment', key: 'id' },
  { section: 'checklist', noun: 'checklist item', key: 'id' },
  { section: 'questions', noun: 'question', key: 'id' },
  { section: 'channels', noun: 'channel', key: 'id' },
  { section: 'signals', noun: 'signal', key: 'id' },
  { section: 'drafts', noun: 'draft', key: 'id' },
] as const;

export type ShownSection = (typeof SHOWN_SECTIONS)[number]['section'];

export interface Definition {
  section: ShownSection;
  file: string;
  line: number;
}

/** Every place `id` is defined, in the order the files are read (the last one is in effect). */
export function definitionsOf(texts: readonly RuleText[], id: string): Definition[] {
  const found: Definition[] = [];
  for (const { file, text } of texts) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    if (!isMap(doc.contents)) continue;
    for (const { section, key } of SHOWN_SECTIONS) {
      // The table's rows are under table: (rules:, its old name, is still read).
      const list = section === 'rules' ? (doc.get('table', true) ?? doc.get('rules', true)) : doc.get(section, true);
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        if (!isMap(item) || String(item.get(key)) !== id) continue;
        const offset = item.range?.[0];
        found.push({ section, file, line: offset === undefined ? 0 : lineCounter.linePos(offset).line });
      }
    }
  }
  return found;
}
