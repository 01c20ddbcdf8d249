/** How much a release changes for its users, from nothing to breaking. */
export type BumpLevel = 'none' | 'patch' | 'minor' | 'major';

export const BUMP_LEVELS: readonly BumpLevel[] = ['none', 'patch', 'minor', 'major'];

export function isBumpLevel(text: string): text is BumpLevel {
  return (BUMP_LEVELS as readonly string[]).includes(text);
}

/** Negative when `a` asks for less than `b`, zero when equal, positive when more. */
export function compareBumps(a: BumpLevel, b: BumpLevel): number {
  return BUMP_LEVELS.indexOf(a) - BUMP_LEVELS.indexOf(b);
}

export function maxBump(levels: Iterable<BumpLevel>): BumpLevel {
  let highest: BumpLevel = 'none';
  for (const level of levels) if (compareBumps(level, highest) > 0) highest = level;
  return highest;
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

/** The step between two versions: `1.2.3` → `1.3.0` is minor; equal or lower is none. */
export function bumpBetween(from: string, to: string): BumpLevel {
  const a = SEMVER.exec(from)?.slice(1, 4).map(Number);
  const b = SEMVER.exec(to)?.slice(1, 4).map(Number);
  if (!a || !b) return 'none';
  const levels: BumpLevel[] = ['major', 'minor', 'patch'];
  for (let i = 0; i < 3; i++) {
    if ((b[i] as number) > (a[i] as number)) return levels[i] as BumpLevel;
    if ((b[i] as number) < (a[i] as number)) return 'none';
  }
  return 'none';
}
