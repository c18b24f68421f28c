import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { fakeAwareness } from './fake-awareness';
import { Presence } from './index';

const places: Record<string, string> = { 'trip-ticket': 'Trip ticket', 'pit-stops': 'Pit stops', factors: 'Factors' };
const placesEs: Record<string, string> = { 'trip-ticket': 'Boleto de viaje', 'pit-stops': 'Paradas', factors: 'Factores' };

/** An awareness with these people already in it. */
function WithPeople({ people, words = places }: { people: Array<{ name: string; colour: string; place?: string }>; words?: Record<string, string> }) {
  const [awareness] = useState(() => {
    const fake = fakeAwareness();
    people.forEach((person, at) => fake.set(at + 2, { user: { name: person.name, colour: person.colour }, place: person.place ?? null }));
    return fake;
  });
  return <Presence awareness={awareness} user={{ name: 'Ana', colour: '#1f77b4' }} place="trip-ticket" describePlace={(place) => words[place]} />;
}

const meta = {
  title: 'Feedback/Presence',
  component: WithPeople,
  args: {
    people: [
      { name: 'Ben Okafor', colour: '#d62728', place: 'trip-ticket' },
      { name: 'Carmen Ruiz', colour: '#2ca02c', place: 'pit-stops' },
    ],
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Who else has a shared document open, and where each is: a dot of their colour, their name, and the section (or field) they are in, in the host\'s words through `describePlace`. It reads the awareness of whatever Yjs provider the host attached (Hocuspocus, y-websocket, its own) and tells the others this user\'s name, colour and `place`. Nothing shows while nobody else is here. Someone joining or leaving is announced politely, a few seconds on: the people found here on arrival are listed, not announced, and a reconnection (theirs or this user\'s) is no coming and going. Moving between sections is not announced, so nobody is talked over. Names come from the network and are shown as text, cut to 80 characters.',
      },
    },
  },
} satisfies Meta<typeof WithPeople>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TwoOthers: Story = {
  name: 'Two others here',
  play: async ({ canvas }) => {
    const here = canvas.getByRole('region', { name: 'Also here' });
    await expect(here).toHaveTextContent('Ben Okafor in Trip ticket');
    await expect(here).toHaveTextContent('Carmen Ruiz in Pit stops');
  },
};

export const Alone: Story = { name: 'Nobody else (shows nothing)', args: { people: [] } };

export const LongNames: Story = {
  name: 'Long names (they wrap)',
  args: {
    people: [
      { name: 'Maria Fernanda de los Ángeles Castillo-Villanueva', colour: '#9467bd', place: 'factors' },
      { name: 'Ben', colour: '#d62728' },
      { name: 'Thandiwe Nokuthula Dlamini-Mahlangu', colour: '#8c564b', place: 'pit-stops' },
    ],
  },
};

export const Spanish: Story = { args: { words: placesEs }, globals: { locale: 'es' } };
