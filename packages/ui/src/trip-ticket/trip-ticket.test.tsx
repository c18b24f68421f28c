import type { TripTicketDraft, TripTicketVersion } from '@wayfinder/core/navigator';
import { blankTripTicket } from '@wayfinder/core/navigator';
import { createLeaveGuards, LeaveGuardProvider } from '@wayfinder/react/leave-guard';
import { createMemoryStorage } from '@wayfinder/core/storage';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { WayfinderProvider } from '../provider';
import { TripTicketDiff, TripTicketForm } from './index';

function renderForm(storage = createMemoryStorage(), onSave = vi.fn()) {
  const view = render(
    <WayfinderProvider storage={storage}>
      <TripTicketForm draftKey="j1/trip-ticket" onSave={onSave} />
    </WayfinderProvider>,
  );
  return { ...view, storage, onSave };
}

describe('TripTicketForm drafts', () => {
  it('keeps a stored draft it cannot read as it was, offers it for download, and keeps no new draft until it is discarded', async () => {
    const user = userEvent.setup();
    const { storage } = renderForm(createMemoryStorage({ 'j1/trip-ticket': {} }));
    expect(await screen.findByText('A draft from an earlier visit could not be read; it is kept as it was')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the draft' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Where are we headed/ }));
    await user.type(screen.getAllByRole('textbox')[0]!, 'Every student');
    expect(await storage.get('j1/trip-ticket')).toEqual({});
    await user.click(screen.getByRole('button', { name: 'Discard the draft' }));
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
    // What was typed while the notice showed stays, and is now the draft.
    expect(screen.getAllByRole('textbox')[0]).toHaveValue('Every student');
    await waitFor(async () => expect(await storage.get('j1/trip-ticket')).toMatchObject({ headed: { equity: 'Every student' } }));
    await user.type(screen.getAllByRole('textbox')[0]!, ', always');
    await waitFor(async () => expect(await storage.get('j1/trip-ticket')).toMatchObject({ headed: { equity: 'Every student, always' } }));
  });

  it('brings back a draft whose day is still empty: days are checked when the version is saved', async () => {
    const draft = { ...blankTripTicket('2026-01-05'), date: '', peoplePresent: [{ name: '', role: 'coach' }] };
    renderForm(createMemoryStorage({ 'j1/trip-ticket': draft }));
    expect(await screen.findByText('Your unsaved answers from last time are back.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Role' })).toHaveValue('coach');
  });

  it('leaves no draft behind once the version is saved, so the next visit starts clean', async () => {
    const user = userEvent.setup();
    const { storage, onSave, unmount } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Priya Shah');
    await waitFor(async () => expect(await storage.get('j1/trip-ticket')).toBeDefined());
    await user.click(screen.getByRole('button', { name: 'Save this version' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    await waitFor(async () => expect(await storage.get('j1/trip-ticket')).toBeUndefined());
    unmount();
    renderForm(storage);
    await screen.findByRole('button', { name: 'Save this version' });
    expect(await storage.get('j1/trip-ticket')).toBeUndefined();
    expect(screen.queryByText('Your unsaved answers from last time are back.')).not.toBeInTheDocument();
  });

  it('saves one version for a double click', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana');
    await user.dblClick(screen.getByRole('button', { name: 'Save this version' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});

describe('TripTicketForm saving', () => {
  it('confirms the saved version where the user is, keeping the section and the focus, and holds the page only while answers are unsaved', async () => {
    const user = userEvent.setup();
    const guards = createLeaveGuards();
    const onSave = vi.fn(() => ({ number: 3 }));
    render(
      <WayfinderProvider storage={createMemoryStorage()}>
        <LeaveGuardProvider guards={guards}>
          <TripTicketForm draftKey="j1/trip-ticket" onSave={onSave} />
        </LeaveGuardProvider>
      </WayfinderProvider>,
    );
    expect(guards.reasons()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Priya Shah');
    expect(guards.reasons()).toEqual(['The trip ticket has answers not saved as a version. They stay on this device as a draft.']);
    await user.click(screen.getByRole('button', { name: /How will we know/ }));
    const save = screen.getByRole('button', { name: 'Save this version' });
    await user.click(save);
    const form = within(screen.getByRole('form', { name: 'Trip ticket' }));
    expect(await form.findByText(/^Version 3 saved at \d/)).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).toMatch(/^Version 3 saved at \d/);
    expect(save).toHaveFocus();
    expect(screen.getByRole('button', { name: /How will we know/ })).toHaveAttribute('aria-current', 'step');
    expect(guards.reasons()).toEqual([]);
    // The next answer is news again: the confirmation goes, the guard comes back.
    await user.type(screen.getByRole('textbox', { name: 'What will success look like?' }), 'More projects');
    expect(form.queryByText(/^Version 3 saved/)).not.toBeInTheDocument();
    expect(guards.reasons()).toHaveLength(1);
  });
});

describe('TripTicketDiff', () => {
  const version = (changes: Partial<TripTicketVersion>): TripTicketVersion => ({ ...blankTripTicket('2026-12-06'), id: 'v', savedAt: '2026-12-06T10:30:00.000Z', ...changes });

  it('says who and what was added or removed in words, never as stored data', () => {
    const before = version({ peoplePresent: [{ name: 'Ana Ruiz', role: 'District lead' }] });
    const after = version({
      savedAt: '2026-12-06T14:05:00.000Z',
      peoplePresent: [{ name: 'Ana Ruiz', role: 'Superintendent' }, { name: 'Priya Shah', role: 'Math coach' }],
      route: { ...before.route, strategies: [{ strategyId: 'co-design', theoryOfAction: 'If we co-design, more students see themselves in math.', steps: [], acceptableToAll: true, affordableForAll: null }] },
      pitStops: [{ id: 's1', date: '2027-01-15', why: 'After the first semester', focus: 'participation' }],
    });
    render(<TripTicketDiff before={before} after={after} labels={['version 1', 'version 2']} />);
    expect(screen.getByRole('heading', { name: 'What changed from version 1 to version 2' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'People present · changedAna Ruiz, District leadAna Ruiz, Superintendent',
      'People present · addedPriya Shah, Math coach',
      'Strategies · addedCo-design the innovation: If we co-design, more students see themselves in math.',
      'Where should we make pit stops? · addedJan 15, 2027: After the first semester (to look at participation)',
    ]);
    expect(document.body.textContent).not.toMatch(/[{}"]/);
  });

  it('tells versions of the same day apart by their save times', () => {
    render(<TripTicketDiff before={version({})} after={version({ savedAt: '2026-12-06T14:05:00.000Z' })} />);
    expect(screen.getByRole('heading').textContent).toMatch(/^What changed from Dec 6, 2026, \d+:30 [AP]M to Dec 6, 2026, \d+:05 [AP]M$/);
  });
});

/** Two people's forms on one draft the host holds, as a shared document holds it: each edit reaches the other form. */
function SharedDraft({ onDraftChange, onSave, remote }: { onDraftChange: (draft: TripTicketDraft | null) => void; onSave: () => void; remote?: { set?: (draft: TripTicketDraft) => void } }) {
  const [draft, setDraft] = useState<TripTicketDraft | null>(null);
  if (remote) remote.set = setDraft;
  const change = (next: TripTicketDraft | null) => {
    onDraftChange(next);
    setDraft(next);
  };
  return (
    <WayfinderProvider>
      {(['a', 'b'] as const).map((person) => (
        <div key={person} data-testid={person}>
          <TripTicketForm initial={blankTripTicket('2026-03-02')} draft={draft} onDraftChange={change} onSave={onSave} guardLeaving={false} />
        </div>
      ))}
    </WayfinderProvider>
  );
}

describe('TripTicketForm with a draft the host holds', () => {
  const form = (person: 'a' | 'b') => within(screen.getByTestId(person));
  const equity = (person: 'a' | 'b') => form(person).getByRole('textbox', { name: 'Our shared definition of equity' }) as HTMLTextAreaElement;

  it('shows what another form types, where it is typed, and keeps the caret of the one reading in its place', async () => {
    const user = userEvent.setup();
    const onDraftChange = vi.fn();
    render(<SharedDraft onDraftChange={onDraftChange} onSave={vi.fn()} />);
    for (const person of ['a', 'b'] as const) await user.click(form(person).getByRole('button', { name: /Where are we headed/ }));
    await user.type(equity('a'), 'Every student');
    expect(equity('b')).toHaveValue('Every student');
    const reports = onDraftChange.mock.calls.length;
    expect(reports).toBe('Every student'.length);
    // What arrives from the host is shown, not reported back as an edit.
    expect(onDraftChange).toHaveBeenCalledTimes(reports);
  });

  it('keeps the caret of someone reading or typing in an answer in its place in the words while others write before and after it', () => {
    const remote: { set?: (draft: TripTicketDraft) => void } = {};
    render(<SharedDraft onDraftChange={vi.fn()} onSave={vi.fn()} remote={remote} />);
    const blank = blankTripTicket('2026-03-02');
    const withEquity = (text: string) => ({ ...blank, headed: { ...blank.headed, equity: text } });
    act(() => remote.set!(withEquity('Every student')));
    act(() => form('b').getByRole('button', { name: /Where are we headed/ }).click());
    equity('b').focus();
    equity('b').setSelectionRange(5, 5);
    act(() => remote.set!(withEquity('Every student, always')));
    expect([equity('b').selectionStart, equity('b').selectionEnd]).toEqual([5, 5]);
    act(() => remote.set!(withEquity('For Every student, always')));
    expect(equity('b')).toHaveValue('For Every student, always');
    expect([equity('b').selectionStart, equity('b').selectionEnd]).toEqual([9, 9]);
  });

  it('follows people added and removed elsewhere, and saving a version ends the draft for everyone', async () => {
    const user = userEvent.setup();
    const onDraftChange = vi.fn();
    const onSave = vi.fn();
    render(<SharedDraft onDraftChange={onDraftChange} onSave={onSave} />);
    await user.click(form('a').getByRole('button', { name: 'Add a person' }));
    await user.type(form('a').getByRole('textbox', { name: 'Name' }), 'Priya Shah');
    expect(form('b').getByRole('textbox', { name: 'Name' })).toHaveValue('Priya Shah');
    await user.click(form('b').getByRole('button', { name: 'Add a person' }));
    await user.type(form('b').getAllByRole('textbox', { name: 'Name' })[1]!, 'Tom');
    expect(form('a').getAllByRole('textbox', { name: 'Name' }).map((field) => (field as HTMLInputElement).value)).toEqual(['Priya Shah', 'Tom']);
    await user.click(form('a').getByRole('button', { name: 'Remove Tom' }));
    expect(form('b').getAllByRole('textbox', { name: 'Name' })).toHaveLength(1);
    await user.click(form('b').getByRole('button', { name: 'Save this version' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ peoplePresent: [{ id: expect.any(String), name: 'Priya Shah', role: '' }] })));
    expect(onDraftChange).toHaveBeenLastCalledWith(null);
  });

  it('takes a day changed elsewhere while this user is in the day field, which has no caret to keep', () => {
    const remote: { set?: (draft: TripTicketDraft) => void } = {};
    render(<SharedDraft onDraftChange={vi.fn()} onSave={vi.fn()} remote={remote} />);
    const day = form('b').getByLabelText('Date of this meeting');
    day.focus();
    act(() => remote.set!(blankTripTicket('2026-04-01')));
    expect(day).toHaveValue('2026-04-01');
    expect(day).toHaveFocus();
  });

  it('keeps the focus in a row while others add and take rows, and reports none of it back', () => {
    const remote: { set?: (draft: TripTicketDraft) => void } = {};
    const onDraftChange = vi.fn();
    render(<SharedDraft onDraftChange={onDraftChange} onSave={vi.fn()} remote={remote} />);
    const blank = blankTripTicket('2026-03-02');
    const withPeople = (...names: string[]) => ({ ...blank, peoplePresent: names.map((name) => ({ name, role: '' })) });
    act(() => remote.set!(withPeople('Priya')));
    const priya = form('b').getByRole('textbox', { name: 'Name' });
    priya.focus();
    act(() => remote.set!(withPeople('Priya', 'Tom', 'Ana')));
    act(() => remote.set!(withPeople('Priya', 'Tom')));
    expect(form('b').getAllByRole('textbox', { name: 'Name' }).map((field) => (field as HTMLInputElement).value)).toEqual(['Priya', 'Tom']);
    expect(priya).toHaveFocus();
    expect(onDraftChange).not.toHaveBeenCalled();
  });

  it('keeps the row someone is typing in, focus and all, when others take a row above it or add one beside it', () => {
    const remote: { set?: (draft: TripTicketDraft) => void } = {};
    render(<SharedDraft onDraftChange={vi.fn()} onSave={vi.fn()} remote={remote} />);
    const blank = blankTripTicket('2026-03-02');
    const people = (...rows: Array<[string, string]>) => ({ ...blank, peoplePresent: rows.map(([id, name]) => ({ id, name, role: '' })) });
    act(() => remote.set!(people(['p1', 'Priya'], ['p2', 'Tom'], ['p3', 'Ana'])));
    const ana = form('b').getAllByRole('textbox', { name: 'Name' })[2]!;
    ana.focus();
    act(() => remote.set!(people(['p2', 'Tom'], ['p3', 'Ana'])));
    act(() => remote.set!(people(['p2', 'Tom'], ['p4', 'Hana'], ['p3', 'Ana'])));
    expect(form('b').getAllByRole('textbox', { name: 'Name' }).map((field) => (field as HTMLInputElement).value)).toEqual(['Tom', 'Hana', 'Ana']);
    expect(ana).toHaveFocus();
    expect(ana).toHaveValue('Ana');
  });
});

