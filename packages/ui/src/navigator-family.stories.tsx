import type { Meta, StoryObj } from '@storybook/react-vite';
import factors, { Filled as factorsFilled, Spanish as factorsSpanish } from './factor-review/FactorReview.stories';
import measures, { Planned as measuresPlanned } from './measures/Measures.stories';
import measureData, { TwoGroups as measureDataTwoGroups } from './measure-data/MeasureData.stories';
import drivers, { Filled as driversFilled } from './driver-diagram/DriverDiagram.stories';
import fishbone, { Brainstorm as fishboneBrainstorm } from './fishbone/Fishbone.stories';
import pitStop, { Filled as pitStopFilled } from './pit-stop/PitStopChecklist.stories';
import picker, { FrameworkExample as pickerExample, Spanish as pickerSpanish } from './strategy-picker/StrategyPicker.stories';
import tracker, { Reviewed as trackerReviewed } from './strategy-tracker/StrategyTracker.stories';
import log, { WithEntries as logEntries } from './travel-log/TravelLog.stories';
import ticket, { Filled as ticketFilled, Spanish as ticketSpanish } from './trip-ticket/TripTicket.stories';
import type { FamilyMember } from './story-family';
import { familyMeta } from './story-family';

const members = [
  { meta: ticket, story: ticketFilled, spanish: ticketSpanish },
  { meta: picker, story: pickerExample, spanish: pickerSpanish },
  { meta: pitStop, story: pitStopFilled },
  { meta: tracker, story: trackerReviewed },
  { meta: factors, story: factorsFilled, spanish: factorsSpanish },
  { meta: measures, story: measuresPlanned },
  { meta: measureData, story: measureDataTwoGroups },
  { meta: fishbone, story: fishboneBrainstorm },
  { meta: drivers, story: driversFilled },
  { meta: log, story: logEntries },
] as unknown as FamilyMember[];

const meta = {
  title: 'Navigator/All tools',
  ...familyMeta(
    members,
    'The six Navigator tools, a measure’s data and charts, the fishbone, the driver diagram and the strategy picker together, in a theme, a language and a direction set here rather than repeated in each tool’s stories (the toolbar sets them for any story).',
  ),
} satisfies Meta<{ spanish: boolean }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WhiteLabelled: Story = { name: 'White-labelled', globals: { theme: 'brand' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const SpanishRightToLeft: Story = { name: 'Spanish, right to left', args: { spanish: true }, globals: { locale: 'es', direction: 'rtl' } };
