import type { Contender } from './_baselines';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds one call takes. */
export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Median milliseconds per run of each contender, measured in interleaved rounds after warm-up rounds, so a
 * busy machine slows all of them alike. A contender slower than `slowMs` a run gets only `slowRounds`.
 */
export function race(
  contenders: readonly Contender[],
  { rounds = 15, warmup = 3, slowMs = 1000, slowRounds = 3 } = {},
) {
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const slow = new Set<string>();
  for (let round = 0; round < warmup + rounds; round++) {
    for (const contender of contenders) {
      const runs = times.get(contender.name)!;
      if (slow.has(contender.name) && (round < warmup || runs.length >= slowRounds)) continue;
      const ms = time(contender.run);
      if (ms > slowMs) slow.add(contender.name);
      if (round >= warmup || slow.has(contender.name)) runs.push(ms);
    }
  }
  return new Map([...times].map(([name, runs]) => [name, median(runs)]));
}

/** A small seeded generator (mulberry32), so every run scans the same corpus and makes the same edits. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
