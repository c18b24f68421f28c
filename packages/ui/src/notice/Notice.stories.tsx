import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { importDatasetCsv } from '@wayfinder/core/dataset/import';
import { Notice } from './index';

const meta = {
  title: 'Feedback/Notice',
  component: Notice,
  args: { title: 'Saved to this browser', tone: 'success' },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Notice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {};

export const Info: Story = {
  args: { tone: 'info', title: 'Drafts are kept on this device', children: 'Export a copy to share it with your team.' },
};

export const HalfMembershipWarning: Story = {
  name: '0.5 membership warning',
  args: {
    tone: 'warning',
    title: 'Some cases sit exactly on the crossover and belong to no truth-table row',
    issues: [
      { path: ['cases', 'J', 'ROUTINES'], message: 'membership is exactly 0.5' },
      { path: ['cases', 'N', 'EFFICACY'], message: 'membership is exactly 0.5' },
    ],
  },
};

export const ImportErrors: Story = {
  args: {
    tone: 'error',
    title: 'The file was not imported; your current data is unchanged',
    issues: [
      { path: ['row 4', 'DEV'], message: '"high" is not a number' },
      { path: ['row 7', 'SURV'], message: 'membership 1.2 is outside [0, 1]' },
      { path: ['row 9', 'case'], message: 'duplicate case id "AU" (first on row 2)' },
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group')).toHaveAccessibleName(/Error: The file was not imported/);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
  },
};

export const ManyIssues: Story = {
  args: {
    tone: 'error',
    title: 'The dataset has problems',
    maxIssues: 5,
    issues: Array.from({ length: 240 }, (_, index) => ({ path: ['cases', index, 'values', 'GDP'], message: 'no value; write null for a missing value' })),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/240 problems/)).toBeVisible();
    await expect(canvas.getByText(/and 235 more problems/)).toBeVisible();
  },
};

export const UserTextStaysText: Story = {
  name: 'User text is shown as text',
  args: {
    tone: 'warning',
    title: '<script>alert("x")</script> حالة 😀',
    issues: [{ path: ['notes'], message: `${'very long answer '.repeat(200)}<b>not bold</b>` }],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/<script>alert\("x"\)<\/script>/)).toBeVisible();
    await expect(canvas.getByText(/<b>not bold<\/b>/)).toBeInTheDocument();
  },
};

function DismissibleNotice() {
  const [open, setOpen] = useState(true);
  return open ? (
    <Notice tone="info" title="Tip: press Enter to add a strategy" live onDismiss={() => setOpen(false)} />
  ) : (
    <p>Dismissed.</p>
  );
}

export const Dismissible: Story = {
  render: () => <DismissibleNotice />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('Dismissed.')).toBeVisible();
  },
};

const refused = importDatasetCsv('case,A,Y\nc1,high,1\nc2,0');

/** A reader's error in the reader's language: the summary, the places and the problems come with keys the Spanish catalogue has. */
export const ReaderErrorInSpanish: Story = {
  name: 'A file reader’s error, in Spanish',
  args: { tone: 'error', title: 'El archivo no se importó', ...(refused.ok ? {} : { error: refused.error }) },
  globals: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Los datos tienen 2 problemas.')).toBeVisible();
    await expect(canvas.getByText('"high" no es un número')).toBeVisible();
    await expect(canvas.getByText('fila 3')).toBeVisible();
  },
};
