import { createAtlasIndex } from '@aichips/core';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../test/tiny-dataset';
import { renderCandidates, renderCard } from './render-card';

const index = createAtlasIndex(tinyDataset());
const chip = index.byId.get('acme-x1');
if (!chip) throw new Error('fixture chip missing');

describe('renderCard()', () => {
  it('renders Markdown with specs, export control, events, numbered sources and the dataset version', () => {
    expect(renderCard(index, chip, { format: 'markdown' })).toMatchInlineSnapshot();
  });

  it('renders plain text for terminals', () => {
    expect(renderCard(index, chip, { format: 'text' })).toMatchInlineSnapshot();
  });

  it('renders an HTML fragment', () => {
    expect(renderCard(index, chip, { format: 'html' })).toMatchInlineSnapshot();
  });

  it('lists the candidates of an ambiguous name', () => {
    const org = index.byId.get('acme');
    if (!org) throw new Error('fixture org missing');
    expect(renderCandidates('X1', [chip, org], 'markdown')).toMatchInlineSnapshot();
  });
});

describe('renderCard() with a hostile dataset', () => {
  const hostile = createAtlasIndex(
    tinyDataset({
      chipName: 'X1 [click me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>',
      chipSummary: 'Visit https://evil.example/pwn or www.evil.example, ![pixel](https://evil.example/p.png) \u001b[31mred',
      sourceTitle: 'Datasheet](javascript:alert(1)) <script>alert(1)</script>',
    }),
  );
  const evil = hostile.byId.get('acme-x1');
  if (!evil) throw new Error('fixture chip missing');

  it('cannot inject links, images, HTML or command URIs into Markdown', () => {
    const markdown = renderCard(hostile, evil, { format: 'markdown' });
    expect(markdown).not.toMatch(/\]\(command:/);
    expect(markdown).not.toMatch(/\]\(javascript:/);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<script');
    expect(markdown).not.toContain('https://evil');
    expect(markdown).not.toContain('www.evil');
    expect(markdown).not.toContain('![');
    expect(markdown).not.toContain('\u001b');
    // The only links are the card's own source links.
    const links = [...markdown.matchAll(/\]\((https:[^)]*)\)/g)].map((m) => m[1]);
    expect(links).toEqual(['https://acme.example/x1.pdf', 'https://news.example/x1']);
  });

  it('cannot inject tags or attributes into HTML', () => {
    const html = renderCard(hostile, evil, { format: 'html' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/href="(?!https:\/\/(acme|news)\.example|#source-)/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('strips terminal control sequences from text', () => {
    expect(renderCard(hostile, evil, { format: 'text' })).not.toContain('\u001b');
  });
});
