import type { Meta, StoryObj } from '@storybook/react-vite';
import type { DriverDiagram as DriverDiagramValue, DriverNode } from '@wayfinder/core/navigator';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DriverDiagram } from './index';

const node = (id: string, kind: DriverNode['kind'], parentId: string | null, text: string): DriverNode => ({ id, kind, parentId, text, strategyId: null, measureIds: [], pdsaCycleIds: [] });
const diagram: DriverDiagramValue = {
  aim: '80% of multilingual learners complete two high-quality projects a year by June 2027',
  nodes: [
    node('p1', 'primary', null, 'Projects every student can enter'),
    node('s1', 'secondary', 'p1', 'Language supports built into each project'),
    node('c1', 'change', 's1', 'Sentence frames and bilingual glossaries'),
    node('c2', 'change', 's1', 'Peer talk before writing'),
    node('p2', 'primary', null, 'Teachers who plan together'),
    node('s2', 'secondary', 'p2', 'Protected common planning time'),
    node('c3', 'change', 's2', 'Friday co-planning block'),
  ],
};

/** Sixty nodes: five primary drivers, each with three secondary drivers of three change ideas. */
const large: DriverDiagramValue = {
  aim: 'Every student in two projects a year',
  nodes: Array.from({ length: 5 }, (_, p) => [
    node(`p${p}`, 'primary', null, `Primary driver ${p + 1} with a longer name that wraps onto two lines`),
    ...Array.from({ length: 3 }, (_, s) => [node(`p${p}s${s}`, 'secondary', `p${p}`, `Secondary driver ${p + 1}.${s + 1}`), ...Array.from({ length: 3 }, (_, c) => node(`p${p}s${s}c${c}`, 'change', `p${p}s${s}`, `Change idea ${p + 1}.${s + 1}.${c + 1}`))]).flat(),
  ]).flat(),
};

const meta = {
  title: 'Navigator/Driver diagram',
  component: DriverDiagram,
  args: {
    defaultValue: diagram,
    onChange: fn(),
    strategies: [{ id: 'co-design', name: 'Co-design with teachers' }],
    measures: [{ id: 'm1', name: 'Share of students in two projects' }],
    cycles: [{ id: 'k1', name: 'Cycle 1: Sentence frames in grade 7' }],
    destination: '80% of 29,284 students engage in two high-quality projects a year',
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DriverDiagram>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Filled: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(within(canvas.getByRole('group', { name: 'Secondary driver 1.1' })).getByRole('button', { name: 'Add a change idea under it' }));
    await expect(canvas.getByRole('textbox', { name: 'Change idea 1.1.3' })).toHaveFocus();
    await userEvent.keyboard('Visual vocabulary walls');
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ nodes: expect.arrayContaining([expect.objectContaining({ kind: 'change', parentId: 's1', text: 'Visual vocabulary walls' })]) }));
  },
};

export const MoveAndRemove: Story = {
  name: 'Moving, re-parenting and removing with undo',
  play: async ({ canvas }) => {
    await userEvent.click(within(canvas.getByRole('group', { name: 'Primary driver 1' })).getByRole('button', { name: 'Move down' }));
    await expect(canvas.getByRole('textbox', { name: 'Primary driver 2' })).toHaveValue('Projects every student can enter');
    // Protected planning time moves under the other primary driver.
    await userEvent.selectOptions(within(canvas.getByRole('group', { name: 'Secondary driver 1.1' })).getByRole('combobox', { name: 'Under' }), 'Projects every student can enter');
    await expect(canvas.getByRole('textbox', { name: 'Secondary driver 2.2' })).toHaveValue('Protected common planning time');
    await userEvent.click(within(canvas.getByRole('group', { name: 'Primary driver 2' })).getByRole('button', { name: 'Remove' }));
    await expect(canvas.getByText('Projects every student can enter and what hung from it were removed.')).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: 'Primary driver 2' })).toBeNull();
    // What is typed after a removal stays when the removal is undone.
    await userEvent.type(canvas.getByRole('textbox', { name: 'Primary driver 1' }), ', weekly');
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(canvas.getByRole('textbox', { name: 'Primary driver 2' })).toHaveValue('Projects every student can enter');
    await expect(canvas.getByRole('textbox', { name: 'Primary driver 1' })).toHaveValue('Teachers who plan together, weekly');
    await expect(canvas.getByRole('textbox', { name: 'Secondary driver 2.2' })).toHaveValue('Protected common planning time');
  },
};

export const Empty: Story = {
  args: { defaultValue: { aim: '', nodes: [] } },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Use the trip ticket’s destination' }));
    await expect(canvas.getByRole('textbox', { name: 'Aim: what, how much, by when, for whom' })).toHaveValue('80% of 29,284 students engage in two high-quality projects a year');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a primary driver' }));
    await expect(canvas.getByRole('textbox', { name: 'Primary driver 1' })).toHaveFocus();
  },
};

export const SixtyNodes: Story = { name: 'Sixty nodes', args: { defaultValue: large } };
export const ReadOnly: Story = { args: { readOnly: true } };
