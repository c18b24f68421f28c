import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDatasetCsv, importDatasetJson } from '@wayfinder/core/dataset/import';
import type { Result } from '@wayfinder/core/errors';
import { isWayfinderError } from '@wayfinder/core/errors';
import { defaultScheme } from '@wayfinder/core/logics';
import { exportCoding, exportMatrix, importCoding, importMatrix, importSegmentsCsv } from '@wayfinder/core/logics/import';
import { exportJourney, importJourney } from '@wayfinder/core/navigator';
import { exportAnalysis, importAnalysis } from '@wayfinder/core/qca/analysis-file';
import { runReferenceRequest } from '@wayfinder/core/qca/reference';
import { analysisFile, codingFile, inputs, journeyFile, matrixFile } from './documents.ts';

/** Readers return a result: they never throw, refusals are typed errors, and what they accept writes back to itself. */
function readsSafely<T>(read: (text: string) => Result<T>, write: ((value: T) => string) | null, valid: string) {
  fc.assert(
    fc.property(inputs(valid), (text) => {
      const result = read(text);
      if (!result.ok) {
        expect(isWayfinderError(result.error)).toBe(true);
        return;
      }
      if (write) expect(read(write(result.value))).toEqual(result);
    }),
    { numRuns: 300 },
  );
  expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
}

describe('document readers under arbitrary and broken input', () => {
  it('journey', () => readsSafely(importJourney, exportJourney, journeyFile()));
  it('analysis', () => readsSafely(importAnalysis, exportAnalysis, analysisFile()));
  it('coding', () => readsSafely(importCoding, exportCoding, codingFile()));
  it('equity-logic matrix', () => readsSafely(importMatrix, exportMatrix, matrixFile()));
  it('dataset JSON and CSV', () => {
    readsSafely(importDatasetJson, null, JSON.stringify({ variables: [{ name: 'A', scale: 'membership' }], cases: [{ id: 'a', values: { A: 1 } }] }));
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = importDatasetCsv(text);
        expect(result.ok || isWayfinderError(result.error)).toBe(true);
      }),
    );
  });
  it('segments CSV', () =>
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = importSegmentsCsv(text, defaultScheme);
        expect(result.ok || isWayfinderError(result.error)).toBe(true);
      }),
    ));

  it('reference requests: only typed errors, never a TypeError', () => {
    const valid = JSON.stringify({ data: [{ case: 'a', A: 1, Y: 1 }, { case: 'b', A: 0, Y: 0 }], outcome: 'Y', incl_cut: 0.8, necessity: { enabled: false } });
    fc.assert(
      fc.property(inputs(valid), (text) => {
        let request: unknown;
        try {
          request = JSON.parse(text);
        } catch {
          return;
        }
        try {
          runReferenceRequest(request as never);
        } catch (error) {
          expect(isWayfinderError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
