// In a set that extends another, a team item may say where it goes: a row `above:`/`below:` another
// row, a question `before:`/`after:` another question. One mechanism for both: items that name no
// place keep the order they are given in, then each placed item goes next to the one it names, in
// rounds (a placed item may name another placed item). An item whose named one is not there is
// reported and kept at the end, so the rest of the set is still checked.
import type { At, Diagnostic } from './merge.js';
import { suggestion } from './shape.js';

export interface Placement {
  /** The keys that name the item to go before or after: `above`/`below`, `before`/`after`. */
  before: string;
  after: string;
  /** "row", "question": for "unknown row "x"". */
  noun: string;
  hint: string;
}

type Placeable = { id: string };

const named = (item: At<Placeable>, key: string): unknown => (item.value as unknown as Record<string, unknown>)[key];

/** The key an item places itself with, if any (the "before" key wins when both are given). */
export function placedBy(item: At<Placeable>, how: Placement): string | undefined {
  if (named(item, how.before) !== undefined) return how.before;
  return named(item, how.after) !== undefined ? how.after : undefined;
}

/** `ordered` (items that name no place) with every item of `placed` put where it asks. */
export function placeItems<T extends Placeable>(ordered: At<T>[], placed: At<T>[], how: Placement, errors: Diagnostic[]): At<T>[] {
  const items = [...ordered];
  let waiting = placed;
  for (let placedOne = true; placedOne; ) {
    placedOne = false;
    waiting = waiting.filter((item) => {
      const key = placedBy(item, how)!;
      const at = items.findIndex((x) => x.value.id === named(item, key));
      if (at < 0) return true;
      items.splice(key === how.before ? at : at + 1, 0, item);
      placedOne = true;
      return false;
    });
  }
  const ids = [...ordered, ...placed].map((x) => x.value.id);
  for (const item of waiting) {
    const key = placedBy(item, how)!;
    const other = String(named(item, key));
    const message = ids.includes(other)
      ? `${how.noun} "${item.value.id}" goes ${key} "${other}", which waits to be placed itself: their places go round in a circle`
      : `unknown ${how.noun} "${other}"${suggestion(other, ids)}`;
    errors.push({ file: item.file, path: [...item.path, key], acrossFiles: true, message, hint: how.hint });
    items.push(item);
  }
  return items;
}
