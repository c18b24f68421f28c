import type { Journey } from '@wayfinder/core/navigator';
import { newId } from '@wayfinder/core/navigator';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { LongList } from '@wayfinder/ui/long-list';
import { TripTicketDiff, TripTicketForm, TripTicketView } from '@wayfinder/ui/trip-ticket';
import { useState } from 'react';
import { appMessages } from '../../messages';

type SetJourney = (next: (journey: Journey) => Journey) => void;

/** The trip ticket being written (kept as a draft on every change), its saved versions, and what changed between two. */
export function TripTicketSection({ journey, setJourney }: { journey: Journey; setJourney: SetJourney }) {
  const t = useTranslate(appMessages);
  const { locale } = useLocale();
  const announce = useAnnounce();
  const versions = journey.tripTicket;
  const latest = versions[versions.length - 1];
  const [compare, setCompare] = useState<[number, number]>([Math.max(0, versions.length - 2), versions.length - 1]);
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const label = (index: number) => t('journey.version', { date: versions[index]!.date, savedAt: stamp.format(new Date(versions[index]!.savedAt)) });
  const initial = latest ? (({ id: _id, savedAt: _savedAt, ...draft }) => draft)(latest) : undefined;
  return (
    <>
      <TripTicketForm
        key={latest?.id ?? 'first'}
        draftKey={`journey/${journey.id}/trip-ticket-draft`}
        {...(initial ? { initial } : {})}
        typology={journey.typology}
        onTypologyChange={(typology) => setJourney((current) => ({ ...current, typology }))}
        factors={journey.factors}
        measures={journey.measures}
        onSave={(draft) => {
          setJourney((current) => ({ ...current, tripTicket: [...current.tripTicket, { ...draft, id: newId(), savedAt: new Date().toISOString() }] }));
          setCompare([Math.max(0, versions.length - 1), versions.length]);
          announce(t('journey.saved', { date: draft.date }));
        }}
      />
      <section className="nav-section" aria-labelledby="versions-title">
        <h2 id="versions-title">{t('journey.versions')}</h2>
        {versions.length === 0 ? (
          <p>{t('journey.noVersions')}</p>
        ) : (
          <>
            <LongList as="ol" className="nav-versions" items={versions} itemKey={(version) => version.id}>
              {(_version, index) => label(index)}
            </LongList>
            {versions.length > 1 && (
              <fieldset className="nav-compare">
                <legend>{t('journey.compare')}</legend>
                {(['before', 'after'] as const).map((side, s) => (
                  <label key={side} className="nav-field">
                    {t(`journey.${side}`)}
                    <select value={compare[s]} onChange={(event) => setCompare((current) => (s === 0 ? [Number(event.currentTarget.value), current[1]] : [current[0], Number(event.currentTarget.value)]))}>
                      {versions.map((version, index) => (
                        <option key={version.id} value={index}>
                          {label(index)}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </fieldset>
            )}
            {versions.length > 1 && versions[compare[0]] && versions[compare[1]] && <TripTicketDiff before={versions[compare[0]]!} after={versions[compare[1]]!} />}
            {latest && <TripTicketView ticket={latest} typology={journey.typology} />}
          </>
        )}
      </section>
    </>
  );
}
