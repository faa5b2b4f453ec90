// Records keyed by names from outside (answers by question id), with no inherited keys.
// Object.create(null) gives that, but V8 keeps such objects as hash tables, and reading,
// spreading and stringifying them is two to three times slower. A record here starts with a
// prototype that has no properties (so a key "__proto__" is a plain key) and ends with none.
function Empty() {}
Empty.prototype = Object.create(null);

export const emptyRecord = <T extends object>(): T => new (Empty as unknown as new () => T)();

/** The record, now with no prototype at all (as Object.create(null) would have). */
export const finishRecord = <T extends object>(record: T): T => Object.setPrototypeOf(record, null) as T;

/** Keys that could reach an object's prototype if someone copied a record carelessly: refused in answers and rule files alike. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
