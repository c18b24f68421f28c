import type { Issue } from '@wayfinder/core/errors';

/** WCAG 2 AA for normal text, which the accent is (links, selected tabs, button labels). */
export const MINIMUM_TEXT_CONTRAST = 4.5;

type Scheme = 'light' | 'dark';

/** The backgrounds accent text sits on in each scheme (tokens.css: bg, surface, surface-raised), and its text colours. */
const PAGE: Record<Scheme, { backgrounds: readonly string[]; textOnAccent: readonly string[] }> = {
  light: { backgrounds: ['#ffffff', '#f6f7f9'], textOnAccent: ['#ffffff', '#0b1220', '#000000'] },
  dark: { backgrounds: ['#14171c', '#1d2229', '#252b33'], textOnAccent: ['#0b1220', '#ffffff', '#000000'] },
};

/** The kit's own accent (tokens.css), which stands in for one too faint to read. */
export const DEFAULT_ACCENT = { light: '#1d5fa8', dark: '#7fb4f0' } as const;

function channels(hex: string): [number, number, number] {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) throw new RangeError(`"${hex}" is not a colour as #rrggbb.`);
  return [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16)) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours (#rrggbb), from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `a` mixed into `b` in sRGB, `share` of it (0–1), as #rrggbb. */
export function mixColours(a: string, b: string, share: number): string {
  const [x, y] = [channels(a), channels(b)];
  return `#${x.map((channel, at) => Math.round(channel * share + y[at]! * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The first of `candidates` readable (4.5:1) on every background; else the first readable on the
 * first background (the one that matters most); else the most readable there.
 */
export function readableOn(backgrounds: readonly [string, ...string[]], candidates: readonly string[]): string {
  const readable = (text: string, on: readonly string[]) => on.every((background) => contrastRatio(text, background) >= MINIMUM_TEXT_CONTRAST);
  return (
    candidates.find((text) => readable(text, backgrounds)) ??
    candidates.find((text) => readable(text, backgrounds.slice(0, 1))) ??
    [...candidates].sort((a, b) => contrastRatio(b, backgrounds[0]) - contrastRatio(a, backgrounds[0]))[0]!
  );
}

/** How an accent colour fares as text on its scheme's page: its lowest ratio and whether that is enough. */
export function accentContrast(colour: string, scheme: Scheme): { ratio: number; enough: boolean } {
  const ratio = Math.min(...PAGE[scheme].backgrounds.map((background) => contrastRatio(colour, background)));
  return { ratio, enough: ratio >= MINIMUM_TEXT_CONTRAST };
}

/** "4.52:1", never rounded up to a pass. */
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

/** Why an accent pair cannot be used, one issue per scheme; none when both read as text. */
export function accentIssues(accent: { light: string; dark: string }): Issue[] {
  return (['light', 'dark'] as const).flatMap((scheme) => {
    const { ratio, enough } = accentContrast(accent[scheme], scheme);
    if (enough) return [];
    const shade = scheme === 'light' ? 'darker' : 'lighter';
    return [{ path: ['accent', scheme], message: `has ${formatRatio(ratio)} against the ${scheme} page; links and text in the accent need at least ${MINIMUM_TEXT_CONTRAST}:1 (choose a ${shade} colour)` }];
  });
}

/**
 * Every token an accent colour carries, derived so that each stays readable: the hover shade a
 * step towards the text colour, a subtle tint of it on the page, and the text on accent-filled
 * controls white or dark, whichever reads on both the accent and its hover shade.
 */
export function accentTokens(accent: { light: string; dark: string }) {
  const per = (scheme: Scheme) => {
    const colour = accent[scheme];
    const hover = mixColours(colour, scheme === 'light' ? '#000000' : '#ffffff', 0.82);
    return {
      accent: colour,
      hover,
      subtle: mixColours(colour, PAGE[scheme].backgrounds[0]!, scheme === 'light' ? 0.12 : 0.2),
      text: readableOn([colour, hover], PAGE[scheme].textOnAccent),
    };
  };
  const [light, dark] = [per('light'), per('dark')];
  return {
    '--wf-color-accent': { light: light.accent, dark: dark.accent },
    '--wf-color-accent-hover': { light: light.hover, dark: dark.hover },
    '--wf-color-accent-subtle': { light: light.subtle, dark: dark.subtle },
    '--wf-color-focus': { light: light.accent, dark: dark.accent },
    '--wf-color-text-on-accent': { light: light.text, dark: dark.text },
  } as const;
}
