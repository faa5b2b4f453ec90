// The JSON Schema of a roster file (.commtriage/people.yaml) and of the personal config file,
// which share one shape: schema/roster.schema.json, written by scripts/gen-schema.mjs and kept
// in step by test/roster/schema.test.ts. The loader (parse.ts) checks more than a schema can
// (zones, duplicate names, teams that include themselves); the schema is for editors.
import { FORMAT_NAMES } from '../core/format-names.js';
import { EMAIL_PATTERN, MAX_EMAIL_LENGTH, WEEKDAYS } from './types.js';

const NAME = { type: 'string', minLength: 1, pattern: '^[^,@]+$', description: 'A name without "," or "@" (names are comma-separated on the command line).' };
const HOURS = { type: 'string', pattern: '^\\s*\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2}\\s*$', description: 'HH:mm-HH:mm, start before end, e.g. 09:00-17:00.' };
const RATE = { type: 'number', exclusiveMinimum: 0, maximum: 999999, description: 'Pay per hour, before overhead.' };
const ZONE = { type: 'string', minLength: 1, description: 'An IANA zone (Asia/Kolkata) or a well-known city or country (Bangalore, London, Japan).' };

export function rosterSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'commtriage roster and settings',
    description: "People and teams for `commtriage ask --with`, and default settings. The team's .commtriage/people.yaml and your personal config file share this shape; the team file wins for a name both give.",
    type: 'object',
    additionalProperties: false,
    properties: {
      zone: { ...ZONE, description: 'Your own zone (the team file: the team\'s usual zone). ' + ZONE.description },
      workingHours: { ...HOURS, description: "Working hours for anyone who has none of their own. " + HOURS.description },
      format: { type: 'string', enum: FORMAT_NAMES, description: 'The output format of `ask` when no --format is given.' },
      me: { ...NAME, description: 'Your own name in the roster, so that --with does not count you twice.' },
      cost: {
        type: 'object',
        additionalProperties: false,
        description: 'What an hour of people\'s time costs, for the meeting cost in `ask`.',
        properties: {
          currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. EUR.' },
          overhead: { type: 'number', minimum: 1, maximum: 5, description: 'Pay times this is what an hour costs (1.4 adds benefits, per HBR); 1 if rates include it.' },
          rates: { type: 'object', additionalProperties: RATE, description: 'Role -> pay per hour; `default` for anyone without a rate or a priced role.' },
        },
      },
      people: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'zone'],
          properties: {
            name: NAME,
            zone: ZONE,
            hours: { ...HOURS, description: 'Their working hours in their own zone. ' + HOURS.description },
            weekend: { type: 'array', items: { type: 'string', enum: [...WEEKDAYS] }, description: 'Their days off each week where not sat, sun (windows and slots keep them free).' },
            role: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,39}$', description: 'What they do, e.g. engineer: `cost.rates` may price it.' },
            rate: { ...RATE, description: 'Their pay per hour (before overhead), in cost.currency.' },
            daysOff: { type: 'array', items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, description: 'Dates they are away, YYYY-MM-DD (windows and slots keep them free).' },
            email: { type: 'string', pattern: EMAIL_PATTERN, maxLength: MAX_EMAIL_LENGTH, description: 'Their e-mail address: an attendee of `ask --invite` (and the organizer, for `me`).' },
          },
        },
      },
      teams: {
        type: 'object',
        description: 'Team name -> the people or other teams in it.',
        additionalProperties: { type: 'array', items: NAME },
      },
    },
  };
}
