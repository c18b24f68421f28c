import type { Journey, PdsaCycle, PitStop, TripTicketDraft, TripTicketVersion } from './journey';
import { JOURNEY_FORMAT, JOURNEY_VERSION } from './journey';
import type { Typology } from './typology';
import { defaultTypology } from './typology-data';

/** A fresh id; ids only need to be unique within a journey, and these are unique everywhere. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function emptyJourney(name = '', typology: Typology = defaultTypology): Journey {
  return { format: JOURNEY_FORMAT, schemaVersion: JOURNEY_VERSION, id: newId(), name, typology, tripTicket: [], pitStops: [], tracker: [], factors: [], measures: [], pdsaCycles: [], travelLog: [], driverDiagram: { aim: '', nodes: [] }, fishbone: { problem: '', categories: [], causes: [] } };
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

/** A pit stop on `day` with the four questions still open. */
export function blankPitStop(day: string, kind: PitStop['kind'] = 'planned'): PitStop {
  const open = () => ({ notes: '', done: false });
  return { id: newId(), date: day, kind, occasion: '', checklist: { stillHeaded: open(), broken: open(), fuel: open(), driving: open() }, tripTicketVersionId: null, plannedStopId: null };
}

/** The pit stop that carries out a stop planned in a trip ticket: its day, and why it was planned as the occasion. */
export function pitStopFromPlan(planned: { id: string; date: string; why: string; focus: string }): PitStop {
  const occasion = [planned.why, planned.focus].filter((text) => text.trim() !== '').join(' — ');
  return { ...blankPitStop(planned.date, 'planned'), occasion, plannedStopId: planned.id };
}

/** A plan-do-study-act cycle with nothing written yet, optionally about one strategy. */
export function blankPdsaCycle(strategyId: string | null = null, startedOn: string | null = null): PdsaCycle {
  return { id: newId(), title: '', startedOn, endedOn: null, strategyId, measureIds: [], buildsOnId: null, plan: { test: '', prediction: '', instruments: '' }, do: '', study: '', act: { decision: null, notes: '' } };
}

