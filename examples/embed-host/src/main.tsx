import { defaultScheme, emptyCoding } from '@wayfinder/core/logics';
import { localeEs } from '@wayfinder/ui/locale-es';
import { LogicScoreGrid } from '@wayfinder/ui/logic-grid';
import { WayfinderProvider } from '@wayfinder/ui/provider';
import { StrategyPicker } from '@wayfinder/ui/strategy-picker';
import { TripTicketForm } from '@wayfinder/ui/trip-ticket';
import type { Brand } from '@wayfinder/ui/theme';
import '@wayfinder/ui/styles.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createHostStorage } from './host-storage';

const brand: Brand = { productName: 'Harbor Learning', tokens: { '--wf-color-accent': { light: '#0b6e4f', dark: '#6fd3a8' } } };
const storage = createHostStorage();
// The check reads which keys the kit saved through the host's adapter.
(window as unknown as { hostWrites: string[] }).hostWrites = storage.writes;
const coding = {
  ...emptyCoding(defaultScheme),
  respondents: [{ id: 'T1', label: 'Teacher 1', groups: { site: 'Harbor' } }],
  segments: [{ id: 's1', respondent: 'T1', code: 'justice', pole: 'high' as const, excerpt: 'Who is the system failing?', coder: 'Ana', source: '' }],
};

function Host() {
  const [spanish, setSpanish] = useState(false);
  return (
    <main style={{ fontFamily: 'system-ui', padding: '1rem' }}>
      <h1>Harbor Learning: improvement hub</h1>
      <button type="button" onClick={() => setSpanish((current) => !current)}>
        {spanish ? 'English' : 'Español'}
      </button>
      <WayfinderProvider brand={brand} locale={spanish ? 'es' : 'en'} messages={spanish ? localeEs : { 'strategies.title': 'Strategies in our playbook' }} storage={storage}>
        {/* Widget titles are h3: the host gives each an h2 of its own. */}
        <h2>Our plan</h2>
        <StrategyPicker />
        <h2>Trip ticket</h2>
        <TripTicketForm draftKey="harbor/trip-ticket" onSave={() => undefined} />
        <h2>Interviews</h2>
        <LogicScoreGrid coding={coding} colorBy="site" />
      </WayfinderProvider>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Host />
  </StrictMode>,
);
