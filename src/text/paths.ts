// A path as the user would type it, the one way every message shows one.
import { isAbsolute, relative, resolve } from 'node:path';

/** Relative to the working directory when that is shorter ("." for the directory itself), else absolute. */
export function displayPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  return !isAbsolute(rel) && rel.length < absolute.length ? rel : absolute;
}
