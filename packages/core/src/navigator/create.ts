import type { Journey, TripTicketDraft, TripTicketVersion } from './journey';
import { JOURNEY_FORMAT, JOURNEY_VERSION } from './journey';
import type { Typology } from './typology';
import { defaultTypology } from './typology-data';

/** A fresh id; ids only need to be unique within a journey, and these are unique everywhere. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function emptyJourney(name = '', typology: Typology = defaultTypology): Journey {
  return { format: JOURNEY_FORMAT, schemaVersion: JOURNEY_VERSION, id: newId(), name, typology, tripTicket: [], pitStops: [], tracker: [], factors: [], measures: [], pdsaCycles: [], travelLog: [] };
}

/** A trip ticket with every answer still to write, dated `day` (`YYYY-MM-DD`). */
export function blankTripTicket(day: string): TripTicketDraft {
  return {
    date: day,
    peoplePresent: [],
    headed: {
      equity: '',
      scalingForEquity: '',
      furthestFromOpportunity: '',
      destination: { depth: '', sustainability: '', spread: '', ownership: '' },
      equityConfiguration: { choices: [], other: '' },
    },
    route: { strategies: [], roadblocks: '', supports: '', factorIds: [] },
    pitStops: [],
    arrival: { success: '', advancesEquity: '', measureIds: [] },
  };
}

/** A blank trip ticket for today, or a copy of the latest version to revise at a pit stop. */
export function nextTripTicketVersion(journey: Journey, now: Date = new Date()): TripTicketVersion {
  const latest = journey.tripTicket[journey.tripTicket.length - 1];
  const stamp = { id: newId(), savedAt: now.toISOString(), date: now.toISOString().slice(0, 10) };
  return latest ? { ...structuredClone(latest), ...stamp } : { ...blankTripTicket(stamp.date), ...stamp };
}
