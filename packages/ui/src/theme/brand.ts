import type { CSSProperties } from 'react';
import { WayfinderError } from '@wayfinder/core/errors';
import { tokens } from './tokens';

export type ThemeMode = 'light' | 'dark' | 'auto';

/**
 * A white-label brand: a name and logo for the host's product, plus any token overrides. A colour
 * may be one value for both schemes or `{ light, dark }`.
 */
export interface Brand {
  productName?: string;
  /** URL of the logo image; shown with `productName` as its alternative text. */
  logoUrl?: string;
  tokens?: Partial<Record<`--wf-${string}`, string | { light: string; dark: string }>>;
}

const known = new Set<string>(tokens.map((info) => info.name));

/**
 * Turns a brand's token overrides into inline custom properties on the kit's root. Unknown token
 * names are refused with their names, because a typo would otherwise silently do nothing.
 */
export function brandStyle(brand: Brand | undefined): CSSProperties {
  const style: Record<string, string> = {};
  const unknown: string[] = [];
  for (const [name, value] of Object.entries(brand?.tokens ?? {})) {
    if (value === undefined) continue;
    if (!known.has(name)) unknown.push(name);
    else style[name] = typeof value === 'string' ? value : `light-dark(${value.light}, ${value.dark})`;
  }
  if (unknown.length > 0) {
    throw new WayfinderError(
      'theme/unknown-token',
      'The brand overrides tokens that do not exist.',
      unknown.map((name) => ({ path: ['tokens', name], message: 'is not a Wayfinder token (see the token list in @wayfinder/ui/theme)' })),
    );
  }
  return style as CSSProperties;
}
