export { directionOfKey, layoutPoints, nearestInDirection } from './layout';
export type { Direction, GridGeometry, PlacedPoint } from './layout';
