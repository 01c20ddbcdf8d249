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

describe('renderTppDensityChart() with reported spreads', () => {
  it('draws the box every reading falls in and says whether the class is robust', () => {
    const svg = renderTppDensityChart([
      {
        id: 'x',
        label: 'X',
        tpp: 5120,
        density: 7.7,
        highlighted: true,
        spread: { tpp: { min: 4096, max: 6016 }, density: { min: 6.2, max: 9 } },
        verdict: { classification: '3A090.a', robust: true },
      },
    ]);
    const box = /<rect class="spread" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)">/.exec(svg)!;
    const [bx, , width] = box.slice(1).map(Number) as [number, number, number];
    const dot = /<circle class="chip highlighted" cx="([\d.]+)"/.exec(svg)!;
    expect(Number(dot[1])).toBeGreaterThan(bx);
    expect(Number(dot[1])).toBeLessThan(bx + width);
    expect(svg).toContain('TPP 4096–6016, PD 6.20–9.00 over the reported values');
    expect(svg).toContain('X — 3A090.a, robust</text>');
  });

  it('draws no box for a chip whose readings all agree on one figure', () => {
    const svg = renderTppDensityChart([
      {
        id: 'x',
        label: 'X',
        tpp: 2368,
        density: 2.9,
        highlighted: true,
        verdict: { classification: 'not-covered', robust: true },
      },
    ]);
    expect(svg).not.toContain('class="spread"');
    expect(svg).toContain('X — not-covered</text>');
  });
});
