// The pure check behind "can never hold" warnings: one table of conditions over a few questions,
// each with the reason a rule author reads (or none, for a condition some answer satisfies).
import { describe, expect, it } from 'vitest';
import type { Condition, FactCondition, Question } from '../../src/core/types.js';
import { questionKind } from '../../src/rules/check-conditions.js';
import { neverHolds } from '../../src/rules/warn-conditions.js';

const QUESTIONS: Question[] = [
  { id: 'attendees', prompt: 'p', type: 'number', min: 2, max: 500, integer: true },
  { id: 'budget', prompt: 'p', type: 'number' },
  { id: 'hours', prompt: 'p', type: 'number', min: 0, max: 48 },
  { id: 'purpose', prompt: 'p', type: 'choice', choices: ['decision', 'brainstorm', 'fyi'].map((value) => ({ value, label: value })) },
  { id: 'sensitive', prompt: 'p', type: 'boolean' },
  { id: 'timezones', prompt: 'p', type: 'zones' },
];
const kinds = new Map(QUESTIONS.map((q) => [q.id, questionKind(q)]));

const f = (fact: string, operator: FactCondition['operator'], value: FactCondition['value']): FactCondition => ({ fact, operator, value });
/** A list of numbers: the YAML allows it, though FactValue types lists as text. */
const nums = (...n: number[]): FactCondition['value'] => n as unknown as string[];
const all = (...parts: Condition[]): Condition => ({ all: parts });
const check = (c: Condition) => neverHolds(c, ['when'], kinds);

describe('neverHolds: parts of one "all" that exclude each other', () => {
  it.each<[string, Condition, string, (string | number)[]]>([
    ['bounds that cross', all(f('attendees', 'greaterThan', 10), f('attendees', 'lessThan', 5)), 'it asks "attendees" to be both more than 10 and less than 5', ['when', 'all', 1]],
    ['bounds that meet only where one is open', all(f('budget', 'greaterThanInclusive', 5), f('budget', 'lessThan', 5)), 'it asks "budget" to be both at least 5 and less than 5', ['when', 'all', 1]],
    ['bounds with no whole number between', all(f('attendees', 'greaterThan', 4), f('attendees', 'lessThan', 5)), 'it asks "attendees" to be both more than 4 and less than 5, and "attendees" is always a whole number between 2 and 500', ['when', 'all', 1]],
    ['the clashing pair among others, only that pair named', all(f('attendees', 'lessThan', 5), f('purpose', 'equal', 'fyi'), f('attendees', 'lessThan', 100), f('attendees', 'greaterThanInclusive', 8)), 'it asks "attendees" to be both less than 5 and at least 8', ['when', 'all', 3]],
    ['equal to two values', all(f('purpose', 'equal', 'decision'), f('purpose', 'equal', 'fyi')), 'it asks "purpose" to be both "decision" and "fyi"', ['when', 'all', 1]],
    ['equal and notEqual the same value', all(f('purpose', 'equal', 'fyi'), f('purpose', 'notEqual', 'fyi')), 'it asks "purpose" to be both "fyi" and anything but "fyi"', ['when', 'all', 1]],
    ['equal and notIn a list holding it', all(f('attendees', 'equal', 4), f('attendees', 'notIn', nums(3, 4))), 'it asks "attendees" to be both 4 and none of [3,4]', ['when', 'all', 1]],
    ['in lists with nothing in common', all(f('purpose', 'in', ['decision', 'fyi']), f('purpose', 'in', ['brainstorm'])), 'it asks "purpose" to be both one of ["decision","fyi"] and one of ["brainstorm"]', ['when', 'all', 1]],
    ['equal a number outside an in list', all(f('budget', 'in', nums(1, 2)), f('budget', 'greaterThan', 2)), 'it asks "budget" to be both one of [1,2] and more than 2', ['when', 'all', 1]],
    ['true and false at once', all(f('sensitive', 'equal', true), f('sensitive', 'equal', false)), 'it asks "sensitive" to be both true and false', ['when', 'all', 1]],
    ['every choice excluded', all(f('purpose', 'notIn', ['decision', 'fyi']), f('purpose', 'notEqual', 'brainstorm')), 'it asks "purpose" to be both none of ["decision","fyi"] and anything but "brainstorm", and "purpose" is always one of decision, brainstorm, fyi', ['when', 'all', 1]],
    ['a zone included and not', all(f('timezones', 'contains', 'Asia/Tokyo'), f('timezones', 'doesNotContain', 'Asia/Tokyo')), 'it asks "timezones" both to include and not to include "Asia/Tokyo"', ['when', 'all', 1]],
    ['parts of nested "all"s together', all(f('attendees', 'lessThan', 5), all(f('sensitive', 'equal', true), f('attendees', 'greaterThan', 10))), 'it asks "attendees" to be both less than 5 and more than 10', ['when', 'all', 1, 'all', 1]],
    ['the only whole number left excluded', all(f('attendees', 'lessThan', 4), f('attendees', 'notIn', nums(2, 3))), 'it asks "attendees" to be both less than 4 and none of [2,3], and "attendees" is always a whole number between 2 and 500', ['when', 'all', 1]],
  ])('%s', (_, c, why, path) => {
    expect(check(c)).toEqual({ path, why });
  });
});

describe('neverHolds: one part the fact can never satisfy', () => {
  it.each<[string, Condition, string]>([
    ['a number below the minimum', f('attendees', 'lessThan', 2), '"attendees" is always between 2 and 500, so "attendees lessThan 2" never holds'],
    ['a number above the maximum', f('hours', 'greaterThan', 48), '"hours" is always between 0 and 48, so "hours greaterThan 48" never holds'],
    ['a fraction of a whole number', f('attendees', 'equal', 2.5), '"attendees" is always a whole number between 2 and 500, so "attendees equal 2.5" never holds'],
    ['a value not among the choices', f('purpose', 'equal', 'decide'), '"purpose" is always one of decision, brainstorm, fyi, so "purpose equal "decide"" never holds'],
    ['"in" an empty list', f('purpose', 'in', []), '"purpose" in an empty list never holds'],
    ['an empty "any"', { any: [] }, 'an empty "any" never holds'],
  ])('%s', (_, c, why) => {
    expect(check(c)?.why).toBe(why);
  });
});

describe('neverHolds: conditions some answer satisfies', () => {
  it.each<[string, Condition]>([
    ['bounds that leave room', all(f('attendees', 'greaterThan', 4), f('attendees', 'lessThan', 6))],
    ['bounds that meet where both are closed', all(f('budget', 'greaterThanInclusive', 5), f('budget', 'lessThanInclusive', 5))],
    ['a fraction between bounds when fractions are allowed', all(f('budget', 'greaterThan', 4), f('budget', 'lessThan', 5))],
    ['notEqual two values of three choices', all(f('purpose', 'notEqual', 'fyi'), f('purpose', 'notEqual', 'decision'))],
    ['in lists that share a value', all(f('purpose', 'in', ['decision', 'fyi']), f('purpose', 'in', ['fyi', 'brainstorm']))],
    ['different facts', all(f('attendees', 'greaterThan', 10), f('budget', 'lessThan', 5))],
    ['the two sides of an "any"', { any: [f('attendees', 'greaterThan', 10), f('attendees', 'lessThan', 5)] }],
    ['"not" around a clash', { not: all(f('attendees', 'greaterThan', 10), f('attendees', 'lessThan', 5)) }],
    ['a whole number left between excluded ones', all(f('attendees', 'lessThan', 5), f('attendees', 'notIn', nums(2, 3)))],
    ['two zones, one included', all(f('timezones', 'contains', 'Asia/Tokyo'), f('timezones', 'doesNotContain', 'Europe/Paris'))],
  ])('%s', (_, c) => {
    expect(check(c)).toBeUndefined();
  });
});
