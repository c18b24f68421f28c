import type { Journey } from '@wayfinder/core/navigator';
import { useTranslate } from '@wayfinder/react/messages';
import type { ComponentType } from 'react';
import { DocumentGate } from '../document-gate';
import { appMessages } from '../messages';
import type { StoredDocument } from '../stored-document';
import { SharingBar } from '../sharing-bar';
import { hrefOf } from '../use-hash-route';
import type { SectionProps } from './journey/sections';
import { ChangeMapSection, DriversSection, FactorsSection, FileSection, MeasuresSection, PitStopsSection, TravelLogSection } from './journey/sections';
import { TripTicketSection } from './journey/TripTicketSection';

const sections: Array<[string, ComponentType<SectionProps>]> = [
  ['trip-ticket', TripTicketSection],
  ['pit-stops', PitStopsSection],
  ['factors', FactorsSection],
  ['measures', MeasuresSection],
  ['change-map', ChangeMapSection],
  ['travel-log', TravelLogSection],
  ['drivers', DriversSection],
  ['file', FileSection],
];

export function JourneyPage({ document, section }: { document: StoredDocument<Journey>; section: string | null }) {
  const t = useTranslate(appMessages);
  const [current, Section] = sections.find(([name]) => name === section) ?? sections[0]!;
  return (
    <article className="nav-page nav-page--wide">
      <h1>{t('journey.title')}</h1>
      <nav aria-label={t('journey.sections')}>
        <ul className="nav-tabs">
          {sections.map(([name]) => (
            <li key={name}>
              <a href={hrefOf('journey', name)} aria-current={name === current ? 'page' : undefined}>
                {t(`journey.section.${name}` as 'journey.section.trip-ticket')}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* On the trip ticket, undo takes back one's own typing in the team's draft; elsewhere, one's own changes to the journey. */}
      <SharingBar place={`journey.section.${current}` as 'journey.section.trip-ticket'} document={current === 'trip-ticket' ? 'draft' : 'journey'} />
      <h2 className="nav-section-title">{t(`journey.section.${current}` as 'journey.section.trip-ticket')}</h2>
      <DocumentGate document={document} what="journey">
        {(journey, set) => <Section journey={journey} setJourney={(next) => set(next)} />}
      </DocumentGate>
    </article>
  );
}
