import type { Meta, StoryObj } from '@storybook/react-vite';
import agreement, { Spanish as agreementSpanish, TwoCoders as agreementStory } from './agreement-view/AgreementView.stories';
import panel, { ReadOnly as panelStory, Spanish as panelSpanish } from './coding-panel/CodingPanel.stories';
import matrix, { NineNetworks as matrixStory, Spanish as matrixSpanish } from './equity-matrix/EquityLogicMatrix.stories';
import grid, { Spanish as gridSpanish, Study as gridStory } from './logic-grid/LogicScoreGrid.stories';
import type { FamilyMember } from './story-family';
import { familyMeta } from './story-family';

const members = [
  { meta: grid, story: gridStory, spanish: gridSpanish },
  { meta: panel, story: panelStory, spanish: panelSpanish },
  { meta: agreement, story: agreementStory, spanish: agreementSpanish },
  { meta: matrix, story: matrixStory, spanish: matrixSpanish },
] as unknown as FamilyMember[];

const meta = {
  title: 'Logics/All widgets',
  ...familyMeta(
    members,
    'The logic-score grid, the coding panel, agreement between coders and the equity-logic matrix together, in a theme, a language and a direction set here rather than repeated in each widget’s stories (the toolbar sets them for any story).',
  ),
} satisfies Meta<{ spanish: boolean }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WhiteLabelled: Story = { name: 'White-labelled', globals: { theme: 'brand' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const SpanishRightToLeft: Story = { name: 'Spanish, right to left', args: { spanish: true }, globals: { locale: 'es', direction: 'rtl' } };
