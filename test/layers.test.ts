// Imports run one way (docs/architecture.md, "Which way imports run"): a module never imports one
// from a higher layer, so the core can be read, tested and reused without the edges, and a
// formatter's or a command's change cannot reach down into what it is built on.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Lowest first; a module may import from its own layer and the ones before it. */
const LAYERS: string[][] = [
  ['core'],
  ['text', 'errors', 'files', 'zone-data', 'version'],
  ['rules', 'config'],
  ['roster', 'answers'],
  ['audit', 'calendar'],
  ['format'],
  ['context', 'app', 'completion', 'cli'],
  ['main'],
];

/** The one import that goes up, type only: the zone reader takes the world's interface, passed in like a memo. */
const ALLOWED = new Set(['core/time/zones.ts -> zone-data/world.ts']);

const layerOf = (file: string): number => {
  const unit = file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.ts$/, '');
  const layer = LAYERS.findIndex((units) => units.includes(unit));
  if (layer < 0) throw new Error(`src/${file} is in no layer: add "${unit}" to LAYERS (and to docs/architecture.md)`);
  return layer;
};

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

/** Every module a file imports or re-exports (static, type-only or dynamic), relative to src/. */
function importsOf(path: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(path, 'utf8');
  const found: { target: string; typeOnly: boolean }[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
  const dynamic = /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(statement)) found.push({ target: m[2]!, typeOnly: m[1] !== undefined });
  for (const m of text.matchAll(dynamic)) found.push({ target: m[1]!, typeOnly: false });
  return found
    .map(({ target, typeOnly }) => ({ target: relative(SRC, resolve(dirname(path), target)).replace(/\.js$/, '.ts'), typeOnly }))
    .filter(({ target }) => !target.startsWith('..'));
}

describe('layers', () => {
  const files = sources(SRC).map((path) => relative(SRC, path));

  it('finds the imports it checks', () => {
    // A reader that found nothing would pass every rule below.
    expect(importsOf(join(SRC, 'config/check.ts')).map((i) => i.target)).toContain('core/format-names.ts');
    expect(importsOf(join(SRC, 'app/ask.ts')).length).toBeGreaterThan(10);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = files.flatMap((file) =>
      importsOf(join(SRC, file))
        .filter(({ target }) => layerOf(target) > layerOf(file))
        .map(({ target, typeOnly }) => ({ edge: `${file} -> ${target}`, typeOnly })),
    );
    expect(upward.filter((u) => !(ALLOWED.has(u.edge) && u.typeOnly)).map((u) => u.edge)).toEqual([]);
  });
});
