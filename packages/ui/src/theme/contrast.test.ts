import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brandFromSettings, brandStyle } from './brand';
import { accentIssues, accentTokens, contrastRatio, formatRatio } from './contrast';

const hex = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, '0')}`);

describe('contrast', () => {
  it('gives the WCAG ratios published for reference colours', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 just fails (4.48:1).
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4.54:1');
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.47:1');
    expect(contrastRatio('#123456', '#abcdef')).toBe(contrastRatio('#abcdef', '#123456'));
  });

  it('refuses a yellow accent on the light page with its ratio, and accepts a dark one', () => {
    const issues = accentIssues({ light: '#ffd700', dark: '#ffd700' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['accent', 'light'] });
    expect(issues[0]!.message).toMatch(/^has 1\.\d\d:1 against the light page; .* at least 4\.5:1 \(choose a darker colour\)$/);
    expect(accentIssues({ light: '#0b6e4f', dark: '#7fd1ae' })).toEqual([]);
    // Never shown: the kit's own accent stands in where the chosen one is too faint.
    expect(brandFromSettings({ accent: { light: '#ffd700', dark: '#7fd1ae' } }).tokens?.['--wf-color-accent']).toEqual({ light: '#1d5fa8', dark: '#7fd1ae' });
  });

  it('picks text that reads on any accent-filled control', () => {
    fc.assert(
      fc.property(hex, (colour) => {
        const tokens = accentTokens({ light: colour, dark: colour });
        for (const scheme of ['light', 'dark'] as const) expect(contrastRatio(tokens['--wf-color-text-on-accent'][scheme], colour)).toBeGreaterThanOrEqual(4.5);
      }),
    );
    expect(accentTokens({ light: '#ffd700', dark: '#ffd700' })['--wf-color-text-on-accent'].light).not.toBe('#ffffff');
  });

  it('gives a host’s own accent token a readable text colour unless the host set one', () => {
    expect(brandStyle({ tokens: { '--wf-color-accent': '#ffd700' } })).toMatchObject({ '--wf-color-text-on-accent': 'light-dark(#0b1220, #0b1220)' });
    expect(brandStyle({ tokens: { '--wf-color-accent': '#ffd700', '--wf-color-text-on-accent': '#222222' } })).toEqual({ '--wf-color-accent': '#ffd700', '--wf-color-text-on-accent': '#222222' });
  });
});
