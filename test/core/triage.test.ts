import { describe, expect, it } from 'vitest';
import { evaluate, holds } from '../../src/core/conditions.js';
import { triage } from '../../src/core/triage.js';
import type { Condition, FactValue, Facts, OperatorName, Rule, RuleSet } from '../../src/core/types.js';

const is = (fact: string, value: string | number | boolean): Condition => ({ fact, operator: 'equal', value });

function ruleSet(rules: Rule[], extra: Partial<RuleSet> = {}): RuleSet {
  return {
    questions: [],
    rules,
    checklist: [
      { id: 'deadline', text: 'Reply by {reply_by}.', outcomes: ['async', 'hybrid'], source: 's' },
      { id: 'roles', text: 'Roles for {attendees} people.', outcomes: ['sync', 'hybrid'], source: 's' },
      {
        id: 'record',
        text: 'Record it.',
        outcomes: ['sync'],
        when: { fact: 'overlap_hours', operator: 'lessThan', value: 2 },
        source: 's',
      },
    ],
    channels: [
      { id: 'email', label: 'Email', mode: 'async' },
      { id: 'chat', label: 'Chat', mode: 'async' },
      { id: 'video', label: 'Video', mode: 'sync' },
      { id: 'call', label: 'Call', mode: 'sync' },
    ],
    outcomes: {
      async: { label: 'Write', channels: ['email'] },
      sync: { label: 'Meet', channels: ['video'] },
      hybrid: { label: 'Both', channels: ['email', 'video'] },
    },
    settings: { hybridMargin: 0.2, meetingMinutes: 25, workingHours: '09:00-17:00', quietHours: '22:00-07:00', replyBy: {} },
    examples: [],
    origin: 'test',
    ...extra,
  };
}

const rule = (id: string, when: Condition, effect: Rule['effect']): Rule => ({
  id,
  when,
  effect,
  reason: `because ${id}`,
  source: 'test',
});

const base = ruleSet([
  rule('quick', is('purpose', 'quick'), { async: 3, channels: ['chat'] }),
  rule('ideas', is('purpose', 'ideas'), { sync: 3, channels: ['video'], meetingMinutes: 50 }),
  rule('crowd', { fact: 'attendees', operator: 'greaterThan', value: 7 }, { async: 3 }),
  rule('hot', is('sensitive', true), { exclude: ['async'], sync: 1, channels: ['call'] }),
  rule('outage', is('purpose', 'outage'), { decide: 'sync', priority: 5, channels: ['call'] }),
  rule('meet-first', is('purpose', 'intro'), { async: 2, sync: 2, hybridOrder: 'meet-first' }),
  rule('none', is('purpose', 'nothing-matches'), { sync: 10 }),
]);

const facts = (f: Facts): Facts => ({ attendees: 3, sensitive: false, overlap_hours: 8, reply_by: 'Tue 17:00', ...f });

describe('triage', () => {
  it.each([
    { name: 'a quick question goes async by chat', f: { purpose: 'quick' }, outcome: 'async', channels: ['chat'] },
    { name: 'ideas go sync by video', f: { purpose: 'ideas' }, outcome: 'sync', channels: ['video'] },
    { name: 'ideas with a crowd tie into hybrid', f: { purpose: 'ideas', attendees: 9 }, outcome: 'hybrid', channels: ['video', 'email'] },
    { name: 'sensitive rules out async', f: { purpose: 'quick', sensitive: true }, outcome: 'sync', channels: ['call'] },
    { name: 'a decisive rule wins outright', f: { purpose: 'outage', attendees: 9 }, outcome: 'sync', channels: ['call'] },
    { name: 'nothing fires: async by default channel', f: { purpose: 'other' }, outcome: 'async', channels: ['email'] },
  ])('$name', ({ f, outcome, channels }) => {
    const result = triage(base, facts(f as unknown as Facts));
    expect(result.recommendation).toBe(outcome);
    expect(result.channels).toEqual(channels);
  });

  it('lists the fired rules that back the outcome as reasons, strongest first', () => {
    const result = triage(base, facts({ purpose: 'outage', sensitive: true }));
    expect(result.reasons.map((r) => r.rule)).toEqual(['outage', 'hot']);
    expect(result.reasons[0]!.text).toBe('because outage');
  });

  it('does not give a rule that pushed the other way as a reason', () => {
    const result = triage(base, facts({ purpose: 'ideas', attendees: 8 }));
    expect(result.recommendation).toBe('hybrid');
    expect(result.reasons.map((r) => r.rule).sort()).toEqual(['crowd', 'ideas']);
    const sync = triage(base, facts({ purpose: 'ideas' }));
    expect(sync.reasons.map((r) => r.rule)).toEqual(['ideas']);
  });

  it('orders a hybrid meet-first when a fired rule asks for it', () => {
    expect(triage(base, facts({ purpose: 'intro' })).hybridOrder).toBe('meet-first');
    expect(triage(base, facts({ purpose: 'ideas', attendees: 9 })).hybridOrder).toBe('write-first');
  });

  it('takes the longest meeting length among fired rules, else the setting', () => {
    expect(triage(base, facts({ purpose: 'ideas' })).meetingMinutes).toBe(50);
    expect(triage(base, facts({ purpose: 'quick' })).meetingMinutes).toBe(25);
  });

  it('gives confidence as the winner share, 1 when unopposed', () => {
    expect(triage(base, facts({ purpose: 'quick' })).confidence).toBe(1);
    const contested = triage(base, facts({ purpose: 'ideas', attendees: 9, sensitive: true }));
    expect(contested.recommendation).toBe('sync');
    expect(contested.confidence).toBeGreaterThan(0);
    expect(contested.confidence).toBeLessThan(1);
  });

  it('fills the checklist for the outcome with computed values, in file order', () => {
    const result = triage(base, facts({ purpose: 'ideas', attendees: 4, overlap_hours: 1 }));
    expect(result.checklist.map((c) => c.text)).toEqual(['Roles for 4 people.', 'Record it.']);
    expect(triage(base, facts({ purpose: 'quick' })).checklist.map((c) => c.text)).toEqual(['Reply by Tue 17:00.']);
  });

  it('traces every rule, fired or not', () => {
    const result = triage(base, facts({ purpose: 'quick' }));
    expect(result.trace!.map((t) => [t.rule, t.fired])).toEqual([
      ['quick', true], ['ideas', false], ['crowd', false], ['hot', false], ['outage', false], ['meet-first', false], ['none', false],
    ]);
  });

  it('is deterministic', () => {
    const f = facts({ purpose: 'ideas', attendees: 9, sensitive: true });
    expect(triage(base, f)).toEqual(triage(base, f));
  });
});

describe('conditions', () => {
  const f: Facts = { n: 5, s: 'a', b: true, list: ['x', 'y'] };
  it.each<[string, Condition, boolean]>([
    ['equal', { fact: 's', operator: 'equal', value: 'a' }, true],
    ['notEqual', { fact: 's', operator: 'notEqual', value: 'a' }, false],
    ['in', { fact: 's', operator: 'in', value: ['a', 'b'] }, true],
    ['notIn', { fact: 's', operator: 'notIn', value: ['a', 'b'] }, false],
    ['lessThan', { fact: 'n', operator: 'lessThan', value: 5 }, false],
    ['lessThanInclusive', { fact: 'n', operator: 'lessThanInclusive', value: 5 }, true],
    ['greaterThan', { fact: 'n', operator: 'greaterThan', value: 4 }, true],
    ['greaterThanInclusive', { fact: 'n', operator: 'greaterThanInclusive', value: 6 }, false],
    ['contains', { fact: 'list', operator: 'contains', value: 'y' }, true],
    ['doesNotContain', { fact: 'list', operator: 'doesNotContain', value: 'y' }, false],
    ['numeric on a string fails', { fact: 's', operator: 'greaterThan', value: 1 }, false],
    ['missing fact fails', { fact: 'nope', operator: 'equal', value: 'a' }, false],
    ['all', { all: [{ fact: 'b', operator: 'equal', value: true }, { fact: 'n', operator: 'equal', value: 5 }] }, true],
    ['any', { any: [{ fact: 'b', operator: 'equal', value: false }, { fact: 'n', operator: 'equal', value: 5 }] }, true],
    ['not', { not: { fact: 'b', operator: 'equal', value: true } }, false],
    ['empty all holds', { all: [] }, true],
    ['empty any fails', { any: [] }, false],
  ])('%s', (_, condition, passed) => {
    expect(evaluate(condition, f).passed).toBe(passed);
  });

  it('records the actual and expected value of each comparison', () => {
    expect(evaluate({ fact: 'n', operator: 'greaterThan', value: 7 }, f)).toEqual({
      kind: 'fact', passed: false, fact: 'n', operator: 'greaterThan', expected: 7, actual: 5,
    });
  });
});

describe('holds (the compiled form a batch uses)', () => {
  const values: FactValue[] = [null, 0, 5, 2.5, -1, 'a', 'b', '5', true, false, ['a', 'x'], []];
  const operators: OperatorName[] = ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'contains', 'doesNotContain'];
  it('agrees with evaluate for every operator, fact value and expected value', () => {
    let compared = 0;
    for (const operator of operators) {
      for (const actual of values) {
        for (const value of values) {
          const condition: Condition = { fact: 'f', operator, value };
          for (const facts of [{ f: actual }, {}] as Facts[]) {
            expect(holds(condition, facts), `${JSON.stringify(actual)} ${operator} ${JSON.stringify(value)}`).toBe(evaluate(condition, facts).passed);
            compared++;
          }
        }
      }
    }
    const nested: Condition = { all: [{ any: [{ fact: 'n', operator: 'greaterThan', value: 3 }, { fact: 's', operator: 'equal', value: 'z' }] }, { not: { fact: 'b', operator: 'equal', value: false } }] };
    for (const facts of [{ n: 5, s: 'a', b: true }, { n: 1, s: 'a', b: true }, { n: 1, s: 'z', b: false }]) {
      expect(holds(nested, facts)).toBe(evaluate(nested, facts).passed);
    }
    expect(compared).toBe(operators.length * values.length * values.length * 2);
  });
});
