import { agreementMessagesEs } from './agreement-view/messages';
import { workbenchMessagesEs } from './analysis-workbench/messages';
import { calibrationMessagesEs } from './calibration-slider/messages';
import { codingPanelMessagesEs } from './coding-panel/messages';
import { equityMatrixMessagesEs } from './equity-matrix/messages';
import { errorBoundaryMessagesEs } from './error-boundary/messages';
import { factorReviewMessagesEs } from './factor-review/messages';
import { logicGridMessagesEs } from './logic-grid/messages';
import { longListMessagesEs } from './long-list/messages';
import { measuresMessagesEs } from './measures/messages';
import { noticeMessagesEs } from './notice/messages';
import { pitStopMessagesEs } from './pit-stop/messages';
import { presenceMessagesEs } from './presence/messages';
import { solutionMessagesEs } from './solution-view/messages';
import { strategyPickerMessagesEs } from './strategy-picker/messages';
import { trackerMessagesEs } from './strategy-tracker/messages';
import { travelLogMessagesEs } from './travel-log/messages';
import { tripTicketMessagesEs } from './trip-ticket/messages';
import { truthTableMessagesEs } from './truth-table-viewer/messages';
import { xyPlotMessagesEs } from './xy-plot/messages';
import { vennMessagesEs } from './venn-diagram/messages';
import { controlChartMessagesEs } from './control-chart/messages';
import { measureDataMessagesEs } from './measure-data/messages';
import { driverDiagramMessagesEs } from './driver-diagram/messages';
import { fishboneMessagesEs } from './fishbone/messages';

/**
 * Spanish for every styled widget, as one flat catalogue for `WayfinderProvider messages`.
 * A host can spread it and override any key with its own terminology.
 */
export const localeEs = {
  ...agreementMessagesEs,
  ...calibrationMessagesEs,
  ...codingPanelMessagesEs,
  ...equityMatrixMessagesEs,
  ...errorBoundaryMessagesEs,
  ...factorReviewMessagesEs,
  ...logicGridMessagesEs,
  ...longListMessagesEs,
  ...measuresMessagesEs,
  ...noticeMessagesEs,
  ...pitStopMessagesEs,
  ...presenceMessagesEs,
  ...solutionMessagesEs,
  ...strategyPickerMessagesEs,
  ...trackerMessagesEs,
  ...travelLogMessagesEs,
  ...tripTicketMessagesEs,
  ...truthTableMessagesEs,
  ...workbenchMessagesEs,
  ...xyPlotMessagesEs,
  ...vennMessagesEs,
  ...controlChartMessagesEs,
  ...measureDataMessagesEs,
  ...driverDiagramMessagesEs,
  ...fishboneMessagesEs,
} as const;
