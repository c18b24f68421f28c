import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { lipsetFuzzy, sevenStates } from '../story-data';
import { XyPlot } from './index';

const column = (rows: Record<string, number | string>[], name: string) => rows.map((row) => Number(row[name]));
// Membership in DEV*~IND is the smaller of DEV and 1 − IND, case by case.
const devNotInd = lipsetFuzzy.rows.map((row) => Math.min(Number(row.DEV), 1 - Number(row.IND)));

const meta = {
  title: 'QCA/XY plot',
  component: XyPlot,
  args: {
    x: devNotInd,
    y: column(lipsetFuzzy.rows, 'SURV'),
    cases: lipsetFuzzy.rows.map((row) => String(row.case)),
    xLabel: 'DEV*~IND',
    yLabel: 'SURV',
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof XyPlot>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Sufficiency: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'DEV*~IND and SURV' })).toBeVisible();
    await expect(canvas.getByText(/Sufficiency: consistency/)).toBeVisible();
  },
};

export const Necessity: Story = {
  args: { x: column(lipsetFuzzy.rows, 'LIT'), xLabel: 'LIT', relation: 'necessity' },
};

export const SevenStates: Story = {
  name: 'Seven-state study (EFFICACY → VISION)',
  args: {
    x: column(sevenStates.rows, 'EFFICACY'),
    y: column(sevenStates.rows, 'VISION'),
    cases: sevenStates.rows.map((row) => String(row.id)),
    xLabel: sevenStates.labels.EFFICACY!,
    yLabel: sevenStates.labels.VISION!,
  },
};

export const ManyCases: Story = {
  name: 'Many cases (labels on hover)',
  args: {
    x: Array.from({ length: 300 }, (_, index) => ((index * 37) % 101) / 100),
    y: Array.from({ length: 300 }, (_, index) => Math.min(1, ((index * 37) % 101) / 100 + ((index * 13) % 29) / 100)),
    cases: Array.from({ length: 300 }, (_, index) => `S${index + 1}`),
    xLabel: 'X',
    yLabel: 'Y',
  },
};

export const CasesOnOnePoint: Story = {
  name: 'Cases on one point, by keyboard',
  args: {
    x: [0.6, 0.6, 0, 0.6, 0.6, 0, 1, 0.2],
    y: [0.6, 0.6, 0, 0.6, 0.6, 0, 1, 0.9],
    cases: ['J', 'S', 'N', 'H', 'R', 'C', 'U', 'Q'],
    xLabel: 'EFFICACY',
    yLabel: 'VISION',
  },
  play: async ({ canvas }) => {
    // Four cases at (0.6, 0.6) are one dot that names them all; N and C at the origin another.
    const first = canvas.getByRole('img', { name: /^N and C:/ });
    await expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('img', { name: 'Q: EFFICACY 0.200, VISION 0.900' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('img', { name: 'J, S, H, and R: EFFICACY 0.600, VISION 0.600' })).toHaveFocus();
    await expect(canvas.getByText('J, S, H, R')).toBeVisible();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('img', { name: /^U:/ })).toHaveFocus();
  },
};

export const Empty: Story = { args: { x: [], y: [], cases: [] } };
