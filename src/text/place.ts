// Where things are, shown one way everywhere: a path as the user would type it, and an offset
// into a text as people and editors count it ("file:line:col", with the line for a caret).
import { isAbsolute, relative, resolve } from 'node:path';
import type { SourcePlace } from '../core/problem.js';

/** Relative to the working directory when that is shorter ("." for the directory itself), else absolute. */
export function displayPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  return !isAbsolute(rel) && rel.length < absolute.length ? rel : absolute;
}

export function sourcePlace(file: string, text: string, offset: number, firstLine = 1): { where: string; at: SourcePlace } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const line = firstLine + (text.slice(0, start).match(/\n/g)?.length ?? 0);
  const column = offset - start + 1;
  const end = text.indexOf('\n', start);
  return { where: `${file}:${line}:${column}`, at: { file, line, column, text: text.slice(start, end < 0 ? undefined : end) } };
}
