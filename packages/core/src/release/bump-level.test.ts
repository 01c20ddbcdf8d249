import { describe, expect, it } from 'vitest';
import { bumpBetween, compareBumps, maxBump } from './bump-level';

describe('bumpBetween()', () => {
  it('names the step between two versions', () => {
    expect(bumpBetween('1.2.3', '2.0.0')).toBe('major');
    expect(bumpBetween('0.1.0', '0.2.0')).toBe('minor');
    expect(bumpBetween('1.2.3', '1.2.4')).toBe('patch');
    expect(bumpBetween('1.2.3', '1.2.3')).toBe('none');
    expect(bumpBetween('1.2.3', '1.1.9')).toBe('none');
    expect(bumpBetween('1.2.3', '1.3.0-next.0')).toBe('minor');
  });
});

describe('maxBump() and compareBumps()', () => {
  it('orders none < patch < minor < major', () => {
    expect(maxBump(['patch', 'major', 'minor'])).toBe('major');
    expect(maxBump([])).toBe('none');
    expect(compareBumps('patch', 'minor')).toBeLessThan(0);
  });
});
