import type { TripTicketDraft } from '@wayfinder/core/navigator';
import type { FieldErrors } from 'react-hook-form';
import type { TripTicketMessageKey } from './messages';

export const SECTIONS = ['meeting', 'headed', 'route', 'pitStops', 'arrival'] as const;
export type Section = (typeof SECTIONS)[number];

/** The questions whose answers count towards progress, each true once answered. */
export function answered(draft: TripTicketDraft): boolean[] {
  const written = (text: string | undefined) => (text ?? '').trim() !== '';
  const { headed, route, arrival } = draft;
  return [
    written(headed.equity),
    written(headed.scalingForEquity),
    written(headed.furthestFromOpportunity),
    written(headed.destination.depth),
    written(headed.destination.sustainability),
    written(headed.destination.spread),
    written(headed.destination.ownership),
    headed.equityConfiguration.choices.length > 0 || written(headed.equityConfiguration.other),
    route.strategies.length > 0,
    written(route.roadblocks),
    written(route.supports),
    draft.pitStops.length > 0,
    written(arrival.success),
    written(arrival.advancesEquity),
  ];
}

export interface FieldProblem {
  /** The field's name in the form, for focusing it. */
  name: string;
  section: Section;
  key: TripTicketMessageKey;
}

/**
 * The form's errors as a list in reading order, each in the kit's words (the schema's English
 * messages are for developers) and with the section it sits in.
 */
export function fieldProblems(errors: FieldErrors<TripTicketDraft>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (errors.date) problems.push({ name: 'date', section: 'meeting', key: 'tripTicket.error.date' });
  const people = errors.peoplePresent;
  if (people?.root || people?.message) problems.push({ name: 'peoplePresent', section: 'meeting', key: 'tripTicket.error.people' });
  if (Array.isArray(people)) {
    people.forEach((person, index) => {
      if (person?.name) problems.push({ name: `peoplePresent.${index}.name`, section: 'meeting', key: 'tripTicket.error.personName' });
    });
  }
  if (Array.isArray(errors.pitStops)) {
    errors.pitStops.forEach((stop, index) => {
      if (stop?.date) problems.push({ name: `pitStops.${index}.date`, section: 'pitStops', key: 'tripTicket.error.stopDate' });
    });
  }
  return problems;
}
