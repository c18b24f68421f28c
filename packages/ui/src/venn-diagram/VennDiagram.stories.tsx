import type { Meta, StoryObj } from '@storybook/react-vite';
import { createTruthTable } from '@wayfinder/core/qca/truth-table';
import { expect, fn, userEvent } from 'storybook/test';
import { lipsetFuzzy } from '../story-data';
import { VennDiagram } from './index';

// Lipset's data at a consistency cut of 0.8: 5 conditions, 32 regions, 18 cases in 13 rows.
const lipset = createTruthTable(
  { cases: lipsetFuzzy.rows.map((row) => String(row.case)), columns: Object.fromEntries([...lipsetFuzzy.conditions, lipsetFuzzy.outcome].map((name) => [name, lipsetFuzzy.rows.map((row) => Number(row[name]))])) },
  { outcome: lipsetFuzzy.outcome, conditions: lipsetFuzzy.conditions, inclCut: 0.8 },
);

/** Seven crisp conditions, one case in each of the 128 rows, every third row positive. */
const sevenSets = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((name) => ({ name, levels: 2 }));
const everyRow = Array.from({ length: 128 }, (_, index) => ({ id: index + 1, OUT: index % 3 === 0 ? '1' : index % 3 === 1 ? '0' : 'C', n: 1, cases: [`c${index + 1}`] }));

const meta = {
  title: 'QCA/Venn diagram',
  component: VennDiagram,
  args: { conditions: lipset.conditions.map(({ name, levels }) => ({ name, levels })), rows: lipset.observed.map(({ id, OUT, n, cases }) => ({ id, OUT, n, cases })), onSelectRow: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof VennDiagram>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Lipset: Story = {
  play: async ({ canvas, args }) => {
    const figure = canvas.getByRole('group', { name: 'Venn diagram of the truth table' });
    await userEvent.click(figure);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByText(/^Row 32: DEV\*URB\*LIT\*IND\*STB\. OUT 1 .*4 cases: BE, CZ, NL, UK\.$/)).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectRow).toHaveBeenCalledWith(32);
  },
};

export const TermOutlined: Story = {
  name: 'A solution term outlined',
  args: { highlightTerm: [1, -1, -1, 0, -1], highlightLabel: 'DEV*~IND' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Outlined: the rows of DEV*~IND')).toBeVisible();
  },
};

export const ThreeConditions: Story = {
  name: 'Three conditions (circles)',
  args: { conditions: sevenSets.slice(0, 3), rows: everyRow.slice(0, 8).map((row, index) => ({ ...row, n: index })) },
};

export const SevenConditions: Story = {
  name: 'Seven conditions (Edwards)',
  args: { conditions: sevenSets, rows: everyRow },
};

export const TooManyConditions: Story = {
  args: { conditions: [...sevenSets, { name: 'H', levels: 2 }], rows: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/shows up to 7 conditions; this table has 8/)).toBeVisible();
  },
};

export const MultiValue: Story = {
  name: 'A multi-value condition',
  args: { conditions: [{ name: 'DEV', levels: 3 }, { name: 'LIT', levels: 2 }], rows: [] },
};
