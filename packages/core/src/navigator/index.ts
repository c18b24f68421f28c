export { approachSchema, strategySchema, typologySchema } from './typology';
export type { Approach, Strategy, Typology } from './typology';
export { addCustomStrategy, defaultTypology, localizeTypology, translateTypology } from './typology-data';
export type { TypologyTranslation } from './typology-data';
export {
  JOURNEY_FORMAT,
  JOURNEY_VERSION,
  chosenStrategySchema,
  equityConfigurations,
  factorCategories,
  factorSchema,
  journeySchema,
  measurePointSchema,
  measureSchema,
  pdsaCycleSchema,
  personSchema,
  pitStopSchema,
  trackerEntrySchema,
  travelLogEntrySchema,
  tripTicketDraftSchema,
  tripTicketSaveSchema,
  tripTicketWorkSchema,
  tripTicketVersionSchema,
} from './journey';
export type { ChosenStrategy, Factor, Journey, Measure, MeasurePoint, PdsaCycle, Person, PitStop, TrackerEntry, TravelLogEntry, TripTicketDraft, TripTicketVersion } from './journey';
export { JourneyImportError, exportJourney, importJourney, journeyMigrations, readTripTicketDraft } from './transfer';
export type { ImportOptions, Migration } from './transfer';
export { danglingLinks, duplicateIds, repeatedPoints } from './links';
export { diffTripTicket } from './diff';
export type { Change } from './diff';
export { blankPdsaCycle, blankPitStop, blankTripTicket, emptyJourney, newId, nextTripTicketVersion, pitStopFromPlan } from './create';
export { causeLocations, causeReaches, childKind, defaultFishboneCategories, driverKinds } from './diagrams';
export { driverDiagramSchema, driverNodeSchema, fishboneCauseSchema, fishboneSchema } from './diagram-schemas';
export type { DriverDiagram, DriverKind, DriverNode, Fishbone, FishboneCause } from './diagram-schemas';
export { blankMeasure, measureCharts, measureKinds, measureScales } from './measure-kinds';
