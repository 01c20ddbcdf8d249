import { describe, expect, it } from 'vitest';
import { renderTppDensityChart } from './tpp-density-chart';

describe('renderTppDensityChart()', () => {
  it('shades the four regions of the October 2023 rule', () => {
    const svg = renderTppDensityChart([]);
    expect(svg.match(/<rect class="region-a"/g)).toHaveLength(2);
    expect(svg.match(/<rect class="region-b"/g)).toHaveLength(2);
    for (const tick of ['1,600', '2,400', '4,800', '1.6', '3.2', '5.92']) expect(svg).toContain(`>${tick}</text>`);
  });

  it('places a chip inside 3A090.a when its TPP is at least 4800', () => {
    const svg = renderTppDensityChart([{ id: 'x', label: 'X', tpp: 6000, density: 1, highlighted: true }]);
    const region = /<rect class="region-a" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"\/>/.exec(svg)!;
    const [x, y, width, height] = region.slice(1).map(Number) as [number, number, number, number];
    const dot = /<circle class="chip highlighted" cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)!;
    const [cx, cy] = dot.slice(1).map(Number) as [number, number];
    expect(cx).toBeGreaterThan(x);
    expect(cx).toBeLessThan(x + width);
    expect(cy).toBeGreaterThan(y);
    expect(cy).toBeLessThan(y + height);
  });

  it('escapes chip names', () => {
    const svg = renderTppDensityChart([
      { id: 'x', label: '<script>alert(1)</script>', tpp: 2000, density: 2, highlighted: true },
    ]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });
});
