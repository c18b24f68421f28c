import type { Meta, StoryObj } from '@storybook/react-vite';
import { defaultTypology, translateTypology } from '@wayfinder/core/navigator';
import { typologyEs } from '@wayfinder/core/navigator/es';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { StrategyPicker } from './index';

const meta = {
  title: 'Navigator/Strategy typology picker',
  component: StrategyPicker,
  args: { onChange: fn(), onTypologyChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof StrategyPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, args }) => {
    for (const approach of ['Develop a scalable innovation', 'Build and leverage educator networks', 'Influence state or local policymakers']) {
      await expect(canvas.getByRole('group', { name: approach })).toBeVisible();
    }
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Use a proof point' }));
    await expect(args.onChange).toHaveBeenLastCalledWith([expect.objectContaining({ strategyId: 'proof-point' })]);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Theory of action for Use a proof point' }), 'If showcase sites look like ours');
    await userEvent.click(canvas.getAllByRole('radio', { name: 'Yes' })[0]!);
    await expect(args.onChange).toHaveBeenLastCalledWith([expect.objectContaining({ strategyId: 'proof-point', acceptableToAll: true, theoryOfAction: 'If showcase sites look like ours' })]);
    await expect(canvas.getByText('1 strategy chosen')).toHaveAttribute('role', 'status');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a step' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Step 1' }), 'Find two showcase schools among Title I schools');
    await expect(args.onChange).toHaveBeenLastCalledWith([expect.objectContaining({ steps: [expect.objectContaining({ text: 'Find two showcase schools among Title I schools' })] })]);
  },
};

export const FrameworkExample: Story = {
  name: 'Filled: a project-based learning team',
  args: {
    defaultValue: [
      {
        strategyId: 'co-design',
        theoryOfAction: 'If teachers and students from our highest-need schools co-design the project units, then the units will fit those classrooms, so that 80% of 29,284 students engage in two high-quality projects a year.',
        steps: [],
        acceptableToAll: true,
        affordableForAll: true,
      },
      { strategyId: 'local-champions', theoryOfAction: 'If champions come from every region and role, then…', steps: [], acceptableToAll: true, affordableForAll: null },
    ],
  },
};

export const Search: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Find a strategy' }), 'policy');
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(3);
    await userEvent.clear(canvas.getByRole('searchbox'));
    await userEvent.type(canvas.getByRole('searchbox'), 'zzz');
    await expect(canvas.getByText('No strategy matches "zzz".')).toBeVisible();
  },
};

export const AddCustomStrategy: Story = {
  name: 'A strategy of the team’s own',
  play: async ({ canvas, args }) => {
    const suitcase = within(canvas.getByRole('group', { name: 'Influence state or local policymakers' }));
    await userEvent.click(suitcase.getByText(/Add a strategy of your own/));
    await userEvent.click(suitcase.getByRole('button', { name: 'Add and choose it' }));
    await expect(suitcase.getByRole('alert')).toHaveTextContent('Give the strategy a name.');
    await userEvent.type(suitcase.getByRole('textbox', { name: 'Name' }), 'Testify at school board meetings');
    await userEvent.click(suitcase.getByRole('button', { name: 'Add and choose it' }));
    await waitFor(() => expect(suitcase.getByRole('checkbox', { name: /Testify at school board meetings/ })).toBeChecked());
    await expect(args.onTypologyChange).toHaveBeenCalled();
  },
};

export const UnusualText: Story = {
  name: 'Long, emoji, right-to-left and markup-looking text',
  args: {
    defaultValue: [
      {
        strategyId: 'co-design',
        theoryOfAction: `<script>alert("not run")</script> 🚌 مساواة في التعليم ${'and for whom, under what conditions? '.repeat(40)}`,
        steps: [],
        acceptableToAll: null,
        affordableForAll: null,
      },
    ],
  },
  play: async ({ canvas }) => {
    const field = canvas.getByRole<HTMLTextAreaElement>('textbox', { name: /Theory of action for Co-design/ });
    await expect(field.value).toContain('<script>alert("not run")</script>');
  },
};

export const ReadOnly: Story = { args: { ...FrameworkExample.args, readOnly: true } };

/** The host passes the typology in its language (`typologyEs` from `@wayfinder/core/navigator/es`); the picker's own words come from the Spanish catalogue. */
const spanishTypology = translateTypology(defaultTypology, typologyEs);

export const Spanish: Story = { args: { defaultTypology: spanishTypology, ...FrameworkExample.args }, globals: { locale: 'es' } };
