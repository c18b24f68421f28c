/** What the readers say of ids, keys and links between the parts of a document (a part of `issueMessages`, kept apart so the models that check links carry only these). */
export const linkIssueMessages = {
  'issue.reservedKey': 'the key "{key}" is reserved: "__proto__", "constructor" and "prototype" are reserved names',
  'issue.reservedName': '"__proto__", "constructor" and "prototype" are reserved names',
  'issue.tooDeep': 'nested more than {depth} levels deep',
  'issue.noSuchId': 'no {what, select, approach {approach} strategy {strategy} version {trip-ticket version} plannedStop {planned pit stop} pitStop {pit stop} respondent {respondent} measure {measure} pdsaCycle {PDSA cycle} driver {driver} category {category} cause {cause} other {{what}}} has the id "{id}"',
  'issue.pointRepeats': 'a value for {period}{group, select, all {} other { ({group})}} is already at position {first}',
  'issue.ownRamp': 'a PDSA cycle cannot build on itself',
  'issue.idUsedAt': 'the id "{id}" is also used at position {first}',
  'issue.idRepeats': 'the {what, select, respondent {respondent} segment {segment} dimension {dimension} aspect {aspect} network {network} logic {logic} other {{what}}} id "{id}" repeats {what, select, respondent {respondent} segment {segment} dimension {dimension} aspect {aspect} network {network} logic {logic} other {{what}}} {first}',
  'issue.codeTaken': 'the code id "{id}" is already a code of {logic}',
  'issue.noSchemeCode': 'the scheme has no code "{code}"',
  'issue.noDimension': 'the scheme has no dimension "{dimension}"',
  'issue.noAspect': 'the scheme has no aspect "{aspect}"',
  'issue.noDataVariable': 'the data have no variable "{name}"',
} as const;
