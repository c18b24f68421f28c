import type { DriverKind, DriverNode } from './diagram-schemas';

export type { DriverDiagram, DriverKind, DriverNode, Fishbone, FishboneCause } from './diagram-schemas';

/** The levels of a driver diagram below its aim. */
export const driverKinds = ['primary', 'secondary', 'change'] as const;

/** Whether a cause is something the system can change by its own action, only influence, or neither. */
export const causeReaches = ['control', 'influence', 'outside'] as const;
/** Where a cause places the problem: in the system (practices, policies, structures) or in students, families and communities. */
export const causeLocations = ['system', 'students'] as const;

/** The kind a node under `parent` has: primary under the aim, secondary under a primary driver, change ideas under the rest. */
export const childKind = (parent: Pick<DriverNode, 'kind'> | null): DriverKind => (parent === null ? 'primary' : parent.kind === 'primary' ? 'secondary' : 'change');

/** The usual bones of an education fishbone (a team renames, adds and removes them). */
export const defaultFishboneCategories = ['people', 'methods', 'materials', 'policies', 'environment', 'culture', 'leadership'] as const;
