export type { SpcPart, SpcPoint, SpcResult } from './chart';
export { spcChart } from './chart';
export type { SpcChart, SpcErrorCode, SpcRequest } from './request';
export { checkSpcRequest, SPC_CHARTS, SpcError } from './request';
export type { SpcSignal } from './signals';
export { chartSignals } from './signals';
