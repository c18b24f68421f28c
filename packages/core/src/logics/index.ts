export { LogicsError } from './errors';
export { codeSchema, defaultScheme, logicById, logicSchema, schemeCodes, schemeSchema } from './scheme';
export type { Code, CodeInput, Logic, Scheme } from './scheme';
export { CODING_FORMAT, CODING_VERSION, codersOf, codingLinkIssues, codingSchema, countSchema, emptyCoding, poles, respondentSchema, segmentSchema } from './coding';
export type { CodeCount, Coding, Pole, Respondent, Segment } from './coding';
export { codeScore, evidenceFor, gridLogics, gridPoints, groupValues, logicRange, quadrantOf, scoreCoding } from './scores';
export type { GridAxes, GridPoint, PoleCounts, Quadrant, RespondentScores, ScoreOptions, Sign } from './scores';
export { coderAgreement, cohensKappa, kappaStrength } from './agreement';
export type { CodeAgreement, CoderAgreement, GridMove, Kappa, KappaStrength } from './agreement';
