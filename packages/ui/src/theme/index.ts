export type { Brand, KitSettings, ThemeMode } from './brand';
export { brandFromSettings, brandStyle } from './brand';
export type { TokenGroup, TokenInfo } from './tokens';
export { chartPalette, tokens } from './tokens';
export { exampleBrand } from './example-brand';
export { accentContrast, accentIssues, accentTokens, contrastRatio, DEFAULT_ACCENT, formatRatio, MINIMUM_TEXT_CONTRAST, mixColours, readableOn } from './contrast';
