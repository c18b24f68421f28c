import { readdirSync, readFileSync } from 'node:fs';
import type { SpcRequest } from '@wayfinder/core/spc';
import { spcChart } from '@wayfinder/core/spc';
import { describe, expect, it } from 'vitest';
import { differences } from '../support/compare.ts';
import { fixturesDir } from '../support/fixtures.ts';

const casesDir = `${fixturesDir()}spc/cases/`;
const names = readdirSync(casesDir)
  .filter((file) => file.endsWith('.request.json'))
  .map((file) => file.replace('.request.json', ''))
  .sort();

describe('SPC reference cases (R package qicharts2 0.8.1)', () => {
  it('finds the reference cases', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s equals qicharts2 in every point and part', (name) => {
    const request = JSON.parse(readFileSync(`${casesDir}${name}.request.json`, 'utf8')) as SpcRequest;
    const { qicharts2: _version, ...expected } = JSON.parse(readFileSync(`${casesDir}${name}.result.json`, 'utf8')) as Record<string, unknown>;
    const actual = spcChart(request);
    // FORMAT.md: an expected error only needs some error.
    if ('error' in expected) expect(actual).toHaveProperty('error');
    else expect(differences(expected, actual, '$', [], { zero: 1e-14 })).toEqual([]);
  });
});
