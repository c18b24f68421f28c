/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import { emptyAnalysis } from '@wayfinder/core/qca/analysis-file';
import { createQcaClient } from '@wayfinder/core/qca/client';
import QcaWorker from '@wayfinder/core/qca/worker?worker';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { QcaWorkbench } from '../analysis-workbench';
import { lipsetFuzzy, sevenStates } from '../story-data';

const toCsv = (dataset: { caseId: string; rows: Record<string, number | string>[] }, columns: readonly string[]) =>
  [[dataset.caseId, ...columns].join(','), ...dataset.rows.map((row) => [row[dataset.caseId], ...columns.map((name) => row[name])].join(','))].join('\n');

const lipsetCsv = toCsv(lipsetFuzzy, [...lipsetFuzzy.conditions, lipsetFuzzy.outcome]);
const sevenStatesCsv = toCsv(sevenStates, [...sevenStates.conditions, sevenStates.outcome]);

/**
 * The whole path of an analysis in one widget, with the engine in a Web Worker: a CSV is imported
 * (every bad cell named, nothing half-imported), raw variables are calibrated with the slider, the
 * truth table is rebuilt on every change, and picking a solution term highlights its rows and
 * plots it against the outcome.
 */
function AnalysisDemo({ initialCsv, inclCut }: { initialCsv: string; inclCut: number }) {
  return <QcaWorkbench defaultValue={{ ...emptyAnalysis('Demo'), source: initialCsv, inclCut }} createClient={() => createQcaClient(() => new QcaWorker())} />;
}

const meta = {
  title: 'QCA/Analysis',
  component: AnalysisDemo,
  args: { initialCsv: lipsetCsv, inclCut: 0.8 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof AnalysisDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Lipset: Story = {
  name: 'Lipset: CSV to solutions',
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('grid')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Minimize' }));
    await waitFor(() => expect(canvas.getByText('Done.')).toBeVisible());
    const parsimonious = within(canvas.getByRole('region', { name: 'Parsimonious solution' }));
    await userEvent.click(parsimonious.getAllByRole('button', { pressed: false })[0]!);
    await expect(await canvas.findByText(/rows in/)).toBeVisible();
    await expect(canvas.getByRole('group', { name: /and SURV/ })).toBeVisible();
  },
};

export const Intermediate: Story = {
  name: 'Lipset: directional expectations to the intermediate solution',
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('grid')).toBeVisible();
    const expectations = within(canvas.getByRole('group', { name: /Directional expectations/ }));
    for (const condition of ['DEV', 'URB', 'LIT', 'IND', 'STB']) await userEvent.selectOptions(expectations.getByRole('combobox', { name: condition }), 'present');
    await userEvent.click(canvas.getByRole('button', { name: 'Minimize' }));
    await waitFor(() => expect(canvas.getByText('Done.')).toBeVisible());
    const intermediate = within(canvas.getByRole('region', { name: 'Intermediate solution C1P1: from conservative model 1 and parsimonious model 1' }));
    await expect(intermediate.getByText(/Easy counterfactuals/)).toBeVisible();
  },
};

/** f(A, B, C) = 1 on six rows whose primes form a cycle: two minimal models, five irredundant ones. */
const cyclicCsv = ['case,A,B,C,Y', ...['000', '001', '010', '011', '100', '101', '110', '111'].map((bits, index) => `r${index},${bits.split('').join(',')},${index === 3 || index === 4 ? 0 : 1}`)].join('\n');

export const AllSolutions: Story = {
  name: 'Every irredundant model',
  args: { initialCsv: cyclicCsv, inclCut: 1 },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await userEvent.click(await canvas.findByRole('checkbox', { name: /every irredundant model/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Minimize' }));
    await waitFor(() => expect(canvas.getByText('Done.')).toBeVisible());
    const conservative = within(canvas.getByRole('region', { name: 'Conservative solution' }));
    await expect(conservative.getByText(/5 irredundant models/)).toBeVisible();
  },
};

export const SevenStates: Story = {
  name: 'Seven-state study: the 0.5 warning',
  args: { initialCsv: sevenStatesCsv },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('group', { name: /exactly 0.5/ })).toBeVisible();
  },
};

export const PathwaysAndNecessity: Story = {
  name: 'Seven-state study: a pathway typed, necessity of each condition',
  args: { initialCsv: sevenStatesCsv },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    // EFFICACY holds wherever VISION does: Σ min(E, V) / Σ V = 3 / 3.
    const necessity = within(await canvas.findByRole('region', { name: 'Necessity of each condition' }));
    await expect(necessity.getByRole('row', { name: /^EFFICACY 1\.000/ })).toBeVisible();
    const expression = canvas.getByRole('textbox', { name: 'Expression' });
    await userEvent.type(expression, 'CONSTANCY*ROUTINES + EFFICACI{Enter}');
    await expect(await canvas.findByText(/"EFFICACI" in term 2 is not a condition/)).toBeVisible();
    await userEvent.clear(expression);
    // Union J U S H = 1, R = 0.5: Σ min(X, V) = 3, Σ X = 4.5, Σ V = 3, so inclS = 0.667 and covS = 1.
    await userEvent.type(expression, 'CONSTANCY*ROUTINES + EFFICACY{Enter}');
    const result = within(await canvas.findByRole('region', { name: 'Fit of the expression' }));
    await expect(result.getByRole('row', { name: /^CONSTANCY\*ROUTINES \+ EFFICACY 0\.667 .* 1\.000 –$/ })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'CONSTANCY*ROUTINES + EFFICACY and VISION' })).toBeVisible();
    await userEvent.click(necessity.getByRole('button', { name: 'Plot ~INFRA against the outcome' }));
    await expect(canvas.getByText(/^Necessity: consistency/)).toBeVisible();
  },
};


export const MalformedCsv: Story = {
  name: 'Malformed CSV: nothing lost',
  args: { initialCsv: `${lipsetCsv}\nXX,0.5,high,0.2,0.1,0.3,0.4\nAU,0.1,0.1,0.1,0.1,0.1,0.1` },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    const notice = await canvas.findByRole('alert', { name: /not imported/ });
    await expect(notice).toHaveTextContent(/high/);
    await expect(canvas.getByRole('textbox')).toHaveValue(`${lipsetCsv}\nXX,0.5,high,0.2,0.1,0.3,0.4\nAU,0.1,0.1,0.1,0.1,0.1,0.1`);
  },
};

export const MoreParameters: Story = {
  name: 'Lipset: conditions, cuts and the negated outcome',
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    const grid = await canvas.findByRole('grid');
    await expect(within(grid).getByRole('columnheader', { name: /URB/ })).toBeVisible();
    // The cut applies on Enter, never below 0.5: typing 0.85 passes through no cut of 0.
    const cut = canvas.getByRole('spinbutton', { name: 'Consistency cut (incl. cut)' });
    await userEvent.clear(cut);
    await userEvent.type(cut, '0.2{Enter}');
    await expect(cut).toHaveValue(0.5);
    await userEvent.clear(cut);
    await userEvent.type(cut, '0.85{Enter}');
    await expect(cut).toHaveValue(0.85);
    await userEvent.click(canvas.getByText('More parameters'));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'URB' }));
    await waitFor(() => expect(within(canvas.getByRole('grid')).queryByRole('columnheader', { name: /URB/ })).toBeNull());
    const nCut = canvas.getByRole('spinbutton', { name: 'Cases a row needs (frequency cut)' });
    await userEvent.type(nCut, '2');
    await expect(nCut).toHaveAccessibleDescription(/fewer cases are treated as remainders/);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Analyse the absence of the outcome (~outcome)' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Minimize' }));
    await expect(await canvas.findByText('Done.', {}, { timeout: 20_000 })).toBeVisible();
  },
};

export const AnchorsFromTheData: Story = {
  name: 'Raw data: anchors said to come from the data',
  args: { initialCsv: 'case,GDP,DEMOCRACY\nAT,4100,1\nBE,3900,1\nCZ,2800,1\nEE,1200,0\nFI,2500,1\nGR,1000,0\nHU,1400,0\nPL,700,0' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('group', { name: /The anchors of GDP start from the data/ })).toBeVisible();
  },
};

export const CaseIdColumn: Story = {
  name: 'Case ids from a district column',
  args: { initialCsv: lipsetCsv.replace(/^case,/, 'district,') },
  play: async ({ canvas }) => {
    const ids = canvas.getByRole('combobox', { name: 'Case ids from' });
    await expect(ids).toHaveValue('district');
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('grid')).toBeVisible();
    // Numbering the cases instead makes the district names a variable, which is not numbers: refused, data kept.
    await userEvent.selectOptions(ids, 'None (number the cases)');
    const notice = await canvas.findByRole('alert', { name: /not imported/ });
    await expect(notice).toHaveTextContent(/district/);
    // The select keeps showing the column the data were read with; importing again with it clears the notice.
    await expect(ids).toHaveValue('district');
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(canvas.queryByRole('alert', { name: /not imported/ })).toBeNull());
  },
};

/** A survey of 4,000 schools: crisp memberships in four conditions, the outcome where A and B meet or D holds. */
const surveyCsv = [
  'case,A,B,C,D,Y',
  ...Array.from({ length: 4_000 }, (_, index) => {
    const [a, b, c, d] = [1, 2, 4, 8].map((bit) => ((index * 7919) % 16 & bit ? 1 : 0));
    return `School ${index + 1} of the district survey,${a},${b},${c},${d},${(a && b) || d ? 1 : 0}`;
  }),
].join('\n');

export const LongData: Story = {
  name: 'Data too long for the text box',
  args: { initialCsv: surveyCsv },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/4,001 lines of CSV/)).toBeInTheDocument();
    await expect(canvas.queryByRole('textbox')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('grid')).toBeInTheDocument();
  },
};

export const Robustness: Story = {
  name: 'Lipset: how far the solution rests on the cut',
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('grid')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^Test robustness/ }));
    const result = within(await canvas.findByRole('region', { name: 'Where the parsimonious solution holds' }, { timeout: 30_000 }));
    await expect(result.getByRole('rowheader', { name: 'Consistency cut (now 0.8)' })).toBeVisible();
    await expect(result.getByRole('columnheader', { name: 'DEV*~IND holds for' })).toBeVisible();
  },
};

export const RemaindersLeftOut: Story = {
  name: 'Lipset: remainders no solution may assume',
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('grid')).toBeVisible();
    await userEvent.click(canvas.getByText('More parameters'));
    const field = canvas.getByRole('textbox', { name: 'Remainder rows no solution may assume' });
    // Rows 3 and 9 are remainders, row 22 holds FI and IE, and there is no row 99 among 32.
    await userEvent.type(field, '3, 22, 99{Enter}');
    await expect(canvas.getByText('Row 22 has cases: only remainders can be left out. There is no row 99 in this truth table.')).toHaveAttribute('role', 'alert');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(field);
    await userEvent.type(field, '9, 3{Enter}');
    await expect(field).toHaveValue('3, 9');
    await expect(canvas.queryByText(/only remainders can be left out/)).toBeNull();
    await expect(field).not.toHaveAttribute('aria-invalid');
  },
};

export const HalfMemberships: Story = {
  name: 'Seven states: memberships of 0.5 nudged off the crossover',
  args: { initialCsv: sevenStatesCsv },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByRole('grid')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^Test robustness/ }));
    await expect(await canvas.findByText('Each set to 0.51', {}, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.getByText(/J: ROUTINES, INFRA; U: INFRA/)).toBeVisible();
  },
};
