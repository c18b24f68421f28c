import { readdirSync, readFileSync } from 'node:fs';
import type { ReferenceRequest } from '@wayfinder/core/qca/reference';
import { runReferenceRequest } from '@wayfinder/core/qca/reference';
import { describe, expect, it } from 'vitest';
import { differences } from '../support/compare.ts';
import { fixturesDir } from '../support/fixtures.ts';

const casesDir = `${fixturesDir()}qca/cases/`;
const names = readdirSync(casesDir)
  .filter((file) => file.endsWith('.request.json'))
  .map((file) => file.replace('.request.json', ''))
  .sort();

describe('QCA reference cases (R package QCA 3.25.1)', () => {
  it('finds the reference cases', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s equals QCA in every number, row, model and term', (name) => {
    const request = JSON.parse(readFileSync(`${casesDir}${name}.request.json`, 'utf8')) as ReferenceRequest;
    const { oracle: _oracle, ...expected } = JSON.parse(readFileSync(`${casesDir}${name}.result.json`, 'utf8')) as Record<string, unknown>;
    const actual = runReferenceRequest({ ...request, compat: 'qca' });
    expect(differences(expected, actual)).toEqual([]);
  });
});
