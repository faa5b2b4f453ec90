// A small question set shaped like the shipped one, so these tests do not depend on rules/*.yaml.
import type { Question } from '../../src/core/types.js';

export const questions: Question[] = [
  {
    id: 'purpose',
    prompt: 'What is this communication for?',
    type: 'choice',
    choices: [
      { value: 'quick-question', label: 'A quick question' },
      { value: 'share-info', label: 'Sharing information' },
      { value: 'decision', label: 'A decision' },
      { value: 'brainstorm', label: 'Brainstorming or strategy' },
    ],
  },
  {
    id: 'urgency',
    prompt: 'How soon do you need a response?',
    type: 'choice',
    choices: [
      { value: 'immediate', label: 'Within the hour' },
      { value: 'today', label: 'Today' },
      { value: 'this-week', label: 'This week' },
      { value: 'whenever', label: 'Whenever' },
    ],
  },
  { id: 'attendees', prompt: 'How many people must take part?', type: 'number', min: 2, integer: true },
  { id: 'timezones', prompt: 'Which time zones are they in?', type: 'zones' },
  { id: 'back_and_forth', prompt: 'Messages exchanged so far?', type: 'number', min: 0, integer: true, default: 0 },
  { id: 'sensitive', prompt: 'Is it sensitive?', type: 'boolean', default: false },
  {
    id: 'reversible',
    prompt: 'Is the decision easy to undo?',
    type: 'boolean',
    default: true,
    when: { fact: 'purpose', operator: 'equal', value: 'decision' },
  },
];

export const ids = questions.map((q) => q.id);
