import { describe, expect, it } from 'vitest';
import { Lines } from '../../src/app/batch-lines.js';
import type { Run } from '../../src/app/batch-lines.js';

/** Every line with its number, from runs. */
const numbered = (runs: Run[]): [number, string][] =>
  runs.flatMap(({ text, firstLine }) => text.split(/(?<=\n)/).map((line, i): [number, string] => [firstLine + i, line]));

describe('Lines: NDJSON input as runs of whole lines', () => {
  it('numbers lines across chunks that split lines (and characters) anywhere', () => {
    const input = Buffer.from('{"ref":"Zoë"}\n\n{"ref":"東京"}\n{"ref":"🙂"}\nlast');
    for (let size = 1; size <= 7; size++) {
      const lines = new Lines();
      const runs: Run[] = [];
      for (let at = 0; at < input.length; at += size) runs.push(...lines.push(input.subarray(at, at + size)));
      runs.push(...lines.end());
      expect(numbered(runs)).toEqual([
        [1, '{"ref":"Zoë"}\n'],
        [2, '\n'],
        [3, '{"ref":"東京"}\n'],
        [4, '{"ref":"🙂"}\n'],
        [5, 'last'],
      ]);
    }
  });

  it('goes on from what another reader handed over (bytes after the last newline, next line number)', () => {
    const euro = Buffer.from('€'); // three bytes
    const first = new Lines();
    const before = [...first.push(Buffer.concat([Buffer.from('{"a":1}\n{"b":"'), euro.subarray(0, 1)]))];
    const second = new Lines(first.carry, first.line);
    const after = [...second.push(Buffer.concat([euro.subarray(1), Buffer.from('"}\n')])), ...second.end()];
    expect(numbered(before)).toEqual([[1, '{"a":1}\n']]);
    expect(numbered(after)).toEqual([[2, '{"b":"€"}\n']]);
  });

  it('gives runs of at most 128 lines', () => {
    const lines = new Lines();
    const runs = [...lines.push(Buffer.from('{}\n'.repeat(300)))];
    expect(runs.map((r) => [r.firstLine, r.text.length / 3])).toEqual([[1, 128], [129, 128], [257, 44]]);
  });
});
