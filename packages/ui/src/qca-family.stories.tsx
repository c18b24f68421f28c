import type { Meta, StoryObj } from '@storybook/react-vite';
import slider, { DirectQca as sliderStory } from './calibration-slider/CalibrationSlider.stories';
import solution, { Parsimonious as solutionStory } from './solution-view/SolutionView.stories';
import type { FamilyMember } from './story-family';
import { familyMeta } from './story-family';
import table, { Lipset as tableStory } from './truth-table-viewer/TruthTableViewer.stories';
import plot, { Sufficiency as plotStory } from './xy-plot/XyPlot.stories';
import venn, { Lipset as vennStory } from './venn-diagram/VennDiagram.stories';

const members = [
  { meta: table, story: tableStory },
  { meta: slider, story: sliderStory },
  { meta: solution, story: solutionStory },
  { meta: plot, story: plotStory },
  { meta: venn, story: vennStory },
] as unknown as FamilyMember[];

const meta = {
  title: 'QCA/All widgets',
  ...familyMeta(
    members,
    'The truth table, the calibration slider, a solution, an XY plot and a Venn diagram together, in a theme, a language and a direction set here rather than repeated in each widget’s stories (the toolbar sets them for any story).',
  ),
} satisfies Meta<{ spanish: boolean }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WhiteLabelled: Story = { name: 'White-labelled', globals: { theme: 'brand' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const SpanishRightToLeft: Story = { name: 'Spanish, right to left', args: { spanish: true }, globals: { locale: 'es', direction: 'rtl' } };
