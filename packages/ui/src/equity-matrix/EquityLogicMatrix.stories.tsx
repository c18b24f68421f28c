import type { Meta, StoryObj } from '@storybook/react-vite';
import { emptyMatrix } from '@wayfinder/core/logics/matrix';
import { expect, fn, userEvent, within } from 'storybook/test';
import { nineNetworks, nineNetworksEs } from '../story-data-logics';
import { EquityLogicMatrix, EquityMatrixSummary } from './index';

let counter = 0;
const meta = {
  title: 'Logics/Equity-logic matrix',
  component: EquityLogicMatrix,
  args: { defaultValue: nineNetworks, onChange: fn(), newId: () => `network-${(counter += 1)}` },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof EquityLogicMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  args: { defaultValue: emptyMatrix() },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('No networks yet. Add the first network you are coding.')).toBeVisible();
    await userEvent.click(canvas.getByText('Add a network'));
    await userEvent.click(canvas.getByRole('button', { name: 'Add the network' }));
    await expect(canvas.getByText('Give the network a name.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Network name' }), 'Algebra for All');
    await userEvent.click(canvas.getByRole('button', { name: 'Add the network' }));
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ networks: [expect.objectContaining({ name: 'Algebra for All' })] }));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Strength of Power × Nature of the solution' }), '3');
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ networks: [expect.objectContaining({ cells: { power: { solution: { strength: 3, evidence: [] } } } })] }));
    await expect(canvas.getByText(/^0 of 1 network draws on a wide range/)).toBeVisible();
  },
};

/** Nine networks in two districts, as in the comparative study: five draw on a wide range. */
export const NineNetworks: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('5 of 9 networks draw on a wide range of equity logics (at least 3 dimensions, on both axes); 4 stay on the dominant axis.')).toBeVisible();
    const cell = canvas.getByRole('combobox', { name: 'Strength of Access × Problem focus' });
    await expect(cell).toHaveValue('3');
    // Evidence: added, then listed.
    const details = cell.closest('td')!.querySelector('details')!;
    await userEvent.click(within(details).getByText('1 piece of evidence'));
    await userEvent.type(within(details).getByRole('textbox'), 'Counselors track who is placed in Algebra.');
    await userEvent.click(within(details).getByRole('button', { name: 'Add' }));
    await expect(within(details).getByText('Counselors track who is placed in Algebra.')).toBeVisible();
    // Taking identity and power away leaves Algebra for All on the dominant axis.
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Strength of Identity × Nature of the solution' }), '0');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Strength of Power × Groups identified' }), '0');
    await expect(canvas.getByText(/^4 of 9 networks draw on a wide range.*; 5 stay on the dominant axis\.$/)).toBeVisible();
  },
};

export const AnotherNetwork: Story = { args: { defaultNetwork: 'n5' } };
export const ReadOnly: Story = { args: { readOnly: true } };
export const StricterWideRange: Story = { name: 'Wide means all four dimensions', args: { wideAt: 4 } };
export const SummaryOnly: Story = {
  name: 'The summary on its own',
  render: () => <EquityMatrixSummary matrix={nineNetworks} />,
};
export const RenamedDimensions: Story = {
  name: 'Dimensions in the host’s words',
  args: {
    defaultValue: {
      ...nineNetworks,
      scheme: {
        ...nineNetworks.scheme,
        dimensions: nineNetworks.scheme.dimensions.map((dimension) => ({ ...dimension, label: { access: 'Opportunity', achievement: 'Outcomes', identity: 'Belonging', power: 'Voice' }[dimension.id] ?? dimension.label })),
      },
    },
  },
};
export const UnusualText: Story = {
  name: 'Long, emoji, right-to-left and markup-looking evidence',
  args: { defaultValue: { ...nineNetworks, networks: [{ ...nineNetworks.networks[0]!, name: '<b>Red</b> 🚌 شبكة', cells: { access: { problem: { strength: 2, evidence: [`<img src=x onerror=alert(1)> ${'Long evidence. '.repeat(100)}`] } } } }] } },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('<b>Red</b> 🚌 شبكة').length).toBeGreaterThan(0);
  },
};
export const Spanish: Story = { args: { defaultValue: nineNetworksEs }, globals: { locale: 'es' } };
