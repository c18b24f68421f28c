import fc from 'fast-check';
import { defaultScheme, emptyCoding } from '@wayfinder/core/logics';
import { exportCoding, exportMatrix } from '@wayfinder/core/logics/import';
import { emptyMatrix } from '@wayfinder/core/logics/matrix';
import { blankPdsaCycle, blankPitStop, emptyJourney, exportJourney, nextTripTicketVersion } from '@wayfinder/core/navigator';
import { emptyAnalysis, exportAnalysis } from '@wayfinder/core/qca/analysis-file';

/** A valid document of each kind, to start mutations from. */
export function journeyFile(): string {
  const journey = emptyJourney('Fuzz');
  journey.tripTicket.push({ ...nextTripTicketVersion(journey, new Date('2026-03-02T15:04:05Z')), peoplePresent: [{ name: 'Ana', role: 'lead' }] });
  journey.tripTicket.push({ ...nextTripTicketVersion(journey, new Date('2026-04-02T15:04:05Z')), peoplePresent: [{ name: 'Kofi', role: 'coach' }] });
  journey.pitStops.push({ ...blankPitStop('2026-03-09'), id: 'p1' });
  journey.pdsaCycles.push({ ...blankPdsaCycle(), id: 'c1' });
  journey.travelLog.push({ id: 't1', at: '2026-03-02T15:04:05.000Z', what: 'Met', withWhom: '', where: '', minutes: 30, decisions: '', strategyIds: [] });
  journey.factors.push({ id: 'f1', category: 'team', name: 'Time', description: '', supports: '', barriers: '', actions: '' });
  return exportJourney(journey);
}

export const analysisFile = () =>
  exportAnalysis({
    ...emptyAnalysis('Fuzz'),
    dataset: {
      variables: [
        { name: 'GDP', scale: 'raw' },
        { name: 'Y', scale: 'membership' },
      ],
      cases: [
        { id: 'a', values: { GDP: 700, Y: 0.2 } },
        { id: 'b', values: { GDP: 900, Y: 0.8 } },
      ],
    },
    outcome: 'Y',
    calibrations: { GDP: { mode: 'crisp', thresholds: [800] } },
  });

export const codingFile = () =>
  exportCoding({
    ...emptyCoding(defaultScheme),
    respondents: [{ id: 'r1', label: 'R1', groups: { site: 'Elm' } }],
    segments: [{ id: 's1', respondent: 'r1', code: 'equity', pole: 'high', excerpt: 'x', coder: 'ana', source: '' }],
  });

export const matrixFile = () => exportMatrix({ ...emptyMatrix(), networks: [{ id: 'n1', name: 'North', groups: {}, cells: {} }] });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value, so a mutation can aim anywhere in the document. */
function pathsOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return here;
}

/** Values of the same kind as `original`: texts any length and script, numbers of any size, a list emptied or cut. */
function sameKind(original: Json): fc.Arbitrary<Json> {
  if (typeof original === 'string') {
    return fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('<script>alert(1)</script>', 'بحث الجودة', '🚌'.repeat(500), 'x'.repeat(5000), '\n\t', '2026-12-31'));
  }
  if (typeof original === 'number') return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1, max: 1000 }), fc.constantFrom(0, 0.5, 1));
  if (typeof original === 'boolean') return fc.boolean();
  if (Array.isArray(original)) return fc.constantFrom<Json>([], original.slice(0, 1), [...original, ...original].slice(0, original.length));
  return fc.constant(original);
}

/**
 * The document with the value at one path replaced (by one of its kind, which a reader may well
 * accept, or by anything, hostile values and keys included) or that key removed.
 */
export function mutated(text: string): fc.Arbitrary<string> {
  const document = JSON.parse(text) as Json;
  const paths = pathsOf(document);
  const valueAt = (path: (string | number)[]) => path.reduce<Json>((value, part) => (value as Record<string | number, Json>)[part]!, document);
  const anything = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    fc.constantFrom<Json>('2024-02-30', '0000-00-00', '{broken', '', ' r1', 'constructor', -1, 1e308, 42, null),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as Json),
  );
  return fc
    .integer({ min: 0, max: paths.length - 1 })
    .chain((at) => fc.tuple(fc.constant(at), fc.oneof({ weight: 3, arbitrary: sameKind(valueAt(paths[at]!)) }, { weight: 1, arbitrary: anything }), fc.boolean()))
    .map(([at, value, remove]) => {
      const copy = JSON.parse(text) as Json;
      const path = paths[at]!;
      if (path.length === 0) return JSON.stringify(value);
      let parent = copy as Record<string | number, Json>;
      for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, Json>;
      const last = path[path.length - 1]!;
      if (remove && !Array.isArray(parent)) delete parent[last];
      else parent[last] = value;
      return JSON.stringify(copy);
    });
}

/** Anything at all, or a valid document broken in one place (or cut in half). */
export const inputs = (valid: string) => fc.oneof(fc.json(), fc.string(), mutated(valid), mutated(valid).map((text) => text.slice(0, text.length >> 1)));
