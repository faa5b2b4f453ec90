// validateRuleSet is pure: parsed data in, a RuleSet or diagnostics (file + path) out. The loader
// turns paths into line:col; these tests pin the paths and the merging rules themselves.
import { describe, expect, it } from 'vitest';
import { DERIVED_FACTS } from '../../src/core/facts-catalog.js';
import { validateRuleSet } from '../../src/rules/validate.js';

const outcomes = {
  async: { label: 'In writing', channels: ['chat'] },
  sync: { label: 'Live', channels: ['chat'] },
  hybrid: { label: 'Both', channels: ['chat'] },
};
const base = {
  questions: [{ id: 'attendees', prompt: 'How many?', type: 'number', min: 2 }],
  channels: [{ id: 'chat', label: 'Chat', mode: 'async' }],
  outcomes,
};
const rule = (id: string, when: unknown) => ({ id, when, effect: { sync: 1 }, reason: 'r', source: 's' });
const errorsOf = (...docs: unknown[]) => {
  const result = validateRuleSet(docs.map((data, i) => ({ file: `f${i}.yaml`, data })));
  return 'errors' in result ? result.errors.map(({ file, path, message }) => ({ file, path, message })) : [];
};

describe('validateRuleSet', () => {
  it('points deep into a condition by path', () => {
    const when = { all: [{ fact: 'attendees', operator: 'greaterThen', value: 7 }] };
    const rules = [rule('a', { all: [] }), rule('b', { all: [] }), rule('c', { all: [] }), rule('d', when)];
    expect(errorsOf({ ...base, rules })).toEqual([
      { file: 'f0.yaml', path: ['rules', 3, 'when', 'all', 0, 'operator'], message: 'unknown operator "greaterThen"; did you mean "greaterThan"?' },
    ]);
  });

  it('merges lists across files in file order and applies defaults', () => {
    const result = validateRuleSet([
      { file: 'a.yaml', data: { ...base, rules: [rule('one', { all: [] })] } },
      { file: 'b.yaml', data: { rules: [rule('two', { fact: 'attendees', operator: 'greaterThan', value: 3 })], settings: { hybridMargin: 0.3 } } },
      { file: 'c.yaml', data: null },
    ]);
    if ('errors' in result) throw new Error(JSON.stringify(result.errors));
    expect(result.ruleSet.rules.map((r) => r.id)).toEqual(['one', 'two']);
    expect(result.ruleSet.questions[0]).toMatchObject({ id: 'attendees', integer: false });
    expect(result.ruleSet.settings).toEqual({ hybridMargin: 0.3, meetingMinutes: 25, workingHours: '09:00-17:00', quietHours: '22:00-07:00', replyBy: {} });
  });

  it('counts the ids of broken items as known, so one typo does not cascade', () => {
    const questions = [...base.questions, { id: 'topic', prompt: 'p', type: 'choice', choices: [{ value: 'x', label: 'X' }], defualt: 'x' }];
    const rules = [rule('a', { fact: 'topic', operator: 'equal', value: 'x' })];
    expect(errorsOf({ ...base, questions, rules }).map((e) => e.message)).toEqual(['unknown key "defualt" in question; did you mean "default"?']);
  });

  it.each([
    ['questions', { questions: [...base.questions, { id: 'attendees', prompt: 'p', type: 'boolean' }] }, ['questions', 1, 'id'], 'duplicate question id "attendees"'],
    ['choice values', { questions: [...base.questions, { id: 'c', prompt: 'p', type: 'choice', choices: [{ value: 'x', label: 'X' }, { value: 'x', label: 'Y' }] }], rules: [rule('r', { fact: 'c', operator: 'equal', value: 'x' })] }, ['questions', 1, 'choices', 1, 'value'], 'duplicate choice value "x" in "c"'],
    ['checklist items', { checklist: [1, 2].map(() => ({ id: 'same', text: 't', outcomes: ['sync'], source: 's' })) }, ['checklist', 1, 'id'], 'duplicate checklist id "same"'],
    ['channels', { channels: [...base.channels, { id: 'chat', label: 'Again', mode: 'sync' }] }, ['channels', 1, 'id'], 'duplicate channel id "chat"'],
    ['example names', { examples: [1, 2].map(() => ({ name: 'same', answers: {}, expect: { recommendation: 'sync' } })) }, ['examples', 1, 'name'], 'duplicate example name "same"'],
  ])('refuses duplicate %s', (_, extra, path, message) => {
    expect(errorsOf({ ...base, ...extra })).toEqual([{ file: 'f0.yaml', path, message }]);
  });

  it.each([
    ['a derived fact as a question id', { questions: [{ id: 'zone_count', prompt: 'p', type: 'number', default: 1 }] }, 'questions', '"zone_count" is a reserved name and cannot be a question id'],
    ['choices on a number question', { questions: [{ id: 'attendees', prompt: 'p', type: 'number', choices: [{ value: 'x', label: 'X' }] }] }, 'questions', '"choices" applies only to type choice, and "attendees" is type number'],
    ['a choice question without choices', { questions: [...base.questions, { id: 'c', prompt: 'p', type: 'choice', default: 'x' }] }, 'questions', 'choice question "c" has no choices'],
    ['priority without decide', { rules: [{ ...rule('r', { all: [] }), effect: { priority: 2, sync: 1 } }] }, 'rules', '"priority" applies only with "decide"'],
    ['deciding an excluded outcome', { rules: [{ ...rule('r', { all: [] }), effect: { decide: 'sync', exclude: ['sync'] } }] }, 'rules', 'the rule decides "sync" and excludes it'],
    ['a checklist item with no outcomes', { checklist: [{ id: 'c', text: 't', outcomes: [], source: 's' }] }, 'checklist', '"outcomes" needs at least 1 item'],
    ['a bad practice', { checklist: [{ id: 'c', text: 't', outcomes: ['sync'], practice: 'sync-6', source: 's' }] }, 'checklist', '"sync-6" is not a valid practice'],
    ['an empty working-hours range', { settings: { workingHours: '09:00-09:00' } }, 'settings', 'workingHours "09:00-09:00" is an empty range'],
    ['a zero duration', { settings: { replyBy: { today: 'PT0S' } } }, 'settings', '"PT0S" is not a positive ISO 8601 duration'],
    ['a bad default zone', { questions: [...base.questions, { id: 'timezones', prompt: 'p', type: 'zones', default: ['Mars/Olympus'] }] }, 'questions', '"Mars/Olympus" is not a time zone'],
    ['a boolean written yes', { questions: [...base.questions, { id: 'b', prompt: 'p', type: 'boolean', default: 'yes' }] }, 'questions', 'default of "b" should be true or false, got "yes"'],
  ])('refuses %s', (_, extra, section, message) => {
    const errors = errorsOf({ ...base, ...extra });
    expect(errors.map((e) => e.message)).toContain(message);
    expect(errors.find((e) => e.message === message)?.path[0]).toBe(section);
  });

  it('refuses a __proto__ key in data parsed from JSON, without polluting Object.prototype', () => {
    const data = JSON.parse('{"settings": {"replyBy": {"__proto__": {"polluted": "PT1H"}}}}') as object;
    expect(errorsOf({ ...base, ...data }).map((e) => e.message)).toEqual(['"__proto__" is a reserved name and cannot be a key']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
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
      'person_hours:number',
    ]);
  });
});
