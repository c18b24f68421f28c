import Papa from 'papaparse';
import { parseCsv, spreadsheetSafe, spreadsheetText } from '../csv';
import type { Issue, IssuePath, Result } from '../errors';
import type { Migration, VersionedFileKind } from '../versioned-file';
import { isReservedName } from '../reserved-names';
import { readVersionedFile, writeVersionedFile } from '../versioned-file';
import type { Coding, Respondent, Segment } from './coding';
import { codingSchema } from './coding';
import type { Pole } from './coding-data';
import { CODING_FORMAT, CODING_VERSION, codingLinkIssues } from './coding-data';
import { keyedIssue, say } from '../said';
import { LogicsError } from './errors';
import type { Scheme } from './scheme';
import { schemeCodes } from './scheme-data';

/** Migrations of the coding file by the version they start from; none yet (schema 1). */
export const codingMigrations: Readonly<Record<number, Migration>> = {};

const codingFile: VersionedFileKind<Coding> = {
  format: CODING_FORMAT,
  noun: 'coding',
  currentVersion: CODING_VERSION,
  migrations: codingMigrations,
  schema: codingSchema,
  links: codingLinkIssues,
  error: (message, issues, said) => new LogicsError('logics/import', message, issues, said),
};

/** Reads a coding file (scheme, respondents, segments, counts); every problem is reported with its place. */
export function importCoding(text: string): Result<Coding> {
  return readVersionedFile(text, codingFile);
}

/** The coding as a file: two-space indentation and a final newline; one that would not read back throws a `LogicsError`. */
export function exportCoding(coding: Coding): string {
  return writeVersionedFile(coding, codingFile);
}

const FIXED_COLUMNS = ['id', 'respondent', 'label', 'code', 'pole', 'excerpt', 'coder', 'source'] as const;
const REQUIRED_COLUMNS = ['respondent', 'code', 'pole'] as const;

export interface ImportedSegments {
  respondents: Respondent[];
  segments: Segment[];
}

export interface SegmentsCsvOptions {
  /** Ids given to segments from a file without an `id` column: prefix + spreadsheet row. */
  idPrefix?: string;
  /** The scheme as the reader sees it (its labels translated, its ids the same): its labels are read too, and problems name codes by them. */
  shownScheme?: Scheme;
}

/**
 * Reads coded segments from CSV: one row per segment with `respondent`, `code` and `pole`, and
 * optionally `id`, `label` (the respondent's), `excerpt`, `coder`, `source`; any other column is a
 * grouping of respondents (site, role, …). A code may be given by id or label, a pole as
 * low/high, −/+, −1/1 or by its pole label. Every problem is reported with its spreadsheet row (the
 * header is row 1) and column; nothing is half-imported.
 */
export function importSegmentsCsv(text: string, scheme: Scheme, options: SegmentsCsvOptions = {}): Result<ImportedSegments> {
  const { header, rows, issues } = parseCsv(text);
  const fail = () => {
    const { message, said } = say('issue.segmentsProblems', { count: issues.length });
    return { ok: false as const, error: new LogicsError('logics/csv', message, issues, said) };
  };
  if (!header || header.length === 0) {
    issues.push(keyedIssue(['row 1'], 'issue.noHeader'));
    return fail();
  }
  const names = header.map((name) => spreadsheetText(name).trim());
  const column = new Map<string, number>();
  names.forEach((name, index) => {
    const key = (FIXED_COLUMNS as readonly string[]).includes(name.toLowerCase()) ? name.toLowerCase() : name;
    if (column.has(key)) issues.push(keyedIssue(['row 1', name], 'issue.columnTwice', { name }));
    else column.set(key, index);
  });
  for (const required of REQUIRED_COLUMNS) if (!column.has(required)) issues.push(keyedIssue(['row 1'], 'issue.noColumn', { name: required }));
  if (rows.length === 0) issues.push(keyedIssue(['row 2'], 'issue.noSegments'));
  if (issues.length > 0) return fail();
  const groupings = names.filter((name) => !(FIXED_COLUMNS as readonly string[]).includes(name.toLowerCase()));
  for (const name of groupings) if (isReservedName(name)) issues.push(keyedIssue(['row 1', name], 'issue.reservedName'));
  const codes = codeFinder(scheme, options.shownScheme);
  const respondents = new Map<string, Respondent & { row: number }>();
  const segments: Segment[] = [];
  const ids = new Map<string, number>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    const at = (name: string) => [`row ${row}`, name];
    if (cells.length !== names.length) issues.push(keyedIssue([`row ${row}`], 'issue.cellsForColumns', { cells: cells.length, columns: names.length }));
    const cell = (name: string) => spreadsheetText(cells[column.get(name) ?? -1] ?? '');
    const respondentId = cell('respondent').trim();
    if (respondentId === '') issues.push(keyedIssue(at('respondent'), 'issue.noRespondentGiven'));
    else if (isReservedName(respondentId)) issues.push(keyedIssue(at('respondent'), 'issue.reservedName'));
    const codeText = cell('code').trim();
    const code = codes.find(codeText);
    if (!code) issues.push(codes.unknown(at('code'), codeText));
    const poleText = cell('pole').trim();
    const shown = code && codes.shown(code);
    const pole = code ? (poleOf(poleText, code) ?? poleOf(poleText, shown!)) : null;
    if (code && !pole) issues.push(keyedIssue(at('pole'), 'issue.notAPole', { pole: poleText, code: shown!.label, low: shown!.low, high: shown!.high }));
    const id = column.has('id') ? cell('id').trim() : `${options.idPrefix ?? 'row-'}${row}`;
    if (id === '') issues.push(keyedIssue(at('id'), 'issue.idEmpty'));
    else if (isReservedName(id)) issues.push(keyedIssue(at('id'), 'issue.reservedName'));
    else if (ids.has(id)) issues.push(keyedIssue(at('id'), 'issue.idRepeatsRow', { id, row: ids.get(id)! }));
    ids.set(id, row);
    if (respondentId !== '') {
      const groups = Object.fromEntries(groupings.flatMap((name) => (cell(name).trim() === '' ? [] : [[name, cell(name).trim()]])));
      const label = cell('label').trim();
      const known = respondents.get(respondentId);
      if (!known) respondents.set(respondentId, { id: respondentId, label: label || respondentId, groups, row });
      else {
        for (const [name, value] of Object.entries(groups)) {
          if (known.groups[name] === undefined) known.groups[name] = value;
          else if (known.groups[name] !== value) issues.push(keyedIssue(at(name), 'issue.groupDiffers', { respondent: respondentId, before: known.groups[name]!, row: known.row, value }));
        }
        if (label && known.label === respondentId) known.label = label;
      }
    }
    if (code && pole && respondentId !== '') {
      segments.push({ id, respondent: respondentId, code: code.id, pole, excerpt: cell('excerpt'), coder: cell('coder').trim(), source: cell('source') });
    }
  });
  if (issues.length > 0) return fail();
  return { ok: true, value: { respondents: [...respondents.values()].map(({ row: _row, ...respondent }) => respondent), segments } };
}

/**
 * Segments as CSV, one row per segment with the respondent's label and groupings. `importSegmentsCsv`
 * reads it back as it was (cells other than excerpts and sources come back trimmed, as typed ones do).
 */
export function exportSegmentsCsv(coding: Pick<Coding, 'respondents' | 'segments'>): string {
  const groupings = [...new Set(coding.respondents.flatMap((respondent) => Object.keys(respondent.groups)))].filter((name) => !(FIXED_COLUMNS as readonly string[]).includes(name.toLowerCase()));
  const byId = new Map(coding.respondents.map((respondent) => [respondent.id, respondent]));
  const rows = coding.segments.map((segment) => {
    const respondent = byId.get(segment.respondent);
    return [segment.id, segment.respondent, respondent?.label ?? '', ...groupings.map((name) => respondent?.groups[name] ?? ''), segment.code, segment.pole, segment.excerpt, segment.coder, segment.source];
  });
  const header = ['id', 'respondent', 'label', ...groupings, 'code', 'pole', 'excerpt', 'coder', 'source'];
  return `${Papa.unparse([header, ...rows].map((cells) => cells.map(spreadsheetSafe)), { newline: '\n' })}\n`;
}

/**
 * Adds imported segments to a coding: new respondents are appended, known ones gain groupings they
 * lacked, and a segment whose id is taken gets a fresh one. Returns a new coding; the old one is untouched.
 */
export function addImportedSegments(coding: Coding, imported: ImportedSegments): Coding {
  const respondents = coding.respondents.map((respondent) => ({ ...respondent, groups: { ...respondent.groups } }));
  const index = new Map(respondents.map((respondent, i) => [respondent.id, i]));
  for (const respondent of imported.respondents) {
    const known = index.get(respondent.id);
    if (known === undefined) {
      index.set(respondent.id, respondents.length);
      respondents.push(respondent);
    } else respondents[known]!.groups = { ...respondent.groups, ...respondents[known]!.groups };
  }
  const taken = new Set(coding.segments.map((segment) => segment.id));
  const segments = imported.segments.map((segment) => {
    let id = segment.id;
    for (let n = 2; taken.has(id); n += 1) id = `${segment.id}~${n}`;
    taken.add(id);
    return id === segment.id ? segment : { ...segment, id };
  });
  return { ...coding, respondents, segments: [...coding.segments, ...segments] };
}

function poleOf(text: string, code: { low: string; high: string }): Pole | null {
  const value = text.toLowerCase();
  if (['low', '-', '−', '-1', 'l', code.low.toLowerCase()].includes(value)) return 'low';
  if (['high', '+', '1', '+1', 'h', code.high.toLowerCase()].includes(value)) return 'high';
  return null;
}

function codeFinder(scheme: Scheme, shownScheme: Scheme | undefined) {
  const codes = schemeCodes(scheme).map(({ code }) => code);
  const shownById = new Map(schemeCodes(shownScheme ?? scheme).map(({ code }) => [code.id, code]));
  const lookup = new Map<string, (typeof codes)[number]>();
  for (const code of codes) {
    lookup.set(code.id.toLowerCase(), code);
    lookup.set(code.label.toLowerCase(), code);
    const shownLabel = shownById.get(code.id)?.label.toLowerCase();
    if (shownLabel !== undefined && !lookup.has(shownLabel)) lookup.set(shownLabel, code);
  }
  return {
    find: (text: string) => lookup.get(text.toLowerCase()),
    /** The code as the reader sees it. */
    shown: (code: (typeof codes)[number]) => shownById.get(code.id) ?? code,
    /** Why `text` names no code, with the nearest code's id when one is a typo away. */
    unknown(path: IssuePath, text: string): Issue {
      if (text === '') return keyedIssue(path, 'issue.noCodeGiven');
      const near = codes.find((code) => editDistance(code.id.toLowerCase(), text.toLowerCase()) <= 2);
      return keyedIssue(path, 'issue.notACode', { code: text, hasNear: near ? 'yes' : 'no', near: near?.id ?? '', codes: codes.map((code) => code.id).join(', ') });
    },
  };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
