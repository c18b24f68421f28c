/**
 * The documented theme tokens: the contract between the kit and a host's brand. Values live in
 * tokens.css; a test keeps this list and the stylesheet in step.
 */
export type TokenGroup = 'colour' | 'chart' | 'type' | 'space' | 'shape';

export interface TokenInfo {
  name: `--wf-${string}`;
  group: TokenGroup;
  description: string;
}

const token = (name: `--wf-${string}`, group: TokenGroup, description: string): TokenInfo => ({ name, group, description });

export const tokens: readonly TokenInfo[] = [
  token('--wf-color-bg', 'colour', 'Page background behind widgets.'),
  token('--wf-color-surface', 'colour', 'Panels, table headers, input wells.'),
  token('--wf-color-surface-raised', 'colour', 'Cards, popovers and menus above a surface.'),
  token('--wf-color-border', 'colour', 'Dividers and quiet outlines.'),
  token('--wf-color-border-strong', 'colour', 'Input outlines; at least 3:1 against the background.'),
  token('--wf-color-text', 'colour', 'Body text.'),
  token('--wf-color-text-muted', 'colour', 'Help text and secondary labels; still 4.5:1.'),
  token('--wf-color-text-on-accent', 'colour', 'Text on an accent-filled control.'),
  token('--wf-color-accent', 'colour', 'The brand colour: primary buttons, selection, links. The first token to override.'),
  token('--wf-color-accent-hover', 'colour', 'Accent under the pointer.'),
  token('--wf-color-accent-subtle', 'colour', 'Tinted backgrounds: selected rows, highlighted chips.'),
  token('--wf-color-success', 'colour', 'Positive outcome (OUT = 1, saved).'),
  token('--wf-color-warning', 'colour', 'Caution text and icons (0.5 memberships, unsaved changes).'),
  token('--wf-color-warning-subtle', 'colour', 'Background of warning notices.'),
  token('--wf-color-danger', 'colour', 'Errors and destructive actions.'),
  token('--wf-color-danger-subtle', 'colour', 'Background of error notices.'),
  token('--wf-color-focus', 'colour', 'Keyboard focus ring colour.'),
  token('--wf-chart-1', 'chart', 'Chart series 1 (Okabe–Ito blue).'),
  token('--wf-chart-2', 'chart', 'Chart series 2 (orange).'),
  token('--wf-chart-3', 'chart', 'Chart series 3 (bluish green).'),
  token('--wf-chart-4', 'chart', 'Chart series 4 (reddish purple).'),
  token('--wf-chart-5', 'chart', 'Chart series 5 (sky blue).'),
  token('--wf-chart-6', 'chart', 'Chart series 6 (vermillion).'),
  token('--wf-chart-7', 'chart', 'Chart series 7 (yellow; pair with a shape, low contrast on white).'),
  token('--wf-chart-8', 'chart', 'Chart series 8 (black / white).'),
  token('--wf-font-family', 'type', 'Typeface for all text.'),
  token('--wf-font-family-mono', 'type', 'Typeface for numbers in tables and Boolean expressions.'),
  token('--wf-font-size-xs', 'type', 'Chart ticks and badges.'),
  token('--wf-font-size-sm', 'type', 'Help text, table cells.'),
  token('--wf-font-size-md', 'type', 'Body text.'),
  token('--wf-font-size-lg', 'type', 'Section headings.'),
  token('--wf-font-size-xl', 'type', 'Widget titles.'),
  token('--wf-font-size-2xl', 'type', 'Page titles.'),
  token('--wf-font-weight-regular', 'type', 'Body weight.'),
  token('--wf-font-weight-bold', 'type', 'Headings and emphasis.'),
  token('--wf-line-height', 'type', 'Body line height.'),
  token('--wf-space-1', 'space', '4 px step.'),
  token('--wf-space-2', 'space', '8 px step.'),
  token('--wf-space-3', 'space', '12 px step.'),
  token('--wf-space-4', 'space', '16 px step.'),
  token('--wf-space-6', 'space', '24 px step.'),
  token('--wf-space-8', 'space', '32 px step.'),
  token('--wf-radius-sm', 'shape', 'Chips, inputs.'),
  token('--wf-radius-md', 'shape', 'Buttons, cards.'),
  token('--wf-radius-lg', 'shape', 'Dialogs, large panels.'),
  token('--wf-shadow-raised', 'shape', 'Elevation of cards and popovers.'),
  token('--wf-focus-ring', 'shape', 'Box-shadow drawn around the focused control.'),
  token('--wf-duration', 'shape', 'Transition time; 0 when the user prefers reduced motion.'),
];

/** Chart series colours as CSS values, for SVG fills and strokes. */
export const chartPalette = tokens.filter((info) => info.group === 'chart').map((info) => `var(${info.name})`);
