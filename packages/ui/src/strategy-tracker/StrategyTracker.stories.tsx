import type { Meta, StoryObj } from '@storybook/react-vite';
import type { TrackerEntry } from '@wayfinder/core/navigator';
import { defaultTypology } from '@wayfinder/core/navigator/typology';
import { expect, fn, userEvent, within } from 'storybook/test';
import { StrategyTracker } from './index';

const strategies = defaultTypology.strategies.filter((strategy) => ['co-design', 'proof-point', 'local-champions'].includes(strategy.id));

const entries: TrackerEntry[] = [
  {
    id: 't1',
    pitStopId: 'stop-1',
    strategyId: 'co-design',
    members: ['Ana Morales', 'Kofi Mensah'],
    steps: [
      { id: 's1', text: 'Recruit teachers from Title I schools to the design team', when: 'August', lead: 'Kofi' },
      { id: 's2', text: 'Co-design two units per grade band', when: 'Fall', lead: 'Design team' },
    ],
    review: { stillAcceptable: true, stillAffordable: true, whatTheDataSay: 'Units from co-design get used twice as often.', roadblocks: 'Substitute coverage for design days.', decision: 'keep', why: 'Working and wanted.', evidence: '' },
  },
  {
    id: 't2',
    pitStopId: 'stop-1',
    strategyId: 'proof-point',
    members: ['Lena Ortiz'],
    steps: [],
    review: { stillAcceptable: false, stillAffordable: true, whatTheDataSay: 'Visitors said the showcase schools did not look like theirs.', roadblocks: '', decision: 'revise', why: 'Pick showcase sites among Title I schools.', evidence: '' },
  },
];

const meta = {
  title: 'Navigator/Strategy-set tracker',
  component: StrategyTracker,
  args: { pitStopId: 'stop-1', strategies, onChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof StrategyTracker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Blank: Story = {
  play: async ({ canvas, args }) => {
    // The first strategy to decide starts open; the others are folded, saying where they stand.
    await expect(canvas.getByRole('button', { name: 'Co-design the innovation' })).toHaveAttribute('aria-expanded', 'true');
    const card = within(canvas.getByRole('article', { name: 'Develop local champions' }));
    await expect(card.getByText('Not reviewed yet · no steps')).toBeVisible();
    await expect(card.queryByRole('radio', { name: 'Revise' })).toBeNull();
    await userEvent.click(card.getByRole('button', { name: 'Develop local champions', expanded: false }));
    await userEvent.click(card.getByRole('radio', { name: 'Revise' }));
    await userEvent.click(card.getByRole('button', { name: 'Develop local champions', expanded: true }));
    await expect(card.getByText('Decision: revise · no steps')).toBeVisible();
    await expect(args.onChange).toHaveBeenLastCalledWith([expect.objectContaining({ strategyId: 'local-champions', pitStopId: 'stop-1', review: expect.objectContaining({ decision: 'revise' }) })]);
    await expect(canvas.getByText('1 of 3 strategies decided')).toBeVisible();
  },
};

export const Reviewed: Story = { args: { defaultValue: entries } };
export const NoStrategies: Story = { args: { strategies: [] } };
export const ReadOnly: Story = { args: { defaultValue: entries, readOnly: true } };
