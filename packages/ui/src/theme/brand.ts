import type { CSSProperties } from 'react';
import { WayfinderError } from '@wayfinder/core/errors';
import { accentContrast, accentTokens, DEFAULT_ACCENT } from './contrast';
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
const HEX = /^#[0-9a-f]{6}$/i;

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
  // An accent of the host's own without a text colour for it: the text on accent-filled controls is picked to read.
  const accent = brand?.tokens?.['--wf-color-accent'];
  if (accent !== undefined && brand?.tokens?.['--wf-color-text-on-accent'] === undefined) {
    const text = (colour: string, scheme: 'light' | 'dark') => (HEX.test(colour) ? accentTokens({ light: colour, dark: colour })['--wf-color-text-on-accent'][scheme] : undefined);
    const [light, dark] = typeof accent === 'string' ? [text(accent, 'light'), text(accent, 'dark')] : [text(accent.light, 'light'), text(accent.dark, 'dark')];
    if (light && dark) style['--wf-color-text-on-accent'] = `light-dark(${light}, ${dark})`;
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

/**
 * What an intermediary sets to make the kit its own, as one plain JSON object: the provider takes
 * it whole (`<WayfinderProvider settings={…}>`), and the demo app's settings page edits it.
 */
export interface KitSettings {
  theme?: ThemeMode;
  locale?: string;
  productName?: string;
  logoUrl?: string;
  /**
   * The accent colour (links, selection, focus) for the light and the dark scheme, e.g. `#0b6e4f`.
   * Each must read as text on its page (WCAG AA, 4.5:1), or the kit's own accent is used instead;
   * the text on accent-filled buttons is picked to read too.
   */
  accent?: { light: string; dark: string } | null;
  /** Message keys of any widget, in the host's words (terminology or a whole translation). */
  messages?: Readonly<Record<string, string>>;
}

/**
 * The brand a settings object describes: name, logo, and the accent on every token that carries it.
 * An accent too faint to read as text on its scheme's page is not applied there: the kit's own
 * accent stands in for it (the settings keep it, so an editor can show it and its ratio).
 */
export function brandFromSettings(settings: KitSettings): Brand {
  const name = settings.productName?.trim();
  const logo = settings.logoUrl?.trim();
  const accent = settings.accent;
  const readable = accent && {
    light: accentContrast(accent.light, 'light').enough ? accent.light : DEFAULT_ACCENT.light,
    dark: accentContrast(accent.dark, 'dark').enough ? accent.dark : DEFAULT_ACCENT.dark,
  };
  return {
    ...(name ? { productName: name } : {}),
    ...(logo ? { logoUrl: logo } : {}),
    ...(readable ? { tokens: accentTokens(readable) } : {}),
  };
}
