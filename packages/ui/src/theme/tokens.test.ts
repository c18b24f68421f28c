import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandStyle, exampleBrand, tokens } from './index';


// Read from disk: vitest turns CSS imports into empty modules.
const css = readFileSync(join(import.meta.dirname, 'tokens.css'), 'utf8');
// Tokens are declared in the first `.wf-root` block; later blocks only re-set some (reduced motion).
const declarations = css.slice(css.indexOf('.wf-root {'), css.indexOf('\n}\n'));
const defined = [...declarations.matchAll(/^\s*(--wf-[a-z0-9-]+):/gm)].map((match) => match[1]);

describe('theme tokens', () => {
  it('documents exactly the tokens the stylesheet defines, each once', () => {
    expect(new Set(defined).size).toBe(defined.length);
    expect([...defined].sort()).toEqual(tokens.map((info) => info.name).sort());
  });

  it('gives every colour a light and a dark value', () => {
    for (const info of tokens.filter((entry) => entry.group === 'colour' || entry.group === 'chart')) {
      expect(declarations, info.name).toMatch(new RegExp(`${info.name}: light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\);`));
    }
  });
});

describe('brandStyle', () => {
  it('maps overrides to custom properties, pairs to light-dark()', () => {
    expect(brandStyle({ tokens: { '--wf-color-accent': { light: '#111111', dark: '#eeeeee' }, '--wf-radius-md': '2px' } })).toEqual({
      '--wf-color-accent': 'light-dark(#111111, #eeeeee)',
      '--wf-radius-md': '2px',
      // Text on the accent, picked to read on it.
      '--wf-color-text-on-accent': 'light-dark(#ffffff, #0b1220)',
    });
  });

  it('refuses unknown token names, naming them', () => {
    expect(() => brandStyle({ tokens: { '--wf-colour-accent': 'red' } })).toThrow(/tokens\.--wf-colour-accent: is not a Wayfinder token/);
  });

  it('accepts the example brand', () => {
    expect(Object.keys(brandStyle(exampleBrand)).length).toBeGreaterThan(3);
  });
});
