// `commtriage rules show ID`: one row, plan, adjustment, checklist item, question, channel,
// signal or draft template of the rule set in use, as YAML, with the file and line that define it (and the built-in
// one it replaces), so that nobody has to read the package's YAML to find an id.
import { stringify } from 'yaml';
import type { Context } from '../context.js';
import type { RuleSet } from '../core/types.js';
import { closest } from '../core/suggest.js';
import { UserError } from '../errors.js';
import { jsonText } from '../format/json-text.js';
import { visible } from '../text/safe.js';
import { SHOWN_SECTIONS, definitionsOf } from '../rules/definitions.js';
import { builtInRulesDir, loadRuleSet, readRuleTexts } from '../rules/load.js';
import { findRules } from './rules-source.js';

export async function runShow(ctx: Context, id: string, opts: { rules?: string; format?: string; json?: boolean }): Promise<number> {
  const found = findRules(ctx, opts.rules);
  const { ruleSet } = await loadRuleSet(found.dir, { cwd: ctx.cwd });
  const texts = await readRuleTexts(found.dir, ctx.cwd);
  const extending = found.via !== 'built-in' && texts.some((t) => /^extends\s*:/m.test(t.text));
  const all = extending ? [...(await readRuleTexts(builtInRulesDir(), ctx.cwd)), ...texts] : texts;
  const hits = SHOWN_SECTIONS.flatMap(({ section, noun }) => {
    const item = ((ruleSet[section] ?? []) as { id: string }[]).find((x) => x.id === id);
    return item ? [{ section, noun, item }] : [];
  });
  if (hits.length === 0) {
    const ids = SHOWN_SECTIONS.flatMap(({ section }) => ((ruleSet[section] ?? []) as { id: string }[]).map((x) => x.id));
    const near = closest(id, ids);
    throw new UserError({
      where: 'rules show',
      message: `no row, plan, adjustment, checklist item, question, channel, signal or draft is called "${visible(id)}".`,
      hint: `${near ? `Did you mean "${near}"? ` : ''}\`commtriage rules list\` lists the rows in order; \`commtriage questions\` the questions.`,
    });
  }
  const shown = hits.map(({ section, noun, item }) => {
    const places = definitionsOf(all, id).filter((d) => d.section === section).map((d) => `${d.file}:${d.line}`);
    return { kind: noun, id, definedAt: places.at(-1) ?? null, replaces: places.slice(0, -1), ...(section === 'rules' ? { position: rowPosition(ruleSet, id) } : {}), item };
  });
  if (opts.json || opts.format === 'json') {
    ctx.stdout.write(`${jsonText({ items: shown, counts: { items: shown.length } })}\n`);
    return 0;
  }
  const blocks = shown.map((s) => {
    const where = s.definedAt ? `  (${s.definedAt}${s.replaces.length > 0 ? `; replaces ${s.replaces.join(', ')}` : ''})` : '';
    const position = s.position ? `\nrow ${s.position.index} of ${s.position.of} in the decision table (read top to bottom; the first that matches decides)` : '';
    return `${s.kind} ${s.id}${where}${position}\n${stringify(s.item, { lineWidth: 0 }).trimEnd()}`;
  });
  ctx.stdout.write(`${visible(blocks.join('\n\n'))}\n`);
  return 0;
}

function rowPosition(ruleSet: RuleSet, id: string): { index: number; of: number } {
  return { index: ruleSet.rules.findIndex((r) => r.id === id) + 1, of: ruleSet.rules.length };
}
