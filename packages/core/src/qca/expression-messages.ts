/** What the expression reader says of a sum of products it cannot read (a part of `issueMessages`, kept apart so the expression entry carries only these). */
export const expressionIssueMessages = {
  'issue.expressionEmpty': 'The expression is empty.',
  'issue.notALiteral': 'Cannot read "{factor}" in term {term}: write a condition, ~ before one for its negation, * between conditions and + between terms.',
  'issue.notACondition': '"{name}" in term {term} is not a condition; the conditions are {conditions}.',
  'issue.negatedLevel': '"{factor}" in term {term} negates a multi-value condition: write the level instead of a tilde.',
  'issue.levelRange': '"{factor}" in term {term}: {name} has levels 0 to {last}.',
  'issue.levelMissing': '"{factor}" in term {term}: {name} is multi-value; name a level, as {name}[1].',
  'issue.twoLevels': 'Term {term} ("{product}") asks for two levels of {name}.',
} as const;
