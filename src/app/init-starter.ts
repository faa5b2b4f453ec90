// What `init --extends` writes: one file holding the team's changes on top of the built-in set.
/** The one file `init --extends` writes: the team's changes on top of the built-in set. */
export const TEAM_FILE = 'team.yaml';
export const TEAM_STARTER = `# yaml-language-server: $schema=schema/rules.schema.json
#
# This rule set starts from the built-in one (docs/rule-format.md, "Extending the built-in set").
# A row, plan, adjustment, checklist item, question, channel or example with a built-in id
# replaces it; a new id adds one; settings keys given here replace the built-in ones.
extends: builtin

# Built-in rows or adjustments this team does not want (\`commtriage rules list\` shows them in order):
# disable: [big-group]

# The table is read top to bottom and the first row that matches decides. A new row goes above
# every built-in row unless it says where: \`above: <row>\` or \`below: <row>\`.
# table:
#   - id: big-kickoffs-start-in-writing
#     when:
#       all:
#         - { fact: purpose, operator: equal, value: kickoff }
#         - { fact: attendees, operator: greaterThan, value: 20 }
#     plan: brainwriting-then-meet
#     reason: Kickoffs for more than twenty people start with a written brief and questions, then a short session.
#     source: "team agreement"

# A new question is asked after the built-in ones unless it says where: \`before: <question>\` or
# \`after: <question>\`. Quote text holding " #" (a Slack channel): unquoted, YAML drops the rest.
# questions:
#   - id: needs_legal
#     prompt: Does legal have to sign this off?
#     type: boolean
#     default: false
#     after: purpose

# settings:
#   workingHours: "08:00-16:00"
`;
