import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SolutionResult } from '@wayfinder/core/qca/reference';
import { runReferenceRequest } from '@wayfinder/core/qca/reference';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { krookRequest, lipsetRequest } from '../story-data';
import { SolutionView } from './index';

const result = runReferenceRequest(lipsetRequest) as { solutions: Record<string, unknown> };
const solutions = result.solutions as { conservative: SolutionResult; parsimonious: SolutionResult; intermediate: SolutionResult[] };
const ambiguous = runReferenceRequest(krookRequest) as { solutions: { parsimonious: SolutionResult } };

const meta = {
  title: 'QCA/Solution view',
  component: SolutionView,
  args: { title: 'Parsimonious solution', solution: solutions.parsimonious },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SolutionView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Parsimonious: Story = {};
export const Conservative: Story = { args: { title: 'Conservative solution', solution: solutions.conservative } };
export const Intermediate: Story = { args: { title: 'Intermediate solution', solution: solutions.intermediate[0] } };
export const ModelAmbiguity: Story = {
  args: { title: "Parsimonious solution (Krook, women's representation)", solution: ambiguous.solutions.parsimonious },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('2 models fit equally well')).toBeVisible();
    await expect(canvas.getAllByRole('article')).toHaveLength(2);
  },
};

export const SelectTerm: Story = {
  name: 'Picking a term',
  render: (args) => {
    const [selected, setSelected] = useState<string | null>(null);
    return <SolutionView {...args} selectedTerm={selected} onSelectTerm={setSelected} />;
  },
  play: async ({ canvas }) => {
    const [first] = canvas.getAllByRole('button', { pressed: false });
    await userEvent.click(first!);
    await expect(first).toHaveAttribute('aria-pressed', 'true');
  },
};

/** Lipset's data: eight remainders are assumed both for survival and for breakdown. */
export const ContradictoryAssumptions: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Contradictory simplifying assumptions: remainder rows 10, 12, 14, 16, 17, 21, 25, 29/)).toBeVisible();
  },
};
// Every row with X or Y is positive, and each C alone is contradicted: QCA's search stops after
// three literals with X + Y, while C1*C2*C3*C4 covers both positive rows alone.
const beyondStop = runReferenceRequest({
  data: [
    { case: 'p1', X: 1, Y: 0, C1: 1, C2: 1, C3: 1, C4: 1, OUT: 1 },
    { case: 'p2', X: 0, Y: 1, C1: 1, C2: 1, C3: 1, C4: 1, OUT: 1 },
    { case: 'n1', X: 0, Y: 0, C1: 0, C2: 1, C3: 1, C4: 1, OUT: 0 },
    { case: 'n2', X: 0, Y: 0, C1: 1, C2: 0, C3: 1, C4: 1, OUT: 0 },
    { case: 'n3', X: 0, Y: 0, C1: 1, C2: 1, C3: 0, C4: 1, OUT: 0 },
    { case: 'n4', X: 0, Y: 0, C1: 1, C2: 1, C3: 1, C4: 0, OUT: 0 },
  ],
  outcome: 'OUT',
}) as { solutions: { parsimonious: SolutionResult } };

export const BeyondQcaStopRule: Story = {
  name: 'Smaller models than QCA\'s stop rule finds',
  args: { solution: beyondStop.solutions.parsimonious },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/QCA stops looking for prime implicants after those of 3 literals and gives one minimal model of 2 terms. With every prime implicant \(shown here\) there is one minimal model of 1 term\./)).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'C1*C2*C3*C4' })).toBeVisible();
  },
};
/** Thousands of models over many conditions: the listing of assumptions stops at a total, said above and at each model past it. */
export const AssumptionsListingStopped: Story = {
  name: 'Simplifying assumptions: listing stopped',
  args: {
    title: "Parsimonious solution (Krook, women's representation)",
    solution: {
      ...ambiguous.solutions.parsimonious,
      simplifying_assumptions: { M1: ambiguous.solutions.parsimonious.simplifying_assumptions!.M1! },
      simplifying_assumptions_stopped_at: { model: 'M2', rows: ambiguous.solutions.parsimonious.simplifying_assumptions!.M1!.length },
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^Simplifying assumptions are listed only for the models before M2: their lists hold \d+ remainder rows together/)).toBeVisible();
    await expect(canvas.getByText(/Simplifying assumptions not listed: the lists of the models before this one/)).toBeVisible();
  },
};
/** A model over many conditions assumes thousands of remainder rows: the first hundred are written out, and the count of models not listed reads as a number. */
export const ManyAssumptionsAndModels: Story = {
  name: 'Thousands of assumptions and of models',
  args: {
    title: "Parsimonious solution (Krook, women's representation)",
    solution: {
      ...ambiguous.solutions.parsimonious,
      simplifying_assumptions: { M1: Array.from({ length: 2_500 }, (_, at) => 3 * at + 1), M2: ambiguous.solutions.parsimonious.simplifying_assumptions!.M2! },
      models_not_enumerated: 'more than 23897',
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^2,500 simplifying assumptions \(remainder rows 1, 4, 7, .*, 298, and 2,400 more\)$/)).toBeVisible();
    await expect(canvas.getByText('Not every model is listed: more than 23,897 more.')).toBeVisible();
  },
};
export const NoSolution: Story = {
  name: 'No solution: no row is sufficient',
  args: { solution: { error: 'None of the values in OUT is explained. Please check the truth table.', code: 'no-positive-rows' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: /No solution/ })).toBeVisible();
    await expect(canvas.getByText(/Lower the consistency cut/)).toBeVisible();
  },
};
export const SearchLimit: Story = { name: 'No solution: search limit reached', args: { solution: { error: 'The prime-implicant search stopped at its budget.', code: 'budget' } } };
export const NotRunYet: Story = { args: { solution: undefined } };
export const Loading: Story = { args: { solution: undefined, loading: true, progress: 'minimize' } };
