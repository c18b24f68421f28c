import type { Journey } from '@wayfinder/core/navigator';
import { newId } from '@wayfinder/core/navigator';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { LongList } from '@wayfinder/ui/long-list';
import { TripTicketDiff, TripTicketForm, TripTicketView } from '@wayfinder/ui/trip-ticket';
import { useRef, useState } from 'react';
import { appMessages } from '../../messages';
import { useShownTypology, withAddedStrategies } from '../../framework-words';
import { useTeamSharing } from '../../sharing';
import { versionLabel } from './version-label';

type SetJourney = (next: (journey: Journey) => Journey) => void;

/** The trip ticket being written (kept as a draft on every change), its saved versions, and what changed between two. */
export function TripTicketSection({ journey, setJourney }: { journey: Journey; setJourney: SetJourney }) {
  const t = useTranslate(appMessages);
  const { locale } = useLocale();
  const versions = journey.tripTicket;
  const latest = versions[versions.length - 1];
  const [compare, setCompare] = useState<[number, number]>([Math.max(0, versions.length - 2), versions.length - 1]);
  const label = versionLabel(t, locale, versions);
  const typology = useShownTypology(journey.typology);
  const initial = latest ? (({ id: _id, savedAt: _savedAt, ...draft }) => draft)(latest) : undefined;
  // Shared with the team, the draft is the team's: everyone's form shows it and writes into it.
  const shared = useTeamSharing();
  // The form starts afresh when versions arrive from elsewhere (a file opened), not when it saved
  // one itself: then it keeps its place, its focus and its confirmation. A shared form never does:
  // it follows the team's draft, and a teammate saving must not move anyone out of their answer.
  const savedHere = useRef(new Set<string>());
  const formKey = shared ? 'shared' : ([...versions].reverse().find((version) => !savedHere.current.has(version.id))?.id ?? 'first');
  const draftPlace = shared ? { draft: shared.draft, onDraftChange: shared.setDraft, guardLeaving: false } : { draftKey: `journey/${journey.id}/trip-ticket-draft` };
  return (
    <>
      <TripTicketForm
        key={formKey}
        hideTitle
        {...draftPlace}
        {...(initial ? { initial } : {})}
        typology={typology}
        onTypologyChange={(shown) => setJourney((current) => ({ ...current, typology: withAddedStrategies(current.typology, shown) }))}
        factors={journey.factors}
        measures={journey.measures}
        onSave={(draft) => {
          const id = newId();
          savedHere.current.add(id);
          setJourney((current) => ({ ...current, tripTicket: [...current.tripTicket, { ...draft, id, savedAt: new Date().toISOString() }] }));
          setCompare([Math.max(0, versions.length - 1), versions.length]);
          return { number: versions.length + 1 };
        }}
      />
      <section className="nav-section nav-screen-only" aria-labelledby="versions-title">
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
                    <select
                      value={compare[s]}
                      onChange={(event) => {
                        // Read now: the event's target is gone by the time an updater runs.
                        const chosen = Number(event.currentTarget.value);
                        setCompare((current) => (s === 0 ? [chosen, current[1]] : [current[0], chosen]));
                      }}
                    >
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
            {versions.length > 1 && versions[compare[0]] && versions[compare[1]] && (
              <TripTicketDiff
                before={versions[compare[0]]!}
                after={versions[compare[1]]!}
                labels={[t('journey.version.short', { number: compare[0] + 1 }), t('journey.version.short', { number: compare[1] + 1 })]}
                typology={typology}
                factors={journey.factors}
                measures={journey.measures}
              />
            )}
            {latest && <TripTicketView ticket={latest} typology={typology} />}
          </>
        )}
      </section>
    </>
  );
}

