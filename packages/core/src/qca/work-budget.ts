import { QcaError } from './errors';

/**
 * Counts units of work (row visits, combinations looked at) against a budget. Counting work, not
 * time, gives the same result on every machine: a search stops at the same place on a fast laptop
 * and on a busy server.
 */
export class WorkMeter {
  private left: number;

  constructor(budget: number) {
    this.left = budget;
  }

  spend(units: number): void {
    this.left -= units;
  }

  /** True once the budget is used up. */
  get spent(): boolean {
    return this.left < 0;
  }
}

/** The error of a search that used up its budget: what it was doing and how far it got, so a reader can decide what to change. */
export function budgetError(message: string): QcaError {
  return new QcaError('qca/budget', message);
}
