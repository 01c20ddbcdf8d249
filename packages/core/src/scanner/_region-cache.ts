import type { Mention, ScanOptions } from './types';

interface CachedRegions {
  text: string;
  code: boolean;
  urls: boolean;
  regions: number[];
}

// A rescan needs the skipped regions of the previous text; the scan that produced it already found them.
const cache = new WeakMap<Mention[], CachedRegions>();

export function rememberRegions(mentions: Mention[], text: string, options: ScanOptions, regions: number[]): void {
  cache.set(mentions, { text, code: options.skipCode === true, urls: options.skipUrls === true, regions });
}

export function recallRegions(mentions: Mention[], text: string, options: ScanOptions): number[] | undefined {
  const entry = cache.get(mentions);
  if (entry === undefined || entry.text !== text) return undefined;
  return entry.code === (options.skipCode === true) && entry.urls === (options.skipUrls === true)
    ? entry.regions
    : undefined;
}
