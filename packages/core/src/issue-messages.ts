import { linkIssueMessages } from './link-messages';
import { expressionIssueMessages } from './qca/expression-messages';
import { storageIssueMessages } from './storage/messages';

/**
 * What the file readers say, as message keys with English defaults, so an interface can say it in
 * its reader's language (`@wayfinder/ui/locale-es` has the Spanish). Each `Issue` and
 * `WayfinderError` built from one carries its `key` and `values` besides the English text. The
 * schemas' own rules give a key as their message, and the readers turn it into both.
 */
export const issueMessages = {
  ...storageIssueMessages,
  ...linkIssueMessages,
  ...expressionIssueMessages,
  'issue.problems': 'The {kind, select, journey {journey} analysis {analysis} coding {coding} other {{kind}}} has {count, plural, one {# problem} other {# problems}}.',
  'issue.structureProblems': 'The {kind, select, journey {journey} analysis {analysis} coding {coding} other {{kind}}} has {count, plural, one {# problem} other {# problems}} of structure.',
  'issue.notJsonAt': 'The file is not JSON: it breaks at line {line}, column {column}.',
  'issue.jsonEmpty': 'The file is empty.',
  'issue.notJsonEnd': 'The file is not JSON: it ends before everything it opens is closed.',
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
  'issue.csvQuotes': 'a quoted cell is not closed, or a quote stands inside a cell that is not quoted',
  'issue.csvBroken': 'this row cannot be read as CSV',
  'issue.cellsForColumns': 'has {cells} cells for {columns} columns',
  'issue.notANumber': '"{value}" is not a number',
  'issue.valuesProblems': 'The values have {count, plural, one {# problem} other {# problems}}; none were added.',
  'issue.notADay': '"{value}" is not a day: write it as YYYY-MM-DD, or YYYY-MM for a month',
  'issue.notPositive': 'out of "{value}": a denominator is a number above 0',
  'issue.notAValue': 'the value "{value}" is not a number',
  'issue.noValueColumn': 'no column is named value',
  'issue.noValues': 'there are no values to add',
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
  'issue.realDate': 'must be a real date as YYYY-MM-DD',
  'issue.isoInstant': 'must be an ISO date and time',
  'issue.nameEmpty': 'a name may not be empty',
  'issue.personPresent': 'list at least one person present',
  'issue.strategyName': 'a strategy needs a name',
  'issue.idEmpty': 'an id may not be empty',
  'issue.idSpaces': 'an id may not begin or end with a space',
  'issue.variableName': 'must start with a letter and hold only letters, digits, "_" or "."',
  'issue.caseIdEmpty': 'a case id may not be empty',
  'issue.noVariables': 'a dataset needs at least one variable',
  'issue.duplicateVariable': 'duplicate variable "{name}" (first at variables[{first}])',
  'issue.duplicateCaseId': 'duplicate case id "{id}" (first at cases[{first}])',
  'issue.duplicateCaseRow': 'duplicate case id "{id}" (first on row {row})',
  'issue.noValue': 'no value; write null for a missing value',
  'issue.notFinite': '{value} is not a finite number',
  'issue.outsideUnit': 'membership {value} is outside [0, 1]',
  'issue.notLevel': 'level {value} is not a whole number ≥ 0',
  'issue.notDeclared': '"{name}" is not a declared variable',
  'issue.logicNeedsCode': 'a logic needs at least one code',
  'issue.schemeNeedsLogics': 'a scheme needs at least two logics',
  'issue.labelEmpty': 'a label may not be empty',
  'issue.matrixNeedsDimension': 'a matrix needs at least one dimension',
  'issue.matrixNeedsAspect': 'a matrix needs at least one aspect',
  'issue.cutOrder': 'the lower consistency cut may not be above the consistency cut',
  'issue.rowIdWhole': 'a row id is a whole number',
  'issue.noRespondentGiven': 'no respondent given',
  'issue.noCodeGiven': 'no code given',
  'issue.notACode': '"{code}" is not a code of the scheme{hasNear, select, yes { (did you mean "{near}"?)} other {}}; the codes are {codes}',
  'issue.notAPole': '"{pole}" is not a pole of {code}: write low or high (or "{low}" / "{high}")',
  'issue.idRepeatsRow': 'the id "{id}" repeats row {row}',
  'issue.groupDiffers': '{respondent} is "{before}" on row {row}, "{value}" here',
} as const;

export { whereJsonBreaks } from './json-break';
export type { JsonBreak } from './json-break';

export type IssueKey = keyof typeof issueMessages;

/** Whether a schema rule's message is a key of this catalogue (rules name a key instead of English words). */
export const isIssueKey = (text: string): text is IssueKey => Object.hasOwn(issueMessages, text);
