import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { FileButton } from './index';

function Opened(props: { label: string; accept?: string; disabled?: boolean }) {
  const [opened, setOpened] = useState<{ name: string; text: string } | null>(null);
  return (
    <div style={{ display: 'grid', gap: '0.75rem', justifyItems: 'start' }}>
      <FileButton {...props} onText={(text, name) => setOpened({ text, name })} />
      <p>{opened ? `${opened.name}: ${opened.text.length} characters` : 'No file opened yet.'}</p>
    </div>
  );
}

const meta = {
  title: 'Controls/File button',
  component: Opened,
  args: { label: 'Open a CSV file', accept: '.csv,text/csv' },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Opened>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Disabled: Story = { args: { disabled: true } };

export const OpensAFile: Story = {
  name: 'Opens a file (keyboard and upload)',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Open a CSV file');
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.upload(input, new File(['case,A\nx,1\n'], 'cases.csv', { type: 'text/csv' }));
    await expect(await canvas.findByText('cases.csv: 11 characters')).toBeInTheDocument();
  },
};
