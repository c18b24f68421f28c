import { emptyAnalysis } from '@wayfinder/core/qca/analysis-file';
import { createTruthTable } from '@wayfinder/core/qca/truth-table';
import type { QcaClient } from '@wayfinder/core/qca/client';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QcaWorkbench } from './index';

const crisp = {
  ...emptyAnalysis('Crisp'),
  dataset: {
    variables: [
      { name: 'A', scale: 'membership' as const },
      { name: 'Y', scale: 'membership' as const },
    ],
    cases: [
      { id: 'c1', values: { A: 1, Y: 1 } },
      { id: 'c2', values: { A: 0, Y: 0 } },
    ],
  },
  outcome: 'Y',
};

/** A client whose runs wait until the test settles them; `runs` counts what reached it. */
function heldClient() {
  const runs: Array<{ signal: AbortSignal | undefined; resolve: (value: Record<string, unknown>) => void }> = [];
  const client: QcaClient = {
    run: (_request, options = {}) =>
      new Promise((resolve, reject) => {
        runs.push({ signal: options.signal, resolve });
        options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
      }),
    table: () => Promise.reject(new Error('tables this small are built on the page')),
    variants: () => new Promise(() => {}),
    superSubset: () => new Promise(() => {}),
    dispose: vi.fn(),
  };
  return { client, runs };
}

describe('QcaWorkbench', () => {
  it('names a raw variable that has no values instead of failing the page', () => {
    const empty = {
      ...emptyAnalysis('Nothing measured'),
      dataset: { variables: [{ name: 'GDP', scale: 'raw' as const }, { name: 'Y', scale: 'membership' as const }], cases: [{ id: 'c1', values: { GDP: null, Y: 1 } }] },
      outcome: 'Y',
    };
    render(<QcaWorkbench defaultValue={empty} createClient={() => heldClient().client} />);
    expect(screen.getByText('GDP has no values to calibrate: every case is missing it')).toBeInTheDocument();
  });

  it('keeps data too long for a text box out of one until asked, and imports it all the same', async () => {
    const user = userEvent.setup();
    const rows = Array.from({ length: 3_000 }, (_, index) => `a case with a long name, number ${index},${index % 2},${(index + 1) % 2}`.replace(',', ''));
    const source = ['case,A,Y', ...rows].join('\n');
    render(<QcaWorkbench defaultValue={{ ...emptyAnalysis('Long'), source }} createClient={() => heldClient().client} />);
    expect(screen.queryByRole('textbox', { name: /Cases as CSV/ })).not.toBeInTheDocument();
    expect(screen.getByText(/3,001 lines of CSV: too long to show here/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('combobox', { name: 'Outcome' })).toHaveValue('Y');
    await user.click(screen.getByRole('button', { name: 'Show them as text anyway' }));
    expect(screen.getByRole('textbox', { name: /Cases as CSV/ })).toHaveValue(source);
  });

  it('runs one minimization at a time, shows it running from the click, and always stops it', async () => {
    const user = userEvent.setup();
    const { client, runs } = heldClient();
    render(<QcaWorkbench defaultValue={crisp} createClient={() => client} />);
    const minimize = screen.getByRole('button', { name: 'Minimize' });
    await user.dblClick(minimize);
    expect(runs).toHaveLength(1);
    expect(minimize).toBeDisabled();
    // The worker has not said a word yet: the run still shows, and can be stopped.
    expect(screen.getByText('Running: starting the engine…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(runs[0]!.signal?.aborted).toBe(true);
    await waitFor(() => expect(minimize).toBeEnabled());
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    await user.click(minimize);
    expect(runs).toHaveLength(2);
  });

  it('stops a run when a setting changes under it, and never shows results that no longer fit the settings', async () => {
    const user = userEvent.setup();
    const { client, runs } = heldClient();
    render(<QcaWorkbench defaultValue={crisp} createClient={() => client} />);
    await user.click(screen.getByRole('button', { name: 'Minimize' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'A');
    expect(runs[0]!.signal?.aborted).toBe(true);
    expect(screen.getByRole('button', { name: 'Minimize' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    // The worker answers anyway, too late: nothing is shown for the old outcome.
    runs[0]!.resolve({ solutions: { conservative: { error: 'for the old outcome' } } });
    await user.click(screen.getByRole('button', { name: 'Minimize' }));
    expect(runs).toHaveLength(2);
    expect(screen.queryByText(/for the old outcome/)).not.toBeInTheDocument();
  });

  it('says when the intermediate solutions are those of the first combinations of models only', async () => {
    const user = userEvent.setup();
    const { client, runs } = heldClient();
    render(<QcaWorkbench defaultValue={crisp} createClient={() => client} />);
    await user.click(screen.getByRole('button', { name: 'Minimize' }));
    const solution = { prime_implicants: ['A'], essential: ['A'], models: [], pi_fit: [], outcome: 'Y' };
    const intermediate = Array.from({ length: 7 }, (_, at) => ({ ...solution, id: `C1P${at + 1}` }));
    runs[0]!.resolve({ solutions: { conservative: solution, parsimonious: solution, intermediate, intermediate_combinations: 225 } });
    expect(await screen.findByText("Intermediate solutions are shown for the first 7 of 225 combinations of a conservative and a parsimonious model, in QCA's order: each is a minimization of its own.")).toBeInTheDocument();
    // A few at a time: each is a list of models of its own.
    expect(screen.getAllByRole('heading', { name: /^Intermediate solution C1P\d/ })).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: /2 more/ }));
    expect(screen.getAllByRole('heading', { name: /^Intermediate solution C1P\d/ })).toHaveLength(7);
  });

  it('says when the search for necessary combinations ended as QCA ends it, at a size that added nothing', async () => {
    const user = userEvent.setup();
    const { client } = heldClient();
    client.superSubset = () => Promise.resolve({ terms: [], complete: true, depth: 4, stoppedAt: 4 });
    render(<QcaWorkbench defaultValue={crisp} createClient={() => client} />);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText(/the search ended with combinations of 4 conditions, the first size from four up that added nothing/)).toBeInTheDocument();
  });

  it('builds a large truth table in the worker, saying so, with a way to stop and to build it again', async () => {
    const user = userEvent.setup();
    const cases = Array.from({ length: 1500 }, (_, index) => ({ id: `c${index}`, values: { A: index % 2, B: (index >> 1) % 2, Y: index % 3 === 0 ? 1 : 0 } }));
    const large = {
      ...emptyAnalysis('Large'),
      dataset: { variables: (['A', 'B', 'Y'] as const).map((name) => ({ name, scale: 'membership' as const })), cases },
      outcome: 'Y',
    };
    const builds: Array<{ signal: AbortSignal | undefined; resolve: () => void }> = [];
    const client: QcaClient = {
      run: () => new Promise(() => {}),
      table: (data, options, runOptions = {}) =>
        new Promise((resolve, reject) => {
          builds.push({ signal: runOptions.signal, resolve: () => resolve(createTruthTable(data, options)) });
          runOptions.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
        }),
      variants: () => new Promise(() => {}),
      superSubset: () => new Promise(() => {}),
      dispose: vi.fn(),
    };
    render(<QcaWorkbench defaultValue={large} createClient={() => client} />);
    expect(await screen.findByText('Building the truth table of 1,500 cases…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(builds[0]!.signal?.aborted).toBe(true);
    await user.click(await screen.findByRole('button', { name: 'Build it' }));
    await waitFor(() => expect(builds).toHaveLength(2));
    builds[1]!.resolve();
    expect(await screen.findByRole('grid')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Minimize' })).toBeEnabled();
  });
});
