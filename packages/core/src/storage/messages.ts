/** What the storage adapters say when a value cannot be read or written (a part of `issueMessages`, kept apart so a storage entry carries only these). */
export const storageIssueMessages = {
  'issue.storageFailed': 'Could not {operation, select, get {read} set {write} remove {remove} other {list}} "{key}" in storage: {reason}',
  'issue.storedNotJsonAt': 'What is stored under "{key}" is not JSON: it breaks at line {line}, column {column}.',
  'issue.storedNotJsonEnd': 'What is stored under "{key}" is not JSON: it ends before everything it opens is closed.',
  'issue.storedEmpty': 'What is stored under "{key}" is empty.',
  'issue.storedNotText': 'What is stored under "{key}" is not JSON text.',
} as const;
