import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
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
    await expect(canvas.getByRole('img', { name: 'DEV*~IND and SURV' })).toBeVisible();
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

export const Empty: Story = { args: { x: [], y: [], cases: [] } };
