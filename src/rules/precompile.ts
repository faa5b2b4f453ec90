// Run by the build: validates the shipped rules and writes dist/builtin-rules.json.
import { writeFileSync } from 'node:fs';
import { compiledPath, stampsOf } from './compiled.js';
import type { CompiledRules } from './compiled.js';
import { builtInRulesDir, loadRuleSet } from './load.js';

const dir = builtInRulesDir();
const { ruleSet } = await loadRuleSet(dir, { origin: 'built-in' });
const compiled: CompiledRules = { stamps: stampsOf(dir), ruleSet };
writeFileSync(compiledPath(dir), JSON.stringify(compiled));
