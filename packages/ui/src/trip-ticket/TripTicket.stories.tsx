import type { Meta, StoryObj } from '@storybook/react-vite';
import type { TripTicketDraft } from '@wayfinder/core/navigator';
import { blankTripTicket, defaultTypology, translateTypology } from '@wayfinder/core/navigator';
import { typologyEs } from '@wayfinder/core/navigator/es';
import { createMemoryStorage } from '@wayfinder/core/storage';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TripTicketDiff, TripTicketForm, TripTicketView } from './index';

/** A team's ticket, with the framework's own example destination. */
const example: TripTicketDraft = {
  ...blankTripTicket('2026-03-02'),
  peoplePresent: [
    { name: 'Ana Morales', role: 'district lead' },
    { name: 'Kofi Mensah', role: 'teacher-leader' },
    { name: 'Lena Ortiz', role: 'parent' },
  ],
  headed: {
    equity: 'Every student gets what they need to do rigorous, meaningful project work.',
    scalingForEquity: 'Spreading project-based learning so that the students furthest from opportunity are reached first and best.',
    furthestFromOpportunity: 'Multilingual learners and students in our eleven Title I schools.',
    destination: {
      depth: 'Teachers plan and run projects on their own, with student voice.',
      sustainability: 'Common planning time and a project library funded in the base budget.',
      spread: '80% of 29,284 students, including at least 80% of students furthest from opportunity, engage in two high-quality projects a year.',
      ownership: 'A teacher network, not the central office, leads the work.',
    },
    equityConfiguration: { choices: ['underserved-schools', 'groups-first'], other: '' },
  },
  route: {
    strategies: [{ strategyId: 'co-design', theoryOfAction: 'If teachers from Title I schools co-design the units, then they will fit those classrooms.', steps: [], acceptableToAll: true, affordableForAll: true }],
    roadblocks: 'Testing calendar; turnover of principals.',
    supports: 'Board resolution on deeper learning.',
    factorIds: [],
  },
  pitStops: [{ id: 'stop-1', date: '2026-06-15', why: 'End of the first semester of pilots', focus: 'Reach in Title I schools' }],
  arrival: { success: 'Projects are the norm, not the exception.', advancesEquity: 'The gap in project access between schools closes.', measureIds: [] },
};

const meta = {
  title: 'Navigator/Trip ticket',
  component: TripTicketForm,
  args: { draftKey: 'story-trip-ticket', onSave: fn() },
  parameters: { layout: 'padded' },
  render: ({ draft: _held, onDraftChange: _report, ...args }) => <TripTicketForm {...args} draftKey={args.draftKey ?? 'story-trip-ticket'} storage={createMemoryStorage()} />,
} satisfies Meta<typeof TripTicketForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Blank: Story = {
  args: { initial: blankTripTicket('2026-03-02') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Who is here/ })).toHaveAttribute('aria-current', 'step');
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(canvas.getByRole('group', { name: 'Where are we headed?' })).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Our shared definition of equity' }), 'More for those with less');
    await expect(canvas.getByText(/1 of 14 answers written/)).toBeVisible();
  },
};

export const Filled: Story = { name: 'Filled: the framework’s example destination', args: { initial: example } };

export const LinkedToOtherTools: Story = {
  name: 'Linked to factors and measures',
  args: {
    initial: example,
    factors: [
      { id: 'f1', name: 'Complexity' },
      { id: 'f2', name: 'Competition for attention' },
    ],
    measures: [{ id: 'm1', measure: 'Share of students completing two projects, by school and by group' }],
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: /What route will we take/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Competition for attention' }));
    await userEvent.click(canvas.getByRole('button', { name: /How will we know/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /Share of students/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save this version' }));
    await waitFor(() =>
      expect(args.onSave).toHaveBeenCalledWith(expect.objectContaining({ route: expect.objectContaining({ factorIds: ['f2'] }), arrival: expect.objectContaining({ measureIds: ['m1'] }) })),
    );
  },
};

export const Errors: Story = {
  name: 'Errors announced and linked to their fields',
  args: { initial: blankTripTicket('2026-03-02') },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add a person' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save this version' }));
    const summary = await canvas.findByRole('alert', { name: /needs attention/ });
    await expect(summary).toHaveTextContent('1 answer needs attention');
    await userEvent.click(within(summary).getByRole('button', { name: 'Give this person’s name.' }));
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveFocus());
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name' }), 'Ana');
    await userEvent.click(canvas.getByRole('button', { name: 'Save this version' }));
    await waitFor(() => expect(args.onSave).toHaveBeenCalledWith(expect.objectContaining({ peoplePresent: [{ id: expect.any(String), name: 'Ana', role: '' }] })));
  },
};

/** A reload in miniature: the form goes away and comes back over the same storage. */
function ReloadDemo(props: { initial: TripTicketDraft }) {
  const [storage] = useState(() => createMemoryStorage());
  const [mount, setMount] = useState(0);
  return (
    <div>
      <button type="button" onClick={() => setMount((value) => value + 1)}>
        Reload the form
      </button>
      <TripTicketForm key={mount} initial={props.initial} draftKey="reload-demo" storage={storage} onSave={() => undefined} />
    </div>
  );
}

export const DraftSurvivesReload: Story = {
  name: 'Draft survives a reload',
  args: { initial: blankTripTicket('2026-03-02') },
  render: (args) => <ReloadDemo initial={args.initial!} />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Where are we headed/ }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Who are the students furthest from opportunity here?' }), 'Multilingual learners');
    await userEvent.click(canvas.getByRole('button', { name: 'Reload the form' }));
    await expect(await canvas.findByText('Your unsaved answers from last time are back.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /Where are we headed/ }));
    await expect(canvas.getByRole('textbox', { name: 'Who are the students furthest from opportunity here?' })).toHaveValue('Multilingual learners');
  },
};

export const UnusualText: Story = {
  name: 'Long, emoji, right-to-left and markup-looking answers',
  args: {
    initial: {
      ...example,
      headed: { ...example.headed, equity: `<script>alert("not run")</script> 🚌 مساواة ${'Every learner, every day. '.repeat(2000)}` },
    },
  },
};

/** Two people at one pit stop, each with the form on their own screen, writing one draft the host holds. */
function TwoPeopleOneDraft() {
  const [draft, setDraft] = useState<TripTicketDraft | null>(null);
  const [versions, setVersions] = useState(0);
  return (
    <div style={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
      {['Ana', 'Kofi'].map((person) => (
        <section key={person} aria-label={person}>
          <TripTicketForm initial={example} draft={draft} onDraftChange={setDraft} guardLeaving={false} onSave={() => setVersions((count) => count + 1)} />
        </section>
      ))}
      <p>{versions} saved</p>
    </div>
  );
}

export const SharedDraft: Story = {
  name: 'Shared draft: two people, one ticket',
  render: () => <TwoPeopleOneDraft />,
  parameters: {
    // Two people's screens side by side on one page, for the demonstration: on a real screen there is one form, and its landmarks are unique.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
    docs: {
      description: {
        story:
          'With `draft` and `onDraftChange` the host holds the draft (a Yjs document shared by the team, with `@wayfinder/react/shared-document`): each form shows what the other types as it is typed, and the caret of someone in the same answer keeps its place in the words. Saving a version calls `onDraftChange(null)`.',
      },
    },
  },
  play: async ({ canvas }) => {
    const [ana, kofi] = [within(canvas.getByRole('region', { name: 'Ana' })), within(canvas.getByRole('region', { name: 'Kofi' }))];
    await userEvent.click(ana.getByRole('button', { name: /Where are we headed/ }));
    await userEvent.click(kofi.getByRole('button', { name: /Where are we headed/ }));
    await userEvent.type(ana.getByRole('textbox', { name: 'Our shared definition of equity' }), ' Together.');
    await expect(kofi.getByRole('textbox', { name: 'Our shared definition of equity' })).toHaveValue(`${example.headed.equity} Together.`);
  },
};

export const ReadOnly: Story = { name: 'Read-only view', render: () => <TripTicketView ticket={example} /> };
export const Print: Story = {
  name: 'Print view',
  render: () => <TripTicketView ticket={example} />,
  parameters: { docs: { description: { story: 'The same view the form prints: the browser’s print command lays out every section, without controls.' } } },
};
const firstVersion = { ...example, id: 'v1', savedAt: '2026-03-02T17:00:00.000Z' };
const secondVersion = {
  ...example,
  id: 'v2',
  savedAt: '2026-06-15T17:00:00.000Z',
  date: '2026-06-15',
  peoplePresent: [...example.peoplePresent, { name: 'Rosa Diaz', role: 'new principal' }],
  headed: { ...example.headed, destination: { ...example.headed.destination, spread: '85% of 29,284 students, including at least 85% of students furthest from opportunity, engage in two high-quality projects a year.' } },
  route: { ...example.route, strategies: [...example.route.strategies, { strategyId: 'proof-point', theoryOfAction: 'If Title I sites showcase projects, others will follow.', steps: [], acceptableToAll: true, affordableForAll: true }] },
};

export const VersionDiff: Story = {
  name: 'What changed since the last pit stop',
  render: () => <TripTicketDiff before={firstVersion} after={secondVersion} />,
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
    await expect(canvas.getByText(/85% of 29,284 students/)).toBeVisible();
  },
};

/** The host passes the typology in its language (`typologyEs` from `@wayfinder/core/navigator/es`). */
export const Spanish: Story = { args: { initial: example, typology: translateTypology(defaultTypology, typologyEs) }, globals: { locale: 'es' } };
