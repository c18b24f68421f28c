import fc from 'fast-check';
import type { Result } from '@wayfinder/core/errors';
import { importCoding, importMatrix } from '@wayfinder/core/logics/import';
import { importJourney } from '@wayfinder/core/navigator';
import { importAnalysis } from '@wayfinder/core/qca/analysis-file';
import type { QcaClient } from '@wayfinder/core/qca/client';
import { createMemoryStorage } from '@wayfinder/core/storage';
import { AgreementView } from '@wayfinder/ui/agreement-view';
import { QcaWorkbench } from '@wayfinder/ui/analysis-workbench';
import { CodingPanel } from '@wayfinder/ui/coding-panel';
import { EquityLogicMatrix, EquityMatrixSummary } from '@wayfinder/ui/equity-matrix';
import { FactorReview } from '@wayfinder/ui/factor-review';
import { LogicScoreGrid } from '@wayfinder/ui/logic-grid';
import { MeasuresPlan, PdsaCycleCard } from '@wayfinder/ui/measures';
import { PitStopChecklist } from '@wayfinder/ui/pit-stop';
import { WayfinderProvider } from '@wayfinder/ui/provider';
import { StrategyTracker } from '@wayfinder/ui/strategy-tracker';
import { TravelLog } from '@wayfinder/ui/travel-log';
import { TripTicketDiff, TripTicketView } from '@wayfinder/ui/trip-ticket';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analysisFile, codingFile, journeyFile, matrixFile, mutated } from './documents.ts';

afterEach(() => vi.restoreAllMocks());

const idle: QcaClient = { run: () => new Promise(() => {}), table: () => new Promise(() => {}), variants: () => new Promise(() => {}), superSubset: () => new Promise(() => {}), dispose: () => {} };

/**
 * Whatever a reader accepts, the widgets that show it render: no error escapes, and no widget's
 * boundary has to stand in for it.
 */
function rendersWhatItReads<T>(valid: string, read: (text: string) => Result<T>, show: (value: T) => ReactNode) {
  const failures = vi.spyOn(console, 'error').mockImplementation(() => {});
  let accepted = 0;
  fc.assert(
    fc.property(mutated(valid), (text) => {
      const result = read(text);
      if (!result.ok) return;
      accepted += 1;
      const { container } = render(<WayfinderProvider storage={createMemoryStorage()}>{show(result.value)}</WayfinderProvider>);
      expect(container.querySelectorAll('.wf-failure')).toHaveLength(0);
      cleanup();
    }),
    { numRuns: 100 },
  );
  expect(accepted).toBeGreaterThan(0);
  expect(failures).not.toHaveBeenCalled();
}

describe('what a reader accepts, the widgets render', () => {
  it('journey', () =>
    rendersWhatItReads(journeyFile(), importJourney, (journey) => {
      const strategies = journey.typology.strategies.slice(0, 2);
      const [first, last] = [journey.tripTicket[0], journey.tripTicket[journey.tripTicket.length - 1]];
      return (
        <>
          {journey.tripTicket.map((version) => (
            <TripTicketView key={version.id} ticket={version} typology={journey.typology} />
          ))}
          {first && last && first !== last && <TripTicketDiff before={first} after={last} />}
          {journey.pitStops.map((stop) => (
            <div key={stop.id}>
              <PitStopChecklist value={stop} />
              <StrategyTracker pitStopId={stop.id} strategies={strategies} value={journey.tracker} />
            </div>
          ))}
          <FactorReview value={journey.factors} />
          <MeasuresPlan strategies={strategies} value={journey.measures} />
          {journey.pdsaCycles.map((cycle) => (
            <PdsaCycleCard key={cycle.id} strategies={strategies} value={cycle} />
          ))}
          <TravelLog value={journey.travelLog} />
        </>
      );
    }));

  it('analysis', () => rendersWhatItReads(analysisFile(), importAnalysis, (analysis) => <QcaWorkbench value={analysis} createClient={() => idle} />));

  it('coding', () =>
    rendersWhatItReads(codingFile(), importCoding, (coding) => (
      <>
        <LogicScoreGrid coding={coding} />
        <CodingPanel value={coding} />
        <AgreementView coding={coding} />
      </>
    )));

  it('equity-logic matrix', () =>
    rendersWhatItReads(matrixFile(), importMatrix, (matrix) => (
      <>
        <EquityLogicMatrix value={matrix} />
        <EquityMatrixSummary matrix={matrix} />
      </>
    )));
});
