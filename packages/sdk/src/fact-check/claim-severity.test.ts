import { describe, expect, it } from 'vitest';
import { getClaimSeverity } from './claim-severity';
import { CLAIM_VERDICTS } from './claim-types';

describe('getClaimSeverity()', () => {
  it('warns about every disagreement and stays quiet on consistent claims', () => {
    const severities = Object.fromEntries(CLAIM_VERDICTS.map((verdict) => [verdict, getClaimSeverity(verdict, false)]));
    expect(severities).toEqual({
      consistent: undefined,
      contradicted: 'warning',
      'sparse-as-dense': 'warning',
      'other-variant': 'warning',
      unverifiable: undefined,
    });
  });

  it('marks unverifiable claims as information only when asked to', () => {
    expect(getClaimSeverity('unverifiable', true)).toBe('information');
    expect(getClaimSeverity('consistent', true)).toBeUndefined();
  });
});
