/**
 * What the file readers say, as message keys with English defaults, so an interface can say it in
 * its reader's language (`@wayfinder/ui/locale-es` has the Spanish). Each `Issue` and
 * `WayfinderError` built from one carries its `key` and `values` besides the English text.
 */
export const issueMessages = {
  'issue.problems': 'The {kind, select, journey {journey} analysis {analysis} coding {coding} other {{kind}}} has {count, plural, one {# problem} other {# problems}}.',
  'issue.structureProblems': 'The {kind, select, journey {journey} analysis {analysis} coding {coding} other {{kind}}} has {count, plural, one {# problem} other {# problems}} of structure.',
  'issue.notJson': 'The file is not JSON: {detail}',
  'issue.notObject': 'The file does not hold {kind, select, journey {a journey} analysis {an analysis} coding {a coding} other {an {kind}}} (expected a JSON object).',
  'issue.wrongFormat': 'The file is not {kind, select, journey {a journey} analysis {an analysis} coding {a coding} other {an {kind}}}: its "format" is {found}, not "{format}".',
  'issue.unknownFormat': 'unknown format',
  'issue.noVersion': 'The file has no valid "schemaVersion".',
  'issue.versionWhole': 'must be a whole number from 1',
  'issue.newerFile': 'The file was saved by a newer version (schema {version}); this one reads up to schema {current}. Update, then import again.',
  'issue.newerVersion': '{version} is newer than {current}',
  'issue.datasetProblems': 'The dataset has {count, plural, one {# problem} other {# problems}}.',
  'issue.segmentsProblems': 'The segments file has {count, plural, one {# problem} other {# problems}}.',
  'issue.noHeader': 'the file has no header row',
  'issue.columnRepeats': 'column name "{name}" repeats column {first}',
  'issue.columnTwice': 'column "{name}" appears twice',
  'issue.noIdColumn': 'there is no case id column "{name}"',
  'issue.noColumn': 'there is no "{name}" column',
  'issue.noCases': 'the file has no cases after its header row',
  'issue.noSegments': 'the file has no segments after its header row',
  'issue.cellsForColumns': 'has {cells} cells for {columns} columns',
  'issue.notANumber': '"{value}" is not a number',
  'issue.expected': 'expected {type, select, string {a string} number {a number} boolean {a boolean} object {an object} array {an array} int {an int} null {a null} undefined {an undefined} other {a {type}}}',
  'issue.mustBe': 'must be {value}',
  'issue.mustBeOneOf': 'must be one of {values}',
  'issue.atMost': 'at most {limit}{unit, select, string { characters} array { items} set { items} file { bytes} other {}}',
  'issue.below': 'below {limit}{unit, select, string { characters} array { items} set { items} file { bytes} other {}}',
  'issue.atLeast': 'at least {limit}{unit, select, string { characters} array { items} set { items} file { bytes} other {}}',
  'issue.above': 'above {limit}{unit, select, string { characters} array { items} set { items} file { bytes} other {}}',
  'issue.unknownKeys': '{count, plural, one {unknown key} other {unknown keys}} {keys}',
  'issue.badFormat': 'not in the expected format',
  'issue.noForm': 'matches none of the allowed forms',
} as const;

export type IssueKey = keyof typeof issueMessages;
