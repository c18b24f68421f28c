import type { Journey, PdsaCycle, PitStop, TrackerEntry } from '@wayfinder/core/navigator';
import { blankPdsaCycle, blankPitStop, exportJourney, importJourney, newId, pitStopFromPlan } from '@wayfinder/core/navigator';
import { dayFormatter, localIsoText } from '@wayfinder/core/messages';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { Collapsible } from '@wayfinder/ui/collapsible';
import { FactorReview } from '@wayfinder/ui/factor-review';
import { LongList } from '@wayfinder/ui/long-list';
import { DriverDiagram } from '@wayfinder/ui/driver-diagram';
import { Fishbone } from '@wayfinder/ui/fishbone';
import { MeasureData } from '@wayfinder/ui/measure-data';
import type { ChartAnnotation } from '@wayfinder/ui/control-chart';
import { ControlChart } from '@wayfinder/ui/control-chart';
import { measureGroups, measureRequest } from '@wayfinder/core/navigator/measure-chart';
import { MeasuresPlan, PdsaCycleCard } from '@wayfinder/ui/measures';
import { PitStopChecklist } from '@wayfinder/ui/pit-stop';
import { StrategyTracker } from '@wayfinder/ui/strategy-tracker';
import { TravelLog } from '@wayfinder/ui/travel-log';
import { UndoNotice, useUndoableRemoval } from '@wayfinder/ui/undo-notice';
import { useState } from 'react';
import { DocumentFile } from '../../document-file';
import { appMessages } from '../../messages';
import { useFactorGuide, useShownTypology } from '../../framework-words';
import { versionLabel } from './version-label';

/** Groups of fewer students than this are not shown on a chart, and of fewer than that flagged as unstable (the measures page says so). */
const GROUP_PRIVACY = { hideBelow: 10, flagBelow: 20 };

type SetJourney = (next: (journey: Journey) => Journey) => void;
export interface SectionProps {
  journey: Journey;
  setJourney: SetJourney;
}

/** The strategies the latest trip ticket chose, named from the journey's typology in the reader's language. */
function useChosenStrategies(journey: Journey) {
  const typology = useShownTypology(journey.typology);
  const latest = journey.tripTicket[journey.tripTicket.length - 1];
  return (latest?.route.strategies ?? []).map((chosen) => ({ id: chosen.strategyId, name: typology.strategies.find((strategy) => strategy.id === chosen.strategyId)?.name ?? chosen.strategyId }));
}

/** Today's date where the team is (not in UTC, which is tomorrow in the Americas by the evening). */
const today = () => localIsoText(new Date()).slice(0, 10);

/** Focus on what was just added or brought back, once it is on the page. */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** A removed pit stop with its place and its strategy reviews, all of which an undo brings back. */
interface RemovedStop {
  stop: PitStop;
  index: number;
  tracker: TrackerEntry[];
  serial: number;
}

export function PitStopsSection({ journey, setJourney }: SectionProps) {
  const t = useTranslate(appMessages);
  const { locale } = useLocale();
  const day = dayFormatter(locale);
  const versionName = versionLabel(t, locale, journey.tripTicket);
  const strategies = useChosenStrategies(journey);
  const [removed, setRemoved] = useState<RemovedStop | null>(null);
  const replace = (stop: PitStop) => setJourney((current) => ({ ...current, pitStops: current.pitStops.map((entry) => (entry.id === stop.id ? stop : entry)) }));
  const add = (stop: PitStop) => {
    setJourney((current) => ({ ...current, pitStops: [...current.pitStops, stop] }));
    focusSoon(`stop-${stop.id}`);
  };
  // The stops the latest trip ticket plans that the team has not started yet.
  const planned = (journey.tripTicket.at(-1)?.pitStops ?? []).filter((plan) => !journey.pitStops.some((stop) => stop.plannedStopId === plan.id));
  const remove = (stop: PitStop) => {
    const index = journey.pitStops.findIndex((entry) => entry.id === stop.id);
    setRemoved((previous) => ({ stop, index, tracker: journey.tracker.filter((entry) => entry.pitStopId === stop.id), serial: (previous?.serial ?? 0) + 1 }));
    setJourney((current) => ({ ...current, pitStops: current.pitStops.filter((entry) => entry.id !== stop.id), tracker: current.tracker.filter((entry) => entry.pitStopId !== stop.id) }));
  };
  const pitStopStatus = (stop: PitStop) => {
    const questions = Object.values(stop.checklist);
    const decided = strategies.filter((strategy) => journey.tracker.some((entry) => entry.pitStopId === stop.id && entry.strategyId === strategy.id && entry.review.decision !== null)).length;
    return t('journey.pitStop.status', { done: questions.filter((question) => question.done).length, questions: questions.length, decided, strategies: strategies.length });
  };
  const undo = () => {
    if (!removed) return;
    setJourney((current) => ({ ...current, pitStops: [...current.pitStops.slice(0, removed.index), removed.stop, ...current.pitStops.slice(removed.index)], tracker: [...current.tracker, ...removed.tracker] }));
    setRemoved(null);
    focusSoon(`stop-${removed.stop.id}`);
  };
  return (
    <>
      <button type="button" className="wf-button" onClick={() => add(blankPitStop(today()))}>
        {t('journey.addPitStop')}
      </button>
      {planned.length > 0 && (
        <section className="nav-planned" aria-labelledby="planned-title">
          <h3 id="planned-title">{t('journey.planned')}</h3>
          <ul>
            {planned.map((plan) => (
              <li key={plan.id}>
                <span>
                  <strong>{day(plan.date)}</strong> {plan.why}
                </span>
                <button type="button" className="wf-button" aria-label={t('journey.planned.startOn', { date: day(plan.date) })} onClick={() => add(pitStopFromPlan(plan))}>
                  {t('journey.planned.start')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {removed && <UndoNotice key={removed.serial} message={t('journey.pitStop.removed', { date: day(removed.stop.date) })} undoLabel={t('journey.undo')} onUndo={undo} />}
      {journey.pitStops.length === 0 && <p>{t('journey.noPitStops')}</p>}
      <LongList items={[...journey.pitStops].reverse()} itemKey={(stop) => stop.id}>
        {(stop, index) => (
          <section className="nav-section" id={`stop-${stop.id}`} tabIndex={-1} aria-labelledby={`stop-${stop.id}-title`}>
            {/* The newest stop starts open; earlier ones fold to a line that says where each stands. */}
            <Collapsible level={3} titleId={`stop-${stop.id}-title`} title={t('journey.pitStop', { date: day(stop.date) })} status={pitStopStatus(stop)} defaultOpen={index === 0} className="nav-stop">
              <PitStopChecklist hideTitle value={stop} onChange={replace} onRemove={() => remove(stop)} />
              {journey.tripTicket.length > 0 && (
                <label className="nav-field">
                  {t('journey.pitStop.version')}
                  <select value={stop.tripTicketVersionId ?? ''} onChange={(event) => replace({ ...stop, tripTicketVersionId: event.currentTarget.value || null })}>
                    <option value="">{t('journey.pitStop.noVersion')}</option>
                    {journey.tripTicket.map((version, index) => (
                      <option key={version.id} value={version.id}>
                        {versionName(index)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {strategies.length > 0 && <StrategyTracker headingLevel={4} pitStopId={stop.id} strategies={strategies} value={journey.tracker} onChange={(tracker) => setJourney((current) => ({ ...current, tracker: [...tracker] }))} />}
            </Collapsible>
          </section>
        )}
      </LongList>
    </>
  );
}

export function FactorsSection({ journey, setJourney }: SectionProps) {
  const guide = useFactorGuide();
  return <FactorReview hideTitle guide={guide} value={journey.factors} onChange={(factors) => setJourney((current) => ({ ...current, factors: [...factors] }))} />;
}

export function MeasuresSection({ journey, setJourney }: SectionProps) {
  const t = useTranslate(appMessages);
  const strategies = useChosenStrategies(journey);
  const setCycles = (update: (cycles: readonly PdsaCycle[]) => readonly PdsaCycle[]) => setJourney((current) => ({ ...current, pdsaCycles: [...update(current.pdsaCycles)] }));
  const removal = useUndoableRemoval(setCycles, (id) => document.getElementById(`cycle-${id}`)?.focus());
  const add = () => {
    const cycle = blankPdsaCycle(null, today());
    setCycles((cycles) => [...cycles, cycle]);
    focusSoon(`cycle-${cycle.id}`);
  };
  // Numbered in the order they were started; the newest is shown first.
  const numbered = journey.pdsaCycles.map((cycle, index) => ({ cycle, number: index + 1, id: cycle.id })).reverse();
  const cycleLabel = (cycle: PdsaCycle, number: number) => t('journey.cycle.label', { number, title: cycle.title.trim() || cycle.plan.test.trim() || '—' });
  // On a measure's chart: the cycles that study it (or name no measure) by their start, and every pit stop.
  const annotationsOf = (measureId: string): ChartAnnotation[] => [
    ...journey.pdsaCycles.flatMap((cycle, index) => (cycle.startedOn && (cycle.measureIds.length === 0 || cycle.measureIds.includes(measureId)) ? [{ at: cycle.startedOn, label: t('journey.cycle.mark', { number: index + 1 }), kind: 'pdsa' as const }] : [])),
    ...journey.pitStops.map((stop) => ({ at: stop.date, label: t('journey.pitStop.mark'), kind: 'pit-stop' as const })),
  ];
  return (
    <>
      <MeasuresPlan strategies={strategies} value={journey.measures} onChange={(measures) => setJourney((current) => ({ ...current, measures: [...measures] }))} />
      {journey.measures.length > 0 && (
        <section className="nav-section" aria-labelledby="measure-data-title">
          <h3 id="measure-data-title">{t('journey.measureData')}</h3>
          <p>{t('journey.measureData.intro')}</p>
          {journey.measures.map((measure, index) => (
            <Collapsible key={measure.id} level={4} title={measure.measure.trim() || t('journey.measure.untitled', { number: index + 1 })} status={t('journey.measure.status', { count: measure.data.length })} defaultOpen={index === 0}>
              <MeasureData
                headingLevel={5}
                hideTitle
                value={measure}
                annotations={annotationsOf(measure.id)}
                privacy={GROUP_PRIVACY}
                onChange={(next) => setJourney((current) => ({ ...current, measures: current.measures.map((each) => (each.id === next.id ? next : each)) }))}
              />
            </Collapsible>
          ))}
        </section>
      )}
      <section className="nav-section" aria-labelledby="cycles-title">
        <h3 id="cycles-title">{t('journey.cycles')}</h3>
        <button type="button" className="wf-button" onClick={add}>
          {t('journey.addCycle')}
        </button>
        {removal.removed && (
          <UndoNotice
            key={removal.removed.serial}
            message={t('journey.cycle.removed', { number: removal.removed.index + 1, title: removal.removed.item.title.trim() || removal.removed.item.plan.test.trim() || '—' })}
            undoLabel={t('journey.undo')}
            onUndo={removal.undo}
          />
        )}
        {numbered.length === 0 && <p>{t('journey.noCycles')}</p>}
        <LongList items={numbered} itemKey={(entry) => entry.id}>
          {({ cycle, number }) => (
            <div id={`cycle-${cycle.id}`} tabIndex={-1} className="nav-cycle">
              <PdsaCycleCard
                headingLevel={4}
                number={number}
                strategies={strategies}
                measures={journey.measures}
                earlierCycles={journey.pdsaCycles.slice(0, number - 1).map((earlier, index) => ({ id: earlier.id, label: cycleLabel(earlier, index + 1) }))}
                studyData={<CycleData journey={journey} cycle={cycle} number={number} />}
                value={cycle}
                onChange={(next) => setCycles((cycles) => cycles.map((entry) => (entry.id === next.id ? next : entry)))}
                onRemove={() => removal.remove(journey.pdsaCycles, cycle)}
              />
            </div>
          )}
        </LongList>
      </section>
    </>
  );
}

/** Periods shown before a cycle's start on its study chart: enough to see where the measure stood. */
const STUDY_CONTEXT_PERIODS = 6;

/**
 * The data a PDSA cycle's study step reads: for each measure the cycle studies, its chart from a
 * few periods before the cycle's start to its end (or the latest value), the start and end marked.
 */
function CycleData({ journey, cycle, number }: { journey: Journey; cycle: PdsaCycle; number: number }) {
  const t = useTranslate(appMessages);
  const studied = journey.measures.filter((measure) => cycle.measureIds.includes(measure.id) && measure.data.length > 0);
  if (studied.length === 0 || !cycle.startedOn) return null;
  const annotations: ChartAnnotation[] = [
    { at: cycle.startedOn, label: t('journey.cycle.mark', { number }), kind: 'pdsa' },
    ...(cycle.endedOn ? [{ at: cycle.endedOn, label: t('journey.cycle.end'), kind: 'pdsa' as const }] : []),
  ];
  return (
    <>
      {studied.map((measure) => {
        // The cycle's window: some periods before it started, then up to its end.
        const periods = [...new Set(measure.data.map((point) => point.period))].sort();
        const firstIn = periods.findIndex((period) => period >= cycle.startedOn!);
        const from = periods[Math.max(0, (firstIn === -1 ? periods.length : firstIn) - STUDY_CONTEXT_PERIODS)]!;
        const windowed = { ...measure, data: measure.data.filter((point) => point.period >= from && (!cycle.endedOn || point.period <= cycle.endedOn)) };
        const series = measureGroups(windowed).map((group) => ({ name: group, request: measureRequest(windowed, group).request }));
        return series.length > 0 ? <ControlChart key={measure.id} headingLevel={5} title={t('journey.cycle.studyTitle', { measure: measure.measure.trim() || t('journey.measure.untitled', { number: journey.measures.indexOf(measure) + 1 }), number })} series={series} focalGroup={measure.focalGroup} percent={series[0]!.request.multiply === 100} goal={measure.goal} annotations={annotations} privacy={GROUP_PRIVACY} /> : null;
      })}
    </>
  );
}

/**
 * The team's map of change: the fishbone of the problem's causes, whose causes can become drivers or
 * change ideas, and the driver diagram from the aim (the trip ticket's destination) to change ideas
 * linked to strategies, measures and PDSA cycles.
 */
export function ChangeMapSection({ journey, setJourney }: SectionProps) {
  const t = useTranslate(appMessages);
  const strategies = useChosenStrategies(journey);
  const latest = journey.tripTicket[journey.tripTicket.length - 1];
  const destination = latest ? Object.values(latest.headed.destination).map((part) => part.trim()).filter(Boolean).join(' ') : '';
  return (
    <>
      <Fishbone
        headingLevel={3}
        value={journey.fishbone}
        onChange={(fishbone) => setJourney((current) => ({ ...current, fishbone }))}
        onPromote={(cause, kind) =>
          setJourney((current) => {
            // A change idea goes under the last driver the team added, where there is one; a driver under the aim.
            const lastDriver = [...current.driverDiagram.nodes].reverse().find((node) => node.kind !== 'change');
            const node = { id: newId(), kind, parentId: kind === 'change' ? (lastDriver?.id ?? null) : null, text: cause.text, strategyId: null, measureIds: [], pdsaCycleIds: [] };
            return { ...current, driverDiagram: { ...current.driverDiagram, nodes: [...current.driverDiagram.nodes, node] } };
          })
        }
      />
      <DriverDiagram
        headingLevel={3}
        value={journey.driverDiagram}
        onChange={(driverDiagram) => setJourney((current) => ({ ...current, driverDiagram }))}
        strategies={strategies}
        measures={journey.measures.map((measure, index) => ({ id: measure.id, name: measure.measure.trim() || t('journey.measure.untitled', { number: index + 1 }) }))}
        cycles={journey.pdsaCycles.map((cycle, index) => ({ id: cycle.id, name: t('journey.cycle.label', { number: index + 1, title: cycle.title.trim() || cycle.plan.test.trim() || '—' }) }))}
        destination={destination}
      />
    </>
  );
}

export function TravelLogSection({ journey, setJourney }: SectionProps) {
  const strategies = useChosenStrategies(journey);
  return <TravelLog hideTitle strategies={strategies} value={journey.travelLog} onChange={(travelLog) => setJourney((current) => ({ ...current, travelLog: [...travelLog] }))} />;
}

/** Everyone listed as present at a saved trip-ticket version, with how often and when they took part. */
export function DriversSection({ journey }: SectionProps) {
  const t = useTranslate(appMessages);
  const day = dayFormatter(useLocale().locale);
  const people = new Map<string, { name: string; roles: Set<string>; times: number; first: string; last: string }>();
  for (const version of journey.tripTicket) {
    for (const person of version.peoplePresent) {
      const key = person.name.trim().toLocaleLowerCase();
      const known = people.get(key);
      if (known) {
        known.times += 1;
        if (person.role) known.roles.add(person.role);
        known.last = version.date > known.last ? version.date : known.last;
        known.first = version.date < known.first ? version.date : known.first;
      } else people.set(key, { name: person.name.trim(), roles: new Set(person.role ? [person.role] : []), times: 1, first: version.date, last: version.date });
    }
  }
  const rows = [...people.values()].sort((a, b) => b.times - a.times || a.name.localeCompare(b.name));
  return (
    <>
      <p>{t('journey.drivers.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('journey.drivers.none')}</p>
      ) : (
        <div className="nav-scroll wf-scroll-hint" role="region" aria-label={t('journey.section.drivers')} tabIndex={0}>
          <table className="nav-table">
            <thead>
              <tr>
                <th scope="col">{t('journey.drivers.name')}</th>
                <th scope="col">{t('journey.drivers.role')}</th>
                <th scope="col">{t('journey.drivers.times')}</th>
                <th scope="col">{t('journey.drivers.first')}</th>
                <th scope="col">{t('journey.drivers.last')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td>{[...row.roles].join(', ')}</td>
                  <td>{row.times}</td>
                  <td>{day(row.first)}</td>
                  <td>{day(row.last)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function FileSection({ journey, setJourney }: SectionProps) {
  const t = useTranslate(appMessages);
  return (
    <>
      <p>{t('journey.file.intro')}</p>
      <label className="nav-field">
        {t('journey.name')}
        <input
          value={journey.name}
          onChange={(event) => {
            const name = event.currentTarget.value;
            setJourney((current) => ({ ...current, name }));
          }}
        />
      </label>
      <DocumentFile write={() => exportJourney(journey)} filename={`${journey.name || 'journey'}.journey.json`} read={importJourney} onOpen={(opened) => setJourney(() => opened)} />
    </>
  );
}
