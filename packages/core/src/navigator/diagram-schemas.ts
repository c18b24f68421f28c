import * as z from 'zod/mini';
import { idSchema as id } from '../id-schema';
import { causeLocations, causeReaches, driverKinds } from './diagrams';

const text = z.string();

export type DriverKind = (typeof driverKinds)[number];

/**
 * A node of a driver diagram: a primary driver (under the aim), a secondary driver (under a
 * primary one) or a change idea (under a driver), with what a change idea links to: a strategy of
 * the typology, measures and the PDSA cycles that test it.
 */
export const driverNodeSchema = z.object({
  id,
  kind: z.enum(driverKinds),
  /** The node above: null for a primary driver (it hangs from the aim). */
  parentId: z.nullable(id),
  text,
  strategyId: z.nullable(id),
  measureIds: z.array(id),
  pdsaCycleIds: z.array(id),
});

/** Aim → primary drivers → secondary drivers → change ideas. */
export const driverDiagramSchema = z.object({
  /** What, how much, by when, for whom (the trip ticket's destination, in the team's words). */
  aim: text,
  nodes: z.array(driverNodeSchema),
});


export const fishboneCauseSchema = z.object({
  id,
  categoryId: id,
  /** The cause this one answers "why?" of (a sub-cause); null for a cause on the bone itself. */
  parentId: z.nullable(id),
  text,
  reach: z.nullable(z.enum(causeReaches)),
  about: z.nullable(z.enum(causeLocations)),
});

/** A cause-and-effect diagram: the problem at the head, bones of causes, each cause tagged by the equity filters. */
export const fishboneSchema = z.object({
  problem: text,
  categories: z.array(z.object({ id, name: text })),
  causes: z.array(fishboneCauseSchema),
});

export type DriverNode = z.infer<typeof driverNodeSchema>;
export type DriverDiagram = z.infer<typeof driverDiagramSchema>;
export type FishboneCause = z.infer<typeof fishboneCauseSchema>;
export type Fishbone = z.infer<typeof fishboneSchema>;
