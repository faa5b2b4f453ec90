// Where an offset into a text is, as people and editors count: "file:line:col", with the line
// itself for a caret under the column. One way for answers, rule files and rosters alike.
import type { SourcePlace } from '../core/problem.js';

export function sourcePlace(file: string, text: string, offset: number, firstLine = 1): { where: string; at: SourcePlace } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const line = firstLine + (text.slice(0, start).match(/\n/g)?.length ?? 0);
  const column = offset - start + 1;
  const end = text.indexOf('\n', start);
  return { where: `${file}:${line}:${column}`, at: { file, line, column, text: text.slice(start, end < 0 ? undefined : end) } };
}
