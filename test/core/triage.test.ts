import { DEFAULT_SETTINGS } from '../../src/rules/validate.js';
import { describe, expect, it } from 'vitest';
import { evaluate, holds } from '../../src/core/conditions.js';
import { MAX_CHECKLIST, triage } from '../../src/core/triage.js';
import type { Channel, ChecklistItem, Condition, FactValue, Facts, OperatorName, Plan, PlanSpec, Row, RuleSet } from '../../src/core/types.js';
import { planOf } from '../../src/rules/check-plans.js';

const is = (fact: string, value: string | number | boolean): Condition => ({ fact, operator: 'equal', value });

const item = (id: string, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({ id, text: `do ${id}`, source: 's', ...extra });
const CHANNELS = new Map<string, Channel>([['email', { id: 'email', label: 'Email', mode: 'async' }], ['video', { id: 'video', label: 'Video', mode: 'sync' }]]);
// Read as the loader reads a plan in the older form (one checklist, split into steps).
const plan = (id: string, mode: Plan['mode'], checklist: string[], extra: Partial<PlanSpec> = {}): Plan =>
  planOf({ id, mode, label: `plan ${id}`, channels: mode === 'async' ? ['email'] : mode === 'sync' ? ['video'] : ['email', 'video'], checklist, ...extra }, new Map(), CHANNELS);
const row = (id: string, planId: string, when?: Condition): Row => ({ id, plan: planId, reason: `because ${id}`, source: 's', ...(when ? { when } : {}) });

/** A small table: an outage, one-way doors, ideas, and writing by default. */
const table: RuleSet = {
  questions: [],
  rules: [
    row('outage', 'call', is('purpose', 'outage')),
    row('one-way-door', 'decide-live', { all: [is('purpose', 'decision'), is('reversible', false)] }),
    row('ideas', 'workshop', is('purpose', 'ideas')),
    row('otherwise', 'write'),
  ],
  plans: [
    plan('call', 'sync', ['goal'], { meetingMinutes: 15 }),
    plan('decide-live', 'hybrid', ['deadline', 'agenda', 'goal'], { order: 'write-first', noticeHours: 24 }),
    plan('workshop', 'sync', ['agenda', 'goal', 'roles', 'record'], { meetingMinutes: 50 }),
    plan('write', 'async', ['deadline', 'ask', 'owners']),
  ],
  adjustments: [
    { id: 'crowd', when: { all: [{ fact: 'attendees', operator: 'greaterThan', value: 7 }, { fact: 'mode', operator: 'notEqual', value: 'async' }] }, reason: '{attendees} is a crowd', source: 's', checklist: ['trim'] },
    { id: 'rush', when: is('urgency', 'today'), reason: 'needed today', source: 's', noticeHours: 0, meetingMinutes: 25 },
  ],
  signals: [{ id: 'long-thread', when: { fact: 'replies', operator: 'greaterThan', value: 3 }, suggests: 'sync', text: '{replies} replies usually means a call', source: 's' }],
  checklist: [
    item('goal', { kind: 'goal', modes: ['sync', 'hybrid'] }),
    item('agenda', { modes: ['sync', 'hybrid'], when: { fact: 'urgency', operator: 'notEqual', value: 'today' } }),
    item('deadline', { kind: 'deadline', modes: ['async', 'hybrid'], text: 'reply by {reply_by}' }),
    item('ask', { modes: ['async'] }),
    item('owners', { modes: ['async'], text: 'owners for {attendees}' }),
    item('roles', { modes: ['sync', 'hybrid'] }),
    item('record', { modes: ['sync'], when: { fact: 'plan', operator: 'notEqual', value: 'call' } }),
    item('trim', { modes: ['sync', 'hybrid'] }),
  ],
  channels: [
    { id: 'email', label: 'Email', mode: 'async' },
    { id: 'video', label: 'Video', mode: 'sync' },
  ],
  settings: { ...DEFAULT_SETTINGS, replyBy: {} },
  examples: [],
  origin: 'test',
};

const facts = (f: Record<string, FactValue>): Facts => ({ attendees: 3, urgency: 'this-week', replies: 0, reversible: true, reply_by: 'Tue 17:00', ...f });

describe('triage: the first row that matches chooses the plan', () => {
  it.each([
    { name: 'an outage is a call', f: { purpose: 'outage' }, row: 'outage', mode: 'sync' },
    { name: 'a one-way door is written up, then decided live', f: { purpose: 'decision', reversible: false }, row: 'one-way-door', mode: 'hybrid' },
    { name: 'a reversible decision falls through to writing', f: { purpose: 'decision' }, row: 'otherwise', mode: 'async' },
    { name: 'ideas are a workshop', f: { purpose: 'ideas' }, row: 'ideas', mode: 'sync' },
    { name: 'anything else is written', f: { purpose: 'other' }, row: 'otherwise', mode: 'async' },
  ])('$name', ({ f, row: id, mode }) => {
    const result = triage(table, facts(f as Record<string, FactValue>));
    expect(result.row).toBe(id);
    expect(result.recommendation).toBe(mode);
    expect(result.reasons[0]).toEqual({ rule: id, text: `because ${id}`, source: 's' });
  });

  it('never lets an adjustment change the mode: a crowd shapes a written plan without turning it into a meeting', () => {
    const crowd = triage(table, facts({ purpose: 'other', attendees: 40 }));
    expect(crowd.recommendation).toBe('async');
    expect(crowd.adjustments).toEqual([]);
    const live = triage(table, facts({ purpose: 'ideas', attendees: 12 }));
    expect(live.adjustments).toEqual(['crowd']);
    expect(live.reasons.map((r) => r.text)).toEqual(['because ideas', '12 is a crowd']);
  });

  it("puts the plan's goal or deadline first, then what adjustments add, then the rest; each fitting its condition", () => {
    expect(triage(table, facts({ purpose: 'ideas', attendees: 12 })).checklist.map((c) => c.id)).toEqual(['goal', 'trim', 'agenda', 'roles', 'record']);
    expect(triage(table, facts({ purpose: 'ideas', urgency: 'today' })).checklist.map((c) => c.id)).toEqual(['goal', 'roles', 'record']);
    expect(triage(table, facts({ purpose: 'outage' })).checklist.map((c) => c.id)).toEqual(['goal']);
    expect(triage(table, facts({ purpose: 'other', attendees: 4 })).checklist.map((c) => c.text)).toEqual(['reply by Tue 17:00', 'do ask', 'owners for 4']);
  });

  it(`shows at most ${MAX_CHECKLIST} checklist items`, () => {
    const many = Array.from({ length: 12 }, (_, i) => item(`extra-${i}`));
    const big: RuleSet = { ...table, checklist: [...table.checklist, ...many], plans: table.plans.map((p) => (p.id === 'write' ? plan('write', 'async', [...p.checklist, ...many.map((m) => m.id)]) : p)) };
    expect(triage(big, facts({ purpose: 'other' })).checklist).toHaveLength(MAX_CHECKLIST);
  });

  it('takes length, order and notice from the plan, and lets adjustments change length and notice', () => {
    const hybrid = triage(table, facts({ purpose: 'decision', reversible: false }));
    expect([hybrid.hybridOrder, hybrid.meetingMinutes, hybrid.noticeHours]).toEqual(['write-first', 25, 24]);
    expect(triage(table, facts({ purpose: 'ideas' })).meetingMinutes).toBe(50);
    const rushed = triage(table, facts({ purpose: 'decision', reversible: false, urgency: 'today' }));
    expect([rushed.meetingMinutes, rushed.noticeHours]).toEqual([25, 0]);
  });

  it('names a strong signal the plan does not follow, and not one it does', () => {
    expect(triage(table, facts({ purpose: 'other', replies: 5 })).overridden).toEqual([{ signal: 'long-thread', text: '5 replies usually means a call' }]);
    expect(triage(table, facts({ purpose: 'ideas', replies: 5 })).overridden).toEqual([]);
  });

  it('lets a signal read the plan chosen, as validation allows', () => {
    const reading: RuleSet = { ...table, signals: [{ id: 'no-live-part', when: is('mode', 'async'), suggests: 'hybrid', text: 'usually a short call helps', source: 's' }] };
    expect(triage(reading, facts({ purpose: 'other' })).overridden.map((o) => o.signal)).toEqual(['no-live-part']);
    expect(triage(reading, facts({ purpose: 'ideas' })).overridden).toEqual([]);
  });

  it('traces every row tried, up to the one that matched, and every adjustment', () => {
    const { trace } = triage(table, facts({ purpose: 'ideas' }), { trace: true });
    expect(trace!.rows.map((t) => [t.rule, t.fired])).toEqual([['outage', false], ['one-way-door', false], ['ideas', true]]);
    expect(trace!.adjustments.map((t) => [t.rule, t.fired])).toEqual([['crowd', false], ['rush', false]]);
    expect(triage(table, facts({ purpose: 'ideas' })).trace).toBeUndefined();
  });

  it('is deterministic', () => {
    const f = facts({ purpose: 'ideas', attendees: 9, urgency: 'today' });
    expect(triage(table, f, { trace: true })).toEqual(triage(table, f, { trace: true }));
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

describe('holds (evaluate without the record)', () => {
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
