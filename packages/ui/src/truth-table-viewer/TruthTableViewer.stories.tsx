import type { Meta, StoryObj } from '@storybook/react-vite';
import { parseExpression } from '@wayfinder/core/qca/expression';
import { createTruthTable, DONT_CARE, listRows } from '@wayfinder/core/qca/truth-table';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { piecesOverLines } from '../story-checks';
import { largeRows, lipsetFuzzy, sevenStates, toQcaData } from '../story-data';
import type { TruthTableViewRow } from './index';
import { TruthTableViewer } from './index';

const lipset = createTruthTable(toQcaData(lipsetFuzzy, [...lipsetFuzzy.conditions, lipsetFuzzy.outcome]), {
  outcome: lipsetFuzzy.outcome,
  conditions: lipsetFuzzy.conditions,
  inclCut: 0.8,
});
const lipsetConditions = lipsetFuzzy.conditions.map((name) => ({ name, levels: 2, label: lipsetFuzzy.labels[name] }));
const lipsetRows = listRows(lipset, true);

const seven = createTruthTable(toQcaData(sevenStates, [...sevenStates.conditions, sevenStates.outcome]), {
  outcome: sevenStates.outcome,
  conditions: sevenStates.conditions,
  inclCut: 0.8,
});

const meta = {
  title: 'QCA/Truth table viewer',
  component: TruthTableViewer,
  args: { conditions: lipsetConditions, rows: lipsetRows, label: 'Truth table: survival of democracy (Lipset, fuzzy)' },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TruthTableViewer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Lipset: Story = {
  play: async ({ canvas }) => {
    const grid = canvas.getByRole('grid');
    await expect(grid).toHaveAttribute('aria-rowcount', String(lipsetRows.length + 1));
    await userEvent.click(canvas.getByRole('button', { name: 'incl' }));
    await expect(canvas.getByRole('columnheader', { name: /incl/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(canvas.getByRole('button', { name: 'incl' }));
    await expect(canvas.getByRole('columnheader', { name: /incl/ })).toHaveAttribute('aria-sort', 'descending');
  },
};

/** Conditions named as a study names them (TEACHER_RETENTION): a header breaks after a "_", never inside a word. */
const longNamedConditions = ['EDU_FUNDING_LEVEL', 'TEACHER_RETENTION', 'PARENT_ENGAGEMENT', 'PRINCIPAL_TENURE', 'CLASS_SIZE_REDUCED'].map((name) => ({ name, levels: 2 }));
export const LongConditionNames: Story = {
  name: 'Long condition names in the headers',
  args: { conditions: longNamedConditions, label: 'Truth table: long condition names' },
  play: async ({ canvasElement }) => {
    const titles = [...canvasElement.querySelectorAll('.wf-tt__sort-title')].filter((title) => title.textContent!.includes('_'));
    await expect(titles).toHaveLength(longNamedConditions.length);
    // Each word between the "_" lies on one line.
    for (const title of titles) await expect(piecesOverLines(title, /[A-Z]+/g)).toEqual([]);
  },
};
export const KeyboardNavigation: Story = {
  play: async ({ canvas }) => {
    const first = canvas.getByRole('button', { name: 'Row' });
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', '1:0'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', '1:10'));
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', `${lipsetRows.length}:10`));
    await userEvent.keyboard('{PageUp}{Home}');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-cell')).toMatch(/^\d+:0$/));
  },
};

export const OverrideAndUndo: Story = {
  name: 'OUT override and undo',
  args: { defaultFilter: { hideRemainders: true, only: 'all' } },
  play: async ({ canvas }) => {
    const button = canvas.getAllByRole('button', { name: /Change OUT of row/ })[0]!;
    const before = button.textContent!;
    await userEvent.click(button);
    const wanted = before.endsWith(': 1') ? 'OUT = 0' : 'OUT = 1';
    const choices = within(await canvas.findByRole('group', { name: /Change OUT of row/ }));
    // The menu takes focus once it is drawn: wait for it rather than assume it.
    await waitFor(() => expect(choices.getByRole('button', { pressed: true })).toHaveFocus());
    await userEvent.click(choices.getByRole('button', { name: wanted }));
    await waitFor(() => expect(canvas.getAllByRole('button', { name: /Change OUT of row/ })[0]).toHaveAccessibleName(/\(was [01]\)$/));
    await userEvent.click(canvas.getByRole('button', { name: 'Undo last OUT change' }));
    await waitFor(() => expect(canvas.getAllByRole('button', { name: /Change OUT of row/ })[0]).toHaveTextContent(before));
  },
};

export const OverrideByKeyboard: Story = {
  name: 'OUT override by keyboard',
  args: { defaultFilter: { hideRemainders: true, only: 'all' } },
  play: async ({ canvas }) => {
    canvas.getByRole('button', { name: 'Row' }).focus();
    // Down to the first row, then across to the OUT column (after the five conditions).
    await userEvent.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/Change OUT of row 1:/));
    await userEvent.keyboard('{Enter}');
    const choices = within(await canvas.findByRole('group', { name: /Change OUT of row 1/ }));
    // The menu takes focus once it is drawn: wait for it rather than assume it.
    await waitFor(() => expect(choices.getByRole('button', { name: 'OUT = 0' })).toHaveFocus());
    await userEvent.keyboard('{ArrowLeft}{Enter}');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/row 1: 1 \(was 0\)/));
    await userEvent.keyboard('{Enter}{Escape}');
    await waitFor(() => expect(canvas.queryByRole('group', { name: /Change OUT of row 1/ })).toBeNull());
    // Focus comes back to the cell after the menu closes, a frame later on a busy machine: wait for it.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/Change OUT of row 1:/));
  },
};

export const Overridden: Story = {
  name: 'Rows overridden by the analyst',
  args: { defaultFilter: { hideRemainders: true, only: 'all' }, defaultOverrides: Object.fromEntries(lipset.observed.slice(0, 2).map((row) => [row.id, row.OUT === '1' ? '0' : '1'])) },
};

export const HighlightedTerm: Story = {
  name: 'Rows of a solution term highlighted',
  args: {
    highlightTerm: parseExpression('DEV*~IND', lipsetFuzzy.conditions, [2, 2, 2, 2, 2])[0],
    highlightLabel: 'DEV*~IND',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/8 rows in DEV\*~IND/)).toBeVisible();
  },
};

export const OnlyContradictions: Story = {
  args: { rows: listRows(createTruthTable(toQcaData(lipsetFuzzy, [...lipsetFuzzy.conditions, lipsetFuzzy.outcome]), { outcome: 'SURV', conditions: lipsetFuzzy.conditions, inclCut: [0.9, 0.7] }), true), defaultFilter: { hideRemainders: true, only: 'contradictions' } },
};

export const HalfMembershipWarning: Story = {
  name: '0.5 memberships (seven-state study)',
  args: {
    conditions: sevenStates.conditions.map((name) => ({ name, levels: 2, label: sevenStates.labels[name] })),
    rows: listRows(seven, true),
    halfMemberships: seven.halfMemberships,
    label: 'Truth table: progress toward a vision for equity',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: /exactly 0.5/ })).toBeVisible();
  },
};

export const NoMatchingRows: Story = {
  args: { rows: lipset.observed.filter((row) => row.OUT !== 'C'), defaultFilter: { hideRemainders: false, only: 'contradictions' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No rows match the filter.')).toBeVisible();
  },
};

export const Empty: Story = { args: { status: 'empty', rows: [] } };
export const BuildError: Story = {
  name: 'Error',
  args: {
    rows: [],
    error: (() => {
      try {
        createTruthTable(toQcaData(lipsetFuzzy, [...lipsetFuzzy.conditions, lipsetFuzzy.outcome]), { outcome: 'SURV', conditions: ['DEV', 'SURV'] });
      } catch (error) {
        return error as Error;
      }
      return 'unexpected success';
    })(),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: /could not be built/ })).toBeVisible();
  },
};
export const Loading: Story = { args: { status: 'loading', rows: [] } };
// Temporal QCA: S (A before U) applies only where A and U both happened; elsewhere it is "don't care".
const sequence = createTruthTable(
  {
    cases: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'],
    columns: { A: [1, 1, 1, 1, 0, 0], U: [1, 1, 1, 0, 1, 0], S: [1, 1, 0, DONT_CARE, DONT_CARE, DONT_CARE], Y: [1, 1, 0, 1, 0, 0] },
  },
  { outcome: 'Y', conditions: ['A', 'U', 'S'] },
);

export const DontCare: Story = {
  name: 'Temporal QCA ("don\'t care")',
  args: {
    conditions: sequence.conditions.map((condition) => ({ ...condition, label: { A: 'Affiliated', U: 'Union', S: 'Affiliated before union' }[condition.name] })),
    rows: listRows(sequence, true),
    label: 'Truth table with a sequence condition',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Rows 3, 6, 9 and 12 hold the "don't care" level of S.
    await waitFor(() => expect(canvas.getAllByText('does not apply')).toHaveLength(4));
  },
};

export const ReadOnly: Story = { args: { readOnly: true, defaultFilter: { hideRemainders: true, only: 'all' } } };

const largeConditions = Array.from({ length: 16 }, (_, j) => ({ name: `C${String(j + 1).padStart(2, '0')}`, levels: 2 }));
let large: TruthTableViewRow[] | undefined;

export const Large: Story = {
  name: 'Large: 2^16 rows',
  // Built in render, not passed as args: Storybook copies args, and 65,536 rows are not for a controls panel.
  args: { conditions: largeConditions, label: 'Truth table with 16 conditions' },
  render: (args) => <TruthTableViewer {...args} rows={(large ??= largeRows(16))} />,
  play: async ({ canvas }) => {
    const grid = canvas.getByRole('grid');
    await expect(grid).toHaveAttribute('aria-rowcount', String(2 ** 16 + 1));
    // Virtualized: a screenful of rows in the DOM, not 65,536.
    await expect(canvas.getAllByRole('row').length).toBeLessThan(40);
    canvas.getByRole('button', { name: 'Row' }).focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', `${2 ** 16}:21`));
  },
};

