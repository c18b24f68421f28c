import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SolutionResult } from '@wayfinder/core/qca/reference';
import { runReferenceRequest } from '@wayfinder/core/qca/reference';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { piecesOverLines } from '../story-checks';
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
/** Lipset's conditions under their long names: at 360 px a conservative term of five of them breaks between conditions, never inside a name. */
const longNames: Record<string, string> = { DEV: 'DEVELOPMENT', URB: 'URBANIZATION', LIT: 'LITERACY', IND: 'INDUSTRIALIZATION', STB: 'GOVERNMENT_STABILITY' };
const longNamed = runReferenceRequest({
  ...lipsetRequest,
  data: lipsetRequest.data.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [longNames[key] ?? key, value]))),
  conditions: lipsetRequest.conditions.map((name) => longNames[name] ?? name),
  dir_exp: lipsetRequest.dir_exp.map((name) => longNames[name] ?? name),
}) as { solutions: { conservative: SolutionResult } };
export const LongNamesAtPhoneWidth: Story = {
  name: 'Long condition names at 360 px',
  args: { title: 'Conservative solution', solution: longNamed.solutions.conservative },
  decorators: [(Story) => <div style={{ inlineSize: 360 - 2 * 16 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const expressions = [...canvasElement.querySelectorAll('.wf-sol__expression')];
    await expect(expressions.length).toBeGreaterThan(0);
    let wrapped = 0;
    for (const expression of expressions) {
      const model = expression.closest('article')!;
      await expect(model.scrollWidth).toBeLessThanOrEqual(model.clientWidth);
      // Each name lies on one line.
      await expect(piecesOverLines(expression, /[A-Z_]+/g)).toEqual([]);
      // An inline box has one rectangle per line it spans.
      if (expression.getClientRects().length > 1) wrapped += 1;
    }
    // The terms are longer than the width: some expression did wrap.
    await expect(wrapped).toBeGreaterThan(0);
  },
};
/** Over 20 conditions a parsimonious model assumes too many remainder rows to list: the intermediate solution still comes, its easy counterfactuals written out up to the first hundred and its difficult ones said to be too many. */
export const IntermediateCounterfactualsNotListed: Story = {
  name: 'Intermediate: counterfactuals too many to list',
  args: {
    title: 'Intermediate solution',
    solution: { ...solutions.intermediate[0]!, easy_counterfactuals: Array.from({ length: 2_500 }, (_, at) => 2 * at + 2), difficult_counterfactuals: [], counterfactuals_not_listed: { easy: false, difficult: true } },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^Easy counterfactuals: 2,500 remainder rows \(2, 4, 6, .*, 200, and 2,400 more\); difficult: too many remainder rows to list$/)).toBeVisible();
  },
};
/** A conservative model of many terms (each case its own row over many conditions): the heading writes out the first ten, the table lists them all. */
const fourteenTerms = Array.from({ length: 14 }, (_, at) => `DEV*URB*LIT*IND*STB*C${at + 1}`);
const manyTermsModel = { ...solutions.conservative.models[0]!, terms: fourteenTerms, expression: fourteenTerms.join(' + '), term_fit: fourteenTerms.map((term) => ({ ...solutions.conservative.models[0]!.term_fit[0]!, term })) };
export const ManyTerms: Story = {
  name: 'A model of many terms',
  args: { title: 'Conservative solution', solution: { ...solutions.conservative, models: [manyTermsModel] } },
  play: async ({ canvas }) => {
    const heading = canvas.getByRole('heading', { level: 4 });
    await expect(heading).toHaveTextContent(`${fourteenTerms.slice(0, 10).join(' + ')} + 4 more terms, listed below`);
    // The table lists all fourteen, under its header row.
    await expect(canvas.getAllByRole('row')).toHaveLength(1 + fourteenTerms.length);
  },
};
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
      models_not_enumerated: { count: 23_897, exact: false },
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^2,500 simplifying assumptions \(remainder rows 1, 4, 7, .*, 298, and 2,400 more\)$/)).toBeVisible();
    await expect(canvas.getByText('Not every model is listed: at least 23,897 more.')).toBeVisible();
  },
};
/** A dense chart whose search ran out of budget: the models are the smallest found, and the notice gives the interval the minimum lies in. */
export const MinimalityNotProven: Story = {
  name: 'Minimality not proven',
  args: {
    title: 'Parsimonious solution',
    solution: { ...ambiguous.solutions.parsimonious, minimal_size_not_proven: { model_terms: ambiguous.solutions.parsimonious.models[0]!.terms.length, lower_bound: 2 } },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^Minimality not proven: (this model has|these models have) \d+ terms?; the minimum is at least 2\.$/)).toBeVisible();
  },
};
/** What was asked for but not done, each said in the reader's language: counting the models stopped at its limit, every irredundant model too many to list, contradictory assumptions not looked for. */
export const LimitsReached: Story = {
  name: 'Limits reached: models uncounted, irredundant models, contradictions',
  args: {
    title: 'Parsimonious solution',
    solution: { ...ambiguous.solutions.parsimonious, models_not_enumerated: { count: 0, exact: false }, minimal_models_only: true, contradictory_simplifying_assumptions_not_checked: true },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('There may be more models than these: counting them stopped at its work limit.')).toBeVisible();
    await expect(canvas.getByText(/^Every irredundant model was asked for, but the prime implicant chart has too many partial covers/)).toBeVisible();
    await expect(canvas.getByText(/^Contradictory simplifying assumptions were not looked for/)).toBeVisible();
    await expect(canvas.queryByText(/more than 0|at least 0/)).toBeNull();
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
