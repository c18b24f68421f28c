import type { Change, TripTicketVersion, Typology } from '@wayfinder/core/navigator';
import { defaultTypology, diffTripTicket } from '@wayfinder/core/navigator';
import { dayFormatter } from '@wayfinder/core/messages';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useId, useMemo } from 'react';
import { withErrorBoundary } from '../error-boundary';
import { strategyPickerMessages } from '../strategy-picker/messages';
import { tripTicketMessages } from './messages';
import type { TripTicketMessageKey } from './messages';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface TripTicketDiffProps extends TitleOptions {
  before: TripTicketVersion;
  after: TripTicketVersion;
  /** How the two versions are called in the title, e.g. `['version 2 (Sep 1)', 'version 3 (Dec 6)']`; by default their meeting days, with save times when the days are the same. */
  labels?: readonly [string, string];
  /** Names strategies by id. */
  typology?: Typology;
  /** The journey's factors and measures, to name the ones the ticket links to. */
  factors?: readonly { id: string; name: string }[];
  measures?: readonly { id: string; measure: string }[];
  className?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, name: string): string => (isRecord(value) && typeof value[name] === 'string' ? value[name] : '');

/**
 * What changed between two saved trip-ticket versions ("since the last pit stop"), in words: each
 * person, strategy, planned stop, choice and link added or removed by name, each rewritten answer
 * under its question with the old and new text side by side.
 */
export const TripTicketDiff = withErrorBoundary(function TripTicketDiff({ before, after, labels, typology = defaultTypology, factors = [], measures = [], className, headingLevel = 3, hideTitle = false }: TripTicketDiffProps) {
  const t = useTranslate(tripTicketMessages);
  const ts = useTranslate(strategyPickerMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const changes = useMemo(() => diffTripTicket(before, after), [before, after]);
  const stampFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const day = useMemo(() => dayFormatter(locale), [locale]);
  const [beforeLabel, afterLabel] = labels ?? (before.date === after.date ? [stampFormat.format(new Date(before.savedAt)), stampFormat.format(new Date(after.savedAt))] : [day(before.date), day(after.date)]);
  const strategyName = (id: string) => typology.strategies.find((strategy) => strategy.id === id)?.name ?? id;

  /** The question a change belongs to, in the form's words. */
  const label = ({ path }: Change): string => {
    const [first, second, third, fourth] = path.map(String);
    if (first === 'date') return t('tripTicket.date');
    if (first === 'peoplePresent') return t('tripTicket.people');
    if (first === 'pitStops') return t('tripTicket.section.pitStops');
    if (first === 'headed' && second === 'destination') return t(`tripTicket.destination.${third}` as TripTicketMessageKey);
    if (first === 'headed' && second === 'equityConfiguration') return t('tripTicket.configuration');
    if (first === 'headed' && second === 'furthestFromOpportunity') return t('tripTicket.furthest');
    if (first === 'headed') return t(`tripTicket.${second}` as TripTicketMessageKey);
    if (first === 'route' && second === 'strategies') {
      const strategy = strategyName(third!);
      if (fourth === 'theoryOfAction') return ts('strategies.theoryOfAction', { strategy });
      if (fourth === 'steps') return ts('strategies.steps', { strategy });
      if (fourth === 'acceptableToAll') return `${strategy}: ${ts('strategies.acceptable')}`;
      if (fourth === 'affordableForAll') return `${strategy}: ${ts('strategies.affordable')}`;
      return t('tripTicket.readOnly.strategies');
    }
    if (first === 'route' && second === 'factorIds') return t('tripTicket.factors');
    if (first === 'arrival' && second === 'measureIds') return t('tripTicket.measures');
    if (first === 'route') return t(`tripTicket.${second}` as TripTicketMessageKey);
    return t(`tripTicket.${second}` as TripTicketMessageKey);
  };

  /** One side of a change as a reader would say it; never the stored shape. */
  const words = ({ path }: Change, value: unknown): string => {
    const [first, second, third, fourth] = path.map(String);
    if (value === null || typeof value === 'boolean') return ts(value === true ? 'strategies.yes' : value === false ? 'strategies.no' : 'strategies.unsure');
    if (first === 'date') return day(String(value));
    if (first === 'peoplePresent') {
      const [name, role] = [field(value, 'name'), field(value, 'role')];
      return role ? t('tripTicket.diff.person', { name, role }) : name;
    }
    if (first === 'pitStops') {
      const [date, why, focus] = [field(value, 'date'), field(value, 'why'), field(value, 'focus')];
      const said = { date: date ? day(date) : t('tripTicket.diff.noDate'), why: why || t('tripTicket.unanswered') };
      return focus ? t('tripTicket.diff.stopFocus', { ...said, focus }) : t('tripTicket.diff.stop', said);
    }
    if (first === 'headed' && second === 'equityConfiguration' && third === 'choices') return t(`tripTicket.configuration.${String(value)}` as TripTicketMessageKey);
    if (first === 'route' && second === 'strategies' && fourth === undefined) {
      const theory = field(value, 'theoryOfAction');
      return theory ? `${strategyName(third!)}: ${theory}` : strategyName(third!);
    }
    if (first === 'route' && second === 'strategies' && fourth === 'steps') return field(value, 'text');
    if (first === 'route' && second === 'factorIds') return factors.find((factor) => factor.id === value)?.name || t('tripTicket.diff.unnamed');
    if (first === 'arrival' && second === 'measureIds') return measures.find((measure) => measure.id === value)?.measure || t('tripTicket.diff.unnamed');
    return typeof value === 'string' ? value : isRecord(value) ? Object.values(value).filter((part) => typeof part === 'string' && part !== '').join(' · ') : String(value);
  };

  return (
    <section className={className ? `wf-trip-diff ${className}` : 'wf-trip-diff'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId}>{t('tripTicket.diff.title', { before: beforeLabel, after: afterLabel })}</Heading>
      {changes.length === 0 ? (
        <p className="wf-trip__credit">{t('tripTicket.diff.none')}</p>
      ) : (
        <ul className="wf-trip-diff__changes">
          {changes.map((change) => (
            <li key={change.path.join('.')} data-kind={change.kind}>
              <p className="wf-trip-diff__label">
                <strong>{label(change)}</strong> · {t(`tripTicket.diff.${change.kind}`)}
              </p>
              {change.kind !== 'added' && <del className="wf-trip-diff__before">{words(change, change.before)}</del>}
              {change.kind !== 'removed' && <ins className="wf-trip-diff__after">{words(change, change.after)}</ins>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
