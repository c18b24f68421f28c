import type { Meta, StoryObj } from '@storybook/react-vite';
import { defaultScheme, emptyCoding } from '@wayfinder/core/logics';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { studyCoding, studyCodingEs } from '../story-data-logics';
import { CodingPanel } from './index';

let counter = 0;
const meta = {
  title: 'Logics/Coding panel',
  component: CodingPanel,
  args: { defaultValue: studyCoding, onChange: fn(), newId: () => `new-${(counter += 1)}` },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CodingPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  args: { defaultValue: emptyCoding(defaultScheme), defaultCoder: 'Ana' },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('No respondents yet. Add the first one below.')).toBeVisible();
    await userEvent.click(canvas.getByText('Add a respondent'));
    await userEvent.click(canvas.getByRole('button', { name: 'Add the respondent' }));
    await expect(canvas.getByText('Give an id.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Id (short, unique)' }), 'T1');
    await userEvent.type(canvas.getByRole('textbox', { name: 'site' }), 'Eastbrook');
    await userEvent.click(canvas.getByRole('button', { name: 'Add the respondent' }));
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ respondents: [{ id: 'T1', label: 'T1', groups: { site: 'Eastbrook' } }] }));
    await expect(canvas.getByRole('combobox', { name: 'Respondent' })).toHaveValue('T1');
  },
};

export const Coding: Story = {
  args: { defaultRespondent: 'T3' },
  play: async ({ canvas, args }) => {
    const equalityHigh = canvas.getByRole('spinbutton', { name: /^Equality, high pole/ });
    await expect(equalityHigh).toHaveValue(2);
    // Counting fewer than the excerpts behind a count is refused, with the reason.
    await userEvent.clear(equalityHigh);
    await userEvent.type(equalityHigh, '1');
    await expect(canvas.getByText('Not below 2: remove excerpts to count fewer.')).toBeVisible();
    await userEvent.clear(equalityHigh);
    await userEvent.type(equalityHigh, '4');
    await userEvent.tab();
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ counts: [{ respondent: 'T3', code: 'equality', coder: 'Ana', low: 0, high: 2 }] }));
    // A count moves the code's score and the logic's.
    const quantificationLow = canvas.getByRole('spinbutton', { name: /^Quantification, low pole/ });
    await userEvent.clear(quantificationLow);
    await userEvent.type(quantificationLow, '1');
    await waitFor(() => expect(canvas.getByRole('group', { name: 'Performance logic: -2' })).toBeVisible());
    // Adding an excerpt: the text is required.
    await userEvent.click(canvas.getByText('Add an excerpt'));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Code' }), 'equity');
    await userEvent.click(canvas.getByRole('radio', { name: 'Prioritises marginalised communities' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add the excerpt' }));
    await expect(canvas.getByText('Paste or type the excerpt.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Excerpt' }), 'We moved the coaches to the schools that had none.');
    await userEvent.click(canvas.getByRole('button', { name: 'Add the excerpt' }));
    await expect(canvas.getByText('We moved the coaches to the schools that had none.')).toBeVisible();
    // Removing an excerpt can be undone.
    const remove = canvas.getByRole('button', { name: /Remove the excerpt “We moved the coaches/ });
    await userEvent.click(remove);
    await expect(canvas.queryByText('We moved the coaches to the schools that had none.')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(canvas.getByText('We moved the coaches to the schools that had none.')).toBeVisible();
  },
};

export const SecondCoder: Story = {
  name: 'A second coder starts from nothing',
  args: { defaultCoder: 'Ben' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'No excerpts for this respondent' })).toBeVisible();
    await expect(within(canvas.getByRole('group', { name: 'Racial-equity logic: 0' })).getAllByRole('spinbutton').every((field) => (field as HTMLInputElement).value === '0')).toBe(true);
  },
};

export const ReadOnly: Story = { args: { readOnly: true } };
export const UnusualText: Story = {
  name: 'Long, emoji, right-to-left and markup-looking excerpts',
  args: {
    defaultValue: {
      ...studyCoding,
      segments: studyCoding.segments.map((segment, i) => (i === 0 ? { ...segment, excerpt: `<script>alert(1)</script> 🚌 نحن نعمل معًا ${'A very long answer. '.repeat(120)}` } : segment)),
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/<script>alert\(1\)<\/script> 🚌/)).toBeVisible();
  },
};
export const Spanish: Story = { args: { defaultValue: studyCodingEs }, globals: { locale: 'es' } };

/** Nothing is counted under no name: the counts wait until the coder has said who they are. */
export const NameFirst: Story = {
  name: 'Coder not named yet',
  args: { defaultValue: studyCoding, defaultCoder: '' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Type your name to start coding: counts and excerpts are kept under it.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Add the excerpt' })).not.toBeInTheDocument();
    const first = canvas.getAllByRole('spinbutton')[0]!;
    await expect(first).toHaveAttribute('readonly');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Coding as' }), 'Kofi');
    await expect(first).not.toHaveAttribute('readonly');
    await expect(canvas.getByRole('button', { name: 'Add the excerpt' })).toBeInTheDocument();
  },
};
