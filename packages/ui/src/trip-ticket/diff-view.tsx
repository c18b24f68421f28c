import type { Change, TripTicketVersion } from '@wayfinder/core/navigator';
import { diffTripTicket } from '@wayfinder/core/navigator';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useId, useMemo } from 'react';
import { tripTicketMessages } from './messages';
import type { TripTicketMessageKey } from './messages';
import { withErrorBoundary } from '../error-boundary';

/** The form's label for a changed answer, from its path; answers without their own label go by their section's. */
function labelOf(path: Change['path']): TripTicketMessageKey {
  const key = questionOf(path);
  if (key in tripTicketMessages) return key;
  return String(path[0]) === 'route' ? 'tripTicket.section.route' : 'tripTicket.section.arrival';
}

function questionOf(path: Change['path']): TripTicketMessageKey {
  const [first, second, third] = path.map(String);
  if (first === 'date') return 'tripTicket.date';
  if (first === 'peoplePresent') return 'tripTicket.people';
  if (first === 'headed' && second === 'destination') return `tripTicket.destination.${third}` as TripTicketMessageKey;
  if (first === 'headed' && second === 'equityConfiguration') return 'tripTicket.configuration';
  if (first === 'headed' && second === 'furthestFromOpportunity') return 'tripTicket.furthest';
  if (first === 'headed') return `tripTicket.${second}` as TripTicketMessageKey;
  if (first === 'route' && second === 'strategies') return 'tripTicket.readOnly.strategies';
  if (first === 'route') return `tripTicket.${second}` as TripTicketMessageKey;
  if (first === 'pitStops') return 'tripTicket.section.pitStops';
  return `tripTicket.${second}` as TripTicketMessageKey;
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * What changed between two saved trip-ticket versions ("since the last pit stop"): each added,
 * removed or changed answer under its question, old and new text side by side.
 */
export const TripTicketDiff = withErrorBoundary(function TripTicketDiff({ before, after, className }: { before: TripTicketVersion; after: TripTicketVersion; className?: string }) {
  const t = useTranslate(tripTicketMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const changes = useMemo(() => diffTripTicket(before, after), [before, after]);
  const day = (date: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return (
    <section className={className ? `wf-trip-diff ${className}` : 'wf-trip-diff'} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('tripTicket.diff.title', { before: day(before.date), after: day(after.date) })}</h3>
      {changes.length === 0 ? (
        <p className="wf-trip__credit">{t('tripTicket.diff.none')}</p>
      ) : (
        <ul className="wf-trip-diff__changes">
          {changes.map((change) => (
            <li key={change.path.join('.')} data-kind={change.kind}>
              <p className="wf-trip-diff__label">
                <strong>{t(labelOf(change.path))}</strong> · {t(`tripTicket.diff.${change.kind}`)}
              </p>
              {change.kind !== 'added' && <del className="wf-trip-diff__before">{show(change.before)}</del>}
              {change.kind !== 'removed' && <ins className="wf-trip-diff__after">{show(change.after)}</ins>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
