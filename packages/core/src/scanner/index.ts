export { compileMatcher } from './compile-matcher';
export { rescan, type ScanResult } from './rescan';
export { scanStream } from './scan-stream';
export { loadMatcher, serializeMatcher } from './serialize-matcher';
export type * from './types';
export { SCANNED_KINDS } from './types';
