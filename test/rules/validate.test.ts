// validateRuleSet is pure: parsed data in, a RuleSet or diagnostics (file + path) out. The loader
// turns paths into line:col; these tests pin the paths and the merging rules themselves.
import { describe, expect, it } from 'vitest';
import { DERIVED_FACTS } from '../../src/core/facts-catalog.js';
import { validateRuleSet } from '../../src/rules/validate.js';

const base = {
  questions: [{ id: 'attendees', prompt: 'How many?', type: 'number', min: 2 }],
  channels: [
    { id: 'chat', label: 'Chat', mode: 'async' },
    { id: 'call', label: 'Call', mode: 'sync' },
  ],
  plans: [{ id: 'write', mode: 'async', label: 'Write', channels: ['chat'], checklist: ['reply-by'] }],
  checklist: [
    { id: 'reply-by', kind: 'deadline', modes: ['async', 'hybrid'], text: 't', source: 's' },
    { id: 'goal', kind: 'goal', modes: ['sync', 'hybrid'], text: 't', source: 's' },
  ],
};
const rule = (id: string, when?: unknown, plan = 'write') => ({ id, ...(when !== undefined && { when }), plan, reason: 'r', source: 's' });
/** Rows, then the catch-all row every table ends with. */
const table = (...rows: object[]) => [...rows, rule('otherwise')];
const planOf = (id: string, mode: string, checklist: string[], more: object = {}) => ({ id, mode, label: 'l', channels: ['call'], checklist, ...more });
const MANY = { fact: 'attendees', operator: 'greaterThan', value: 3 };
const errorsOf = (...docs: unknown[]) => {
  const result = validateRuleSet(docs.map((data, i) => ({ file: `f${i}.yaml`, data })));
  return 'errors' in result ? result.errors.map(({ file, path, message }) => ({ file, path, message })) : [];
};

describe('validateRuleSet', () => {
  it('points deep into a condition by path', () => {
    const when = { all: [{ fact: 'attendees', operator: 'greaterThen', value: 7 }] };
    const rules = table(rule('a', MANY), rule('b', { not: MANY }), rule('c', { fact: 'attendees', operator: 'equal', value: 2 }), rule('d', when));
    expect(errorsOf({ ...base, rules })).toEqual([
      { file: 'f0.yaml', path: ['rules', 3, 'when', 'all', 0, 'operator'], message: 'unknown operator "greaterThen"; did you mean "greaterThan"?' },
    ]);
  });

  it('merges lists across files in file order and applies defaults', () => {
    const result = validateRuleSet([
      { file: 'a.yaml', data: { ...base, rules: [rule('one', MANY)] } },
      { file: 'b.yaml', data: { rules: [rule('two')], settings: { meetingMinutes: 50 } } },
      { file: 'c.yaml', data: null },
    ]);
    if ('errors' in result) throw new Error(JSON.stringify(result.errors));
    expect(result.ruleSet.rules.map((r) => r.id)).toEqual(['one', 'two']);
    expect(result.ruleSet.questions[0]).toMatchObject({ id: 'attendees', integer: false });
    expect(result.ruleSet.settings).toEqual({ meetingMinutes: 50, workingHours: '09:00-17:00', quietHours: '22:00-07:00', replyBy: {}, costOverhead: 1.4, writtenMinutes: { write: 30, read: 5 } });
  });

  it('counts the ids of broken items as known, so one typo does not cascade', () => {
    const questions = [...base.questions, { id: 'topic', prompt: 'p', type: 'choice', choices: [{ value: 'x', label: 'X' }], defualt: 'x' }];
    const rules = table(rule('a', { fact: 'topic', operator: 'equal', value: 'x' }));
    expect(errorsOf({ ...base, questions, rules }).map((e) => e.message)).toEqual(['unknown key "defualt" in question; did you mean "default"?']);
  });

  it.each([
    ['questions', { questions: [...base.questions, { id: 'attendees', prompt: 'p', type: 'boolean' }] }, ['questions', 1, 'id'], 'duplicate question id "attendees"'],
    ['choice values', { questions: [...base.questions, { id: 'c', prompt: 'p', type: 'choice', choices: [{ value: 'x', label: 'X' }, { value: 'x', label: 'Y' }] }], rules: table(rule('r', { fact: 'c', operator: 'equal', value: 'x' })) }, ['questions', 1, 'choices', 1, 'value'], 'duplicate choice value "x" in "c"'],
    ['checklist items', { checklist: [...base.checklist, ...[1, 2].map(() => ({ id: 'same', text: 't', source: 's' }))] }, ['checklist', 3, 'id'], 'duplicate checklist id "same"'],
    ['rows', { rules: [rule('same', MANY), rule('same')] }, ['rules', 1, 'id'], 'duplicate row id "same"'],
    ['plans', { plans: [...base.plans, { ...base.plans[0], label: 'Again' }] }, ['plans', 1, 'id'], 'duplicate plan id "write"'],
    ['channels', { channels: [...base.channels, { id: 'chat', label: 'Again', mode: 'sync' }] }, ['channels', 2, 'id'], 'duplicate channel id "chat"'],
    ['example names', { examples: [1, 2].map(() => ({ name: 'same', answers: {}, expect: { recommendation: 'sync' } })) }, ['examples', 1, 'name'], 'duplicate example name "same"'],
  ])('refuses duplicate %s', (_, extra, path, message) => {
    expect(errorsOf({ ...base, rules: table(), ...extra })).toEqual([{ file: 'f0.yaml', path, message }]);
  });

  it.each([
    ['a derived fact as a question id', { questions: [{ id: 'zone_count', prompt: 'p', type: 'number', default: 1 }] }, 'questions', '"zone_count" is a reserved name and cannot be a question id'],
    ['choices on a number question', { questions: [{ id: 'attendees', prompt: 'p', type: 'number', choices: [{ value: 'x', label: 'X' }] }] }, 'questions', '"choices" applies only to type choice, and "attendees" is type number'],
    ['a choice question without choices', { questions: [...base.questions, { id: 'c', prompt: 'p', type: 'choice', default: 'x' }] }, 'questions', 'choice question "c" has no choices'],
    ['a row choosing an unknown plan', { rules: table(rule('r', MANY, 'wrte')) }, 'rules', 'unknown plan "wrte"; did you mean "write"?'],
    ['a last row with a condition', { rules: [rule('r', MANY)] }, 'rules', 'the last row, "r", has a condition, so some needs would get no plan'],
    ['an order on an async plan', { plans: [{ ...base.plans[0], order: 'write-first' }] }, 'plans', '"order" applies only to a hybrid plan, and "write" is async'],
    ['a live plan without a goal item', { plans: [...base.plans, planOf('meet', 'sync', [])] }, 'plans', 'plan "meet" meets live but names no goal item'],
    ['a written plan without a deadline item', { plans: [{ ...base.plans[0], checklist: [] }] }, 'plans', 'plan "write" is written but names no deadline item'],
    ['an item whose modes exclude the plan', { plans: [...base.plans, planOf('meet', 'sync', ['goal', 'reply-by'])] }, 'plans', 'checklist item "reply-by" is for async/hybrid plans, and "meet" is sync'],
    ['a plan with no channels', { plans: [{ ...base.plans[0], channels: [] }] }, 'plans', '"channels" needs at least 1 item'],
    ['disabling an unknown row', { disable: ['otherwis'] }, 'disable', 'unknown row or adjustment "otherwis"; did you mean "otherwise"?'],
    ['a checklist item with no modes', { checklist: [{ id: 'c', text: 't', modes: [], source: 's' }] }, 'checklist', '"modes" needs at least 1 item'],
    ['a bad practice', { checklist: [{ id: 'c', text: 't', practice: 'sync-6', source: 's' }] }, 'checklist', '"sync-6" is not a valid practice'],
    ['an empty working-hours range', { settings: { workingHours: '09:00-09:00' } }, 'settings', 'workingHours "09:00-09:00" is an empty range'],
    ['a zero duration', { settings: { replyBy: { today: 'PT0H' } } }, 'settings', '"PT0H" is an empty reply window'],
    ['a reply window in years', { settings: { replyBy: { today: 'P300000Y' } } }, 'settings', '"P300000Y" is not a valid reply window'],
    ['a reply window past three working weeks', { settings: { replyBy: { today: 'P16D' } } }, 'settings', '"P16D" is longer than 15 working days'],
    ['a bad default zone', { questions: [...base.questions, { id: 'timezones', prompt: 'p', type: 'zones', default: ['Mars/Olympus'] }] }, 'questions', '"Mars/Olympus" is not a time zone'],
    // The same zones as an answer accepts: an abbreviation ignores daylight saving time.
    ['an abbreviation as a default zone', { questions: [...base.questions, { id: 'timezones', prompt: 'p', type: 'zones', default: ['EST'] }] }, 'questions', '"EST" is not a time zone'],
    ['a boolean written yes', { questions: [...base.questions, { id: 'b', prompt: 'p', type: 'boolean', default: 'yes' }] }, 'questions', 'default of "b" should be true or false, got "yes"'],
  ])('refuses %s', (_, extra, section, message) => {
    const errors = errorsOf({ ...base, rules: table(), ...extra });
    expect(errors.map((e) => e.message)).toContain(message);
    expect(errors.find((e) => e.message === message)?.path[0]).toBe(section);
  });

  it('refuses a __proto__ key in data parsed from JSON, without polluting Object.prototype', () => {
    const data = JSON.parse('{"settings": {"replyBy": {"__proto__": {"polluted": "PT1H"}}}}') as object;
    expect(errorsOf({ ...base, rules: table(), ...data }).map((e) => e.message)).toEqual(['"__proto__" is a reserved name and cannot be a key']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a table with no rows at all: no need would get a plan', () => {
    expect(errorsOf({ ...base, rules: table() })).toEqual([]);
    expect(errorsOf({ ...base }).map((e) => e.message)).toEqual([expect.stringMatching(/row/)]);
  });

  it('says what is wrong with no files at all', () => {
    expect(validateRuleSet([])).toMatchObject({ errors: [{ message: 'the rule set has no files' }] });
  });

  it('knows every derived fact the rule format documents', () => {
    expect(DERIVED_FACTS.map((f) => `${f.name}:${f.type}`)).toEqual([
      'zone_count:number',
      'overlap_hours:number',
      'zone_spread_hours:number',
      'reply_by:string',
      'audience_size:number',
      'person_hours:number',
    ]);
  });
});
