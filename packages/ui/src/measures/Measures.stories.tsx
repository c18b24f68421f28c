import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Measure, PdsaCycle } from '@wayfinder/core/navigator';
import { blankMeasure } from '@wayfinder/core/navigator';
import { defaultTypology } from '@wayfinder/core/navigator/typology';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ControlChart } from '../control-chart';
import { MeasuresPlan, PdsaCycleCard } from './index';

const strategies = defaultTypology.strategies.filter((strategy) => ['co-design', 'proof-point'].includes(strategy.id));
const measures: Measure[] = [
  { ...blankMeasure('spread', { measure: 'Share of students completing two projects, by school and by group', schedule: 'Each semester', who: 'Data office', findings: '41% in Title I schools, 63% elsewhere.' }), id: 'm1' },
  { ...blankMeasure({ strategyId: 'co-design' }, { measure: 'Units co-designed with Title I teachers', schedule: 'Quarterly', who: 'Design team lead' }), id: 'm2' },
];
const cycle: PdsaCycle = {
  id: 'c1',
  title: 'Co-designed unit in grade 7',
  startedOn: '2026-03-09',
  endedOn: '2026-04-03',
  strategyId: 'co-design',
  measureIds: ['m1'],
  buildsOnId: null,
  plan: { test: 'A co-designed unit in three Title I classrooms', prediction: 'Completion rises from 40% to 60%', instruments: 'Project rubric; completion log' },
  do: 'Ran the unit for four weeks in three classrooms.',
  study: 'Completion reached 55%; students asked for more choice of topic.',
  act: { decision: 'revise', notes: 'Add topic choice and test again in six classrooms.' },
};

const meta = {
  title: 'Navigator/Data and measures',
  component: MeasuresPlan,
  args: { strategies, onChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof MeasuresPlan>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add a measure' }));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Measures' }), 'Co-design the innovation');
    await expect(args.onChange).toHaveBeenLastCalledWith([expect.objectContaining({ target: { strategyId: 'co-design' } })]);
  },
};
export const Planned: Story = { args: { defaultValue: measures } };
export const ReadOnly: Story = { args: { defaultValue: measures, readOnly: true } };
export const PdsaCycleStory: Story = { name: 'PDSA cycle', render: () => <PdsaCycleCard strategies={strategies} defaultValue={cycle} number={3} onRemove={fn()} /> };

// Completion in the three classrooms, weekly, the cycle's four weeks after four weeks before it.
const weeks = ['2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];
export const PdsaCycleWithData: Story = {
  name: 'PDSA cycle: its study step with the measure over its dates',
  render: () => (
    <PdsaCycleCard
      strategies={strategies}
      measures={measures}
      earlierCycles={[{ id: 'c0', label: 'Cycle 1: Exit tickets' }]}
      defaultValue={cycle}
      number={2}
      studyData={
        <ControlChart
          title="Completion around cycle 2"
          percent
          series={[{ name: '', request: { chart: 'p', x: weeks, x_type: 'date', y: [16, 17, 15, 16, 20, 22, 21, 23], n: weeks.map(() => 40), multiply: 100, y_neg: false } }]}
          annotations={[{ at: '2026-03-09', label: 'PDSA 2', kind: 'pdsa' }]}
        />
      }
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Predicted: Completion rises from 40% to 60%')).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'P chart' })).toBeInTheDocument();
  },
};

/** A removed measure comes back where it was, and focus with it. */
export const RemoveAndUndo: Story = {
  name: 'Remove and undo',
  args: { defaultValue: measures },
  play: async ({ canvas, args }) => {
    const second = within(canvas.getByRole('group', { name: 'Measure 2' }));
    await userEvent.click(second.getByRole('button', { name: 'Remove this measure' }));
    await expect(args.onChange).toHaveBeenLastCalledWith([measures[0]]);
    const undo = canvas.getByRole('button', { name: 'Undo' });
    await expect(undo).toHaveFocus();
    await expect(undo.closest('[role=status]')).toHaveTextContent(`Removed the measure “${measures[1]!.measure}”.`);
    await userEvent.click(undo);
    await expect(args.onChange).toHaveBeenLastCalledWith(measures);
    await waitFor(() => expect(within(canvas.getByRole('group', { name: 'Measure 2' })).getByRole('combobox', { name: 'Measures' })).toHaveFocus());
  },
};
