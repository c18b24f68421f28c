import * as z from 'zod/mini';
import { idSchema as id } from '../id-schema';
import { typologySchema } from './typology';
import { driverDiagramSchema, fishboneSchema } from './diagram-schemas';
import { measureCharts, measureKinds, measureScales } from './measure-kinds';

/**
 * One team's scaling-for-equity journey: the trip ticket's saved versions and the other five
 * Navigator tools, linked by ids (a strategy in the tracker is the strategy chosen in the trip
 * ticket; a measure in the plan is the one the trip ticket names). Free text is stored as typed,
 * whatever its length or script; widgets render it as text.
 */
const text = z.string();
/** `YYYY-MM-DD`, a day of the calendar as the team wrote it (no time zone games). */
const day = z.iso.date('issue.realDate');
const instant = z.iso.datetime({ offset: true, error: 'issue.isoInstant' });
const yesNo = z.nullable(z.boolean());

/** Someone at the meeting; the `id` (given to people added since it existed) tells two people of one name apart while a team writes the ticket together. */
export const personSchema = z.object({ id: z.optional(id), name: z.string().check(z.minLength(1, 'issue.nameEmpty')), role: text });

export const equityConfigurations = ['underserved-schools', 'groups-first', 'owners-of-colour', 'all'] as const;

export const chosenStrategySchema = z.object({
  strategyId: id,
  /** "If … then … for whom, under what conditions". */
  theoryOfAction: text,
  steps: z.array(z.object({ id, text })),
  acceptableToAll: yesNo,
  affordableForAll: yesNo,
});

export const tripTicketVersionSchema = z.object({
  id,
  savedAt: instant,
  date: day,
  peoplePresent: z.array(personSchema),
  headed: z.object({
    equity: text,
    scalingForEquity: text,
    furthestFromOpportunity: text,
    destination: z.object({ depth: text, sustainability: text, spread: text, ownership: text }),
    equityConfiguration: z.object({ choices: z.array(z.enum(equityConfigurations)), other: text }),
  }),
  route: z.object({
    strategies: z.array(chosenStrategySchema),
    roadblocks: text,
    supports: text,
    factorIds: z.array(id),
  }),
  pitStops: z.array(z.object({ id, date: day, why: text, focus: text })),
  arrival: z.object({ success: text, advancesEquity: text, measureIds: z.array(id) }),
});

/** A trip ticket being written: the answers without the version's id and save time. */
export const tripTicketDraftSchema = z.omit(tripTicketVersionSchema, { id: true, savedAt: true });

/**
 * A trip ticket while it is being written, as a form keeps it between visits: whole in its shape,
 * but a day or a name may still be empty or half typed (they are checked when the version is saved).
 */
export const tripTicketWorkSchema = z.extend(tripTicketDraftSchema, {
  date: text,
  peoplePresent: z.array(z.object({ id: z.optional(id), name: text, role: text })),
  pitStops: z.array(z.object({ id, date: text, why: text, focus: text })),
});

/** What a version needs before it is saved: a valid date and at least one person present. */
export const tripTicketSaveSchema = z.extend(tripTicketDraftSchema, {
  peoplePresent: z.array(personSchema).check(z.minLength(1, 'issue.personPresent')),
});

export const pitStopSchema = z.object({
  id,
  date: day,
  kind: z.enum(['planned', 'unplanned']),
  /** What made an unplanned stop necessary: an election, a new superintendent, a hurricane. */
  occasion: text,
  checklist: z.object({
    stillHeaded: z.object({ notes: text, done: z.boolean() }),
    broken: z.object({ notes: text, done: z.boolean() }),
    fuel: z.object({ notes: text, done: z.boolean() }),
    driving: z.object({ notes: text, done: z.boolean() }),
  }),
  /** The trip-ticket version saved at this stop, if the team revised it. */
  tripTicketVersionId: z.nullable(id),
  /** The stop planned in a trip ticket that this one carries out, if any. */
  plannedStopId: z.nullable(id),
});

export const trackerEntrySchema = z.object({
  id,
  pitStopId: id,
  strategyId: id,
  members: z.array(z.string()),
  steps: z.array(z.object({ id, text, when: text, lead: text })),
  review: z.object({
    stillAcceptable: yesNo,
    stillAffordable: yesNo,
    whatTheDataSay: text,
    roadblocks: text,
    decision: z.nullable(z.enum(['keep', 'revise', 'remove'])),
    why: text,
    /** For a strategy added at this stop: the evidence that it will work. */
    evidence: text,
  }),
});

export const factorCategories = ['innovation', 'educators', 'team', 'context'] as const;

export const factorSchema = z.object({
  id,
  category: z.enum(factorCategories),
  /** May be empty while the team has not named it yet. */
  name: text,
  description: text,
  supports: text,
  barriers: text,
  actions: text,
});


/**
 * One value of a measure: its period (the day it stands for, e.g. the first of a month), the
 * value, a denominator where the value is a count out of one (students passing of students
 * enrolled), and the group it is for ('' = all students), so the students furthest from
 * opportunity can be seen next to everyone.
 */
export const measurePointSchema = z.object({
  period: day,
  value: z.number(),
  denominator: z.nullable(z.number().check(z.positive())),
  group: text,
});

export const measureSchema = z.object({
  id,
  /** A scaling intention (depth, spread, …) or a strategy id. */
  target: z.union([z.enum(['depth', 'sustainability', 'spread', 'ownership']), z.object({ strategyId: id })]),
  measure: text,
  schedule: text,
  who: text,
  findings: text,
  /** Version 3: outcome, process or balancing; null while the team has not said. */
  kind: z.nullable(z.enum(measureKinds)),
  /** Version 3: what the numbers are (null: not said yet; the chart is then a run chart). */
  scale: z.nullable(z.enum(measureScales)),
  /** Version 3: the chart the team chose over the one the scale suggests (null: the suggestion). */
  chart: z.nullable(z.enum(measureCharts)),
  /** Version 3: where the team wants the measure to be, drawn as a target line. */
  goal: z.nullable(z.number()),
  /** Version 3: the group the measure looks at first (the students furthest from opportunity); null: none. */
  focalGroup: z.nullable(text),
  /** Version 3: the periods from which a change was made: each starts a new part with its own centre line and limits. */
  changes: z.array(day),
  /** Version 3: the last period of a frozen baseline (later periods are tested against its limits); null: none. */
  baselineUntil: z.nullable(day),
  /** Version 3: the values over time. */
  data: z.array(measurePointSchema),
});

export const pdsaCycleSchema = z.object({
  id,
  /** What the cycle tests, in a few words ("Exit tickets in grade 7"). */
  title: text,
  startedOn: z.nullable(day),
  /** Version 3: the day the cycle ended (null while it runs). */
  endedOn: z.nullable(day),
  strategyId: z.nullable(id),
  /** Version 3: the measures the cycle studies; its dates are marked on their charts. */
  measureIds: z.array(id),
  /** Version 3: the cycle this one builds on (a ramp of cycles); null for the first of a ramp. */
  buildsOnId: z.nullable(id),
  plan: z.object({ test: text, prediction: text, instruments: text }),
  do: text,
  study: text,
  act: z.object({ decision: z.nullable(z.enum(['abandon', 'revise', 'expand'])), notes: text }),
});

export const travelLogEntrySchema = z.object({
  id,
  at: instant,
  what: text,
  withWhom: text,
  where: text,
  minutes: z.nullable(z.int().check(z.nonnegative())),
  decisions: text,
  /** The strategies the activity served. */
  strategyIds: z.array(id),
});

export const JOURNEY_FORMAT = 'wayfinder.journey';
export const JOURNEY_VERSION = 3;

export const journeySchema = z.object({
  format: z.literal(JOURNEY_FORMAT),
  schemaVersion: z.literal(JOURNEY_VERSION),
  id,
  name: text,
  typology: typologySchema,
  tripTicket: z.array(tripTicketVersionSchema),
  pitStops: z.array(pitStopSchema),
  tracker: z.array(trackerEntrySchema),
  factors: z.array(factorSchema),
  measures: z.array(measureSchema),
  pdsaCycles: z.array(pdsaCycleSchema),
  travelLog: z.array(travelLogEntrySchema),
  /** Version 3: aim, primary and secondary drivers, change ideas. */
  driverDiagram: driverDiagramSchema,
  /** Version 3: the problem's causes by category, tagged by the equity filters. */
  fishbone: fishboneSchema,
});

export type Person = z.infer<typeof personSchema>;
export type ChosenStrategy = z.infer<typeof chosenStrategySchema>;
export type TripTicketVersion = z.infer<typeof tripTicketVersionSchema>;
export type TripTicketDraft = z.infer<typeof tripTicketDraftSchema>;
export type PitStop = z.infer<typeof pitStopSchema>;
export type TrackerEntry = z.infer<typeof trackerEntrySchema>;
export type Factor = z.infer<typeof factorSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type MeasurePoint = z.infer<typeof measurePointSchema>;
export type PdsaCycle = z.infer<typeof pdsaCycleSchema>;
export type TravelLogEntry = z.infer<typeof travelLogEntrySchema>;
export type Journey = z.infer<typeof journeySchema>;
