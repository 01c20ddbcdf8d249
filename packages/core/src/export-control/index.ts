export { classify } from './classify';
export { inputLabel } from './input-label';
export { performanceDensity } from './performance-density';
export { computeTpp, type TppResult, tpp } from './tpp';
export type {
  Classification,
  ClassificationInput,
  ClassificationReading,
  ExportControlClass,
  ReadingValue,
  ThresholdTest,
} from './types';
