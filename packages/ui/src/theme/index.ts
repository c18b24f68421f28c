export type { Brand, ThemeMode } from './brand';
export { brandStyle } from './brand';
export type { TokenGroup, TokenInfo } from './tokens';
export { chartPalette, tokens } from './tokens';
export { exampleBrand } from './example-brand';
