import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Factor } from '@wayfinder/core/navigator';
import { factorGuideEs } from '@wayfinder/core/navigator/es';
import { defaultFactorGuide, translateFactorGuide } from '@wayfinder/core/navigator/factor-guide';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { FactorReview } from './index';

const factors: Factor[] = [
  {
    id: 'f1',
    category: 'innovation',
    name: 'Complexity',
    description: 'A full project cycle takes six weeks of planning the first time.',
    supports: 'The project library cuts planning to two weeks.',
    barriers: 'New teachers in Title I schools have the least planning time.',
    actions: 'Protect common planning time in the eleven Title I schools first.',
  },
  { id: 'f2', category: 'context', name: 'Competition for attention', description: 'A new reading curriculum launches the same year.', supports: '', barriers: 'Coaches are split across both.', actions: 'Tie projects to the reading units.' },
];

const meta = {
  title: 'Navigator/Factor review',
  component: FactorReview,
  args: { onChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof FactorReview>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add a factor to “Educators”' }));
    const educators = within(canvas.getByRole('region', { name: /Educators/ }));
    const name = educators.getByRole('combobox', { name: 'Factor' });
    await waitFor(() => expect(name).toHaveFocus());
    await expect(educators.getByRole('group', { name: 'New factor' })).toBeVisible();
    // The placeholder name is selected, so typing replaces it.
    await userEvent.keyboard('Attitudes');
    await expect(args.onChange).toHaveBeenLastCalledWith([expect.objectContaining({ category: 'educators', name: 'Attitudes' })]);
    await expect(educators.getByRole('group', { name: 'Attitudes' })).toBeVisible();
  },
};

export const Filled: Story = { args: { defaultValue: factors } };

/** Removing a factor says what went, with an undo that puts it back where it was and focuses its name. */
export const RemoveAndUndo: Story = {
  name: 'Remove and undo',
  args: { defaultValue: factors },
  play: async ({ canvas, args }) => {
    const first = factors[0]!;
    await userEvent.click(canvas.getByRole('button', { name: `Remove ${first.name}` }));
    await expect(args.onChange).toHaveBeenLastCalledWith(factors.slice(1));
    const undo = canvas.getByRole('button', { name: 'Undo' });
    await expect(undo).toHaveFocus();
    await expect(undo.closest('[role=status]')).toHaveTextContent(`Removed the factor “${first.name}” from “The innovation”.`);
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith(factors);
    await waitFor(() => expect(canvas.getByDisplayValue(first.name)).toHaveFocus());
  },
};
export const ReadOnly: Story = { args: { defaultValue: factors, readOnly: true } };
/** The host passes the guide in its language (`factorGuideEs` from `@wayfinder/core/navigator/es`). */
export const Spanish: Story = { args: { defaultValue: factors, guide: translateFactorGuide(defaultFactorGuide, factorGuideEs) }, globals: { locale: 'es' } };
