import type { TripTicketDraft, Typology } from '@wayfinder/core/navigator';
import { defaultTypology } from '@wayfinder/core/navigator';
import { dayFormatter } from '@wayfinder/core/messages';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { SECTIONS } from './fields';
import { tripTicketMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface TripTicketViewProps extends TitleOptions {
  ticket: TripTicketDraft;
  /** Names strategies by id. */
  typology?: Typology;
  className?: string;
}

/**
 * A trip ticket to read or print: every section and answer in order, unanswered questions said
 * to be so. Answers are shown as typed text, line breaks kept.
 */
export const TripTicketView = withErrorBoundary(function TripTicketView({ ticket, typology = defaultTypology, className, headingLevel = 3, hideTitle = false }: TripTicketViewProps) {
  const t = useTranslate(tripTicketMessages);
  const day = dayFormatter(useLocale().locale);
  const titleId = useId();
  const answer = (value: string) => (value.trim() === '' ? <span className="wf-trip-view__none">{t('tripTicket.unanswered')}</span> : value);
  const item = (label: string, value: ReactNode) => (
    <div className="wf-trip-view__item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const strategyName = (id: string) => typology.strategies.find((strategy) => strategy.id === id)?.name ?? id;
  const { headed, route, arrival } = ticket;
  const sections: Record<(typeof SECTIONS)[number], ReactNode> = {
    meeting: (
      <>
        {item(t('tripTicket.date'), day(ticket.date))}
        {item(t('tripTicket.people'), ticket.peoplePresent.length ? ticket.peoplePresent.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)).join(', ') : answer(''))}
      </>
    ),
    headed: (
      <>
        {item(t('tripTicket.equity'), answer(headed.equity))}
        {item(t('tripTicket.scalingForEquity'), answer(headed.scalingForEquity))}
        {item(t('tripTicket.furthest'), answer(headed.furthestFromOpportunity))}
        {item(t('tripTicket.destination.depth'), answer(headed.destination.depth))}
        {item(t('tripTicket.destination.sustainability'), answer(headed.destination.sustainability))}
        {item(t('tripTicket.destination.spread'), answer(headed.destination.spread))}
        {item(t('tripTicket.destination.ownership'), answer(headed.destination.ownership))}
        {item(
          t('tripTicket.configuration'),
          answer([...headed.equityConfiguration.choices.map((choice) => t(`tripTicket.configuration.${choice}`)), headed.equityConfiguration.other].filter(Boolean).join('; ')),
        )}
      </>
    ),
    route: (
      <>
        {item(
          t('tripTicket.readOnly.strategies'),
          route.strategies.length === 0 ? (
            t('tripTicket.readOnly.none')
          ) : (
            <ul>
              {route.strategies.map((choice) => (
                <li key={choice.strategyId}>
                  <strong>{strategyName(choice.strategyId)}</strong>
                  {choice.theoryOfAction && <>: {choice.theoryOfAction}</>}
                </li>
              ))}
            </ul>
          ),
        )}
        {item(t('tripTicket.roadblocks'), answer(route.roadblocks))}
        {item(t('tripTicket.supports'), answer(route.supports))}
      </>
    ),
    pitStops: item(
      t('tripTicket.section.pitStops'),
      ticket.pitStops.length === 0 ? (
        t('tripTicket.readOnly.none')
      ) : (
        <ul>
          {ticket.pitStops.map((stop) => (
            <li key={stop.id}>
              <strong>{day(stop.date)}</strong> — {stop.why} {stop.focus && <>({stop.focus})</>}
            </li>
          ))}
        </ul>
      ),
    ),
    arrival: (
      <>
        {item(t('tripTicket.success'), answer(arrival.success))}
        {item(t('tripTicket.advancesEquity'), answer(arrival.advancesEquity))}
      </>
    ),
  };
  return (
    <article className={className ? `wf-trip-view ${className}` : 'wf-trip-view'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId}>{t('tripTicket.title')}</Heading>
      {SECTIONS.map((section) => (
        <section key={section} className="wf-trip-view__section">
          <Heading level={headingLevel + 1}>{t(`tripTicket.section.${section}`)}</Heading>
          <dl>{sections[section]}</dl>
        </section>
      ))}
      <p className="wf-trip__credit">{t('tripTicket.credit')}</p>
    </article>
  );
});
