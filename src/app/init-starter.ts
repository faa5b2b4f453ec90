// What `init --extends` writes: one file holding the team's changes on top of the built-in set.
/** The one file `init --extends` writes: the team's changes on top of the built-in set. */
export const TEAM_FILE = 'team.yaml';
export const TEAM_STARTER = `# yaml-language-server: $schema=schema/rules.schema.json
#
# This rule set starts from the built-in one (docs/rule-format.md, "Extending the built-in set").
# A rule, checklist item, question, channel or example with a built-in id replaces it; a new id adds
# one; outcomes and settings keys given here replace the built-in ones.
extends: builtin

# Built-in rules this team does not want (\`commtriage rules list\` shows their ids):
# disable: [large-decision-group]

# rules:
#   - id: small-meetings-only
#     when: { fact: attendees, operator: greaterThan, value: 6 }
#     effect: { sync: -4, hybrid: 2 }
#     reason: We keep live meetings to six people; the rest follow in writing.
#     source: "team agreement"

# settings:
#   workingHours: "08:00-16:00"
`;
