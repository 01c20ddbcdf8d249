export { classify } from './classify';
export { performanceDensity } from './performance-density';
export { computeTpp, type TppResult, tpp } from './tpp';
export type { Classification, ClassificationInput, ExportControlClass, ThresholdTest } from './types';
