import type { Brand } from './brand';

/**
 * A worked white-label example: a fictional intermediary with a teal-and-plum identity, rounder
 * shapes and a serif for headings. Copy it as the starting point for a host's own brand.
 */
export const exampleBrand: Brand = {
  productName: 'Harbor Learning Navigator',
  tokens: {
    '--wf-color-accent': { light: '#0f6b66', dark: '#5cc9c0' },
    '--wf-color-accent-hover': { light: '#0b5450', dark: '#86dbd4' },
    '--wf-color-accent-subtle': { light: '#ddf2f0', dark: '#143634' },
    '--wf-color-focus': { light: '#7a2e7a', dark: '#e0a3e0' },
    '--wf-radius-sm': '8px',
    '--wf-radius-md': '14px',
    '--wf-radius-lg': '22px',
    '--wf-font-family': "Georgia, 'Iowan Old Style', 'Palatino Linotype', serif",
  },
};
