import { calibrationMessagesEs } from './calibration-slider/messages';
import { noticeMessagesEs } from './notice/messages';
import { solutionMessagesEs } from './solution-view/messages';
import { strategyPickerMessagesEs } from './strategy-picker/messages';
import { tripTicketMessagesEs } from './trip-ticket/messages';
import { truthTableMessagesEs } from './truth-table-viewer/messages';
import { xyPlotMessagesEs } from './xy-plot/messages';

/**
 * Spanish for every styled widget, as one flat catalogue for `WayfinderProvider messages`.
 * A host can spread it and override any key with its own terminology.
 */
export const localeEs = {
  ...calibrationMessagesEs,
  ...noticeMessagesEs,
  ...solutionMessagesEs,
  ...strategyPickerMessagesEs,
  ...tripTicketMessagesEs,
  ...truthTableMessagesEs,
  ...xyPlotMessagesEs,
} as const;
