import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Fishbone as FishboneValue } from '@wayfinder/core/navigator';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Fishbone } from './index';

const fishbone: FishboneValue = {
  problem: 'Few multilingual learners finish two projects a year',
  categories: [
    { id: 'k1', name: 'Methods' },
    { id: 'k2', name: 'People' },
    { id: 'k3', name: 'Policies' },
  ],
  causes: [
    { id: 'c1', categoryId: 'k1', parentId: null, text: 'Projects assume fluent academic English', reach: 'control', about: 'system' },
    { id: 'c2', categoryId: 'k1', parentId: 'c1', text: 'Rubrics reward vocabulary over ideas', reach: 'control', about: 'system' },
    { id: 'c3', categoryId: 'k2', parentId: null, text: 'Families do not value projects', reach: 'influence', about: 'students' },
    { id: 'c4', categoryId: 'k3', parentId: null, text: 'State testing calendar crowds out projects', reach: 'outside', about: 'system' },
  ],
};

const meta = {
  title: 'Navigator/Fishbone',
  component: Fishbone,
  args: { defaultValue: fishbone, onChange: fn(), onPromote: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Fishbone>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Brainstorm: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('2 causes are set aside: 2 beyond our control, 1 placing the problem in students.')).toBeVisible();
  },
};

export const Filtered: Story = {
  name: 'Filtered: what the system can change',
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('radio', { name: /^What the system can change/ }));
    await expect(canvas.getByText('Category 2, Cause 1 (set aside)')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /^Category 2, Cause 1/ })).toHaveValue('Families do not value projects');
  },
};

export const AskWhyAndPromote: Story = {
  name: 'Asking why, tagging, and making a cause a change idea',
  play: async ({ canvas, args }) => {
    const first = within(canvas.getByRole('group', { name: 'Category 1, Cause 1' }));
    await userEvent.click(first.getByRole('button', { name: 'Ask why: add a cause of it' }));
    await expect(canvas.getByRole('textbox', { name: 'Category 1, Cause 1.2' })).toHaveFocus();
    await userEvent.keyboard('Few bilingual models');
    await userEvent.selectOptions(canvas.getAllByRole('combobox', { name: 'Reach' })[2]!, 'control');
    await userEvent.click(first.getByRole('button', { name: 'Make it a change idea' }));
    await expect(args.onPromote).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }), 'change');
  },
};

export const Empty: Story = {
  args: { defaultValue: { problem: '', categories: [], causes: [] } },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start with the usual categories' }));
    await expect(canvas.getByRole('textbox', { name: 'Category 7' })).toHaveValue('Leadership');
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };

export const RemoveAndUndo: Story = {
  name: 'Removing a category with its causes, and undoing it',
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getAllByRole('button', { name: 'Remove the category' })[1]!);
    await expect(canvas.queryByDisplayValue('Families do not value projects')).toBeNull();
    // What is typed after a removal stays when the removal is undone.
    await userEvent.type(canvas.getByRole('textbox', { name: 'The problem' }), ' in grade 7');
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(canvas.getByRole('textbox', { name: 'Category 2' })).toHaveValue('People');
    await expect(canvas.getByRole('textbox', { name: /^Category 2, Cause 1/ })).toHaveValue('Families do not value projects');
    await expect(canvas.getByRole('textbox', { name: 'The problem' })).toHaveValue('Few multilingual learners finish two projects a year in grade 7');
    await expect(canvas.getByRole('textbox', { name: 'Category 2' })).toHaveFocus();
  },
};
