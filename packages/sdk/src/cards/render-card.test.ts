import { createAtlasIndex } from '@aichips/core';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../test/tiny-dataset';
import { renderCandidates, renderCard } from './render-card';

const index = createAtlasIndex(tinyDataset());
const chip = index.byId.get('acme-x1');
if (!chip) throw new Error('fixture chip missing');

describe('renderCard()', () => {
  it('renders Markdown with specs, export control, events, numbered sources and the dataset version', () => {
    expect(renderCard(index, chip, { format: 'markdown' })).toMatchInlineSnapshot(`
      "**Acme X1** 艾克米X1 · *AI accelerator*

      Acme \\(United States\\) · China market · shipping · released 2024\\-03

      A data\\-centre accelerator cut down for export rules\\.

      | | |
      |---|---|
      | FP16 | 148 TFLOPS dense [1] (reported 148–160 TFLOPS; also reported: 160 TFLOPS (derived: half the 320 TFLOPS sparse figure a report gives) [2]) |
      | Memory | 96 GB HBM3 [1] |
      | Memory bandwidth | 4 TB/s [1] (reported 3\\.9–4 TB/s; also reported: 3\\.9 TB/s [2]) |
      | Interconnect | 900 GB/s bidirectional [1] |
      | Power | 400 W [1] |
      | Die area | 814 mm² [2] (low confidence) |

      **Export control**

      - 3A090 \\(Oct 2022 rule\\): **not\\-covered** — TPP 2368 is below 4800 *(same class under both readings of the reported values \\(TPP 2368–2560\\))*
      - 3A090 \\(Oct 2023 rule\\): **indeterminate** — the reported values disagree&#58; not\\-covered under preferred values; 3A090\\.b under FP16 dense 160 TFLOPS \\(alternative\\) *(2 readings of the reported values \\(TPP 2368–2560, PD 2\\.91–3\\.14\\); decided by FP16 dense)*

      *Indicative classification computed from the sourced figures above; not legal advice\\.*

      **Latest events**

      - 2024\\-03\\-01: Acme launches the X1

      **Sources**

      1. [Acme: Acme X1 datasheet](https://acme.example/x1.pdf) (2024\\-03)
      2. [Example News: Inside the X1](https://news.example/x1) (2024\\-04\\-02)

      *AI Chip Atlas dataset 1\\.2\\.3 \\(as of 2026\\-11\\-28\\)*"
    `);
  });

  it('renders plain text for terminals', () => {
    expect(renderCard(index, chip, { format: 'text' })).toMatchInlineSnapshot(`
      "Acme X1 艾克米X1 — AI accelerator
      Acme (United States) · China market · shipping · released 2024-03

      A data-centre accelerator cut down for export rules.

        FP16              148 TFLOPS dense [1] (reported 148–160 TFLOPS; also reported: 160 TFLOPS (derived: half the 320 TFLOPS sparse figure a report gives) [2])
        Memory            96 GB HBM3 [1]
        Memory bandwidth  4 TB/s [1] (reported 3.9–4 TB/s; also reported: 3.9 TB/s [2])
        Interconnect      900 GB/s bidirectional [1]
        Power             400 W [1]
        Die area          814 mm² [2] (low confidence)

      Export control
        3A090 (Oct 2022 rule): not-covered — TPP 2368 is below 4800
          same class under both readings of the reported values (TPP 2368–2560)
        3A090 (Oct 2023 rule): indeterminate — the reported values disagree: not-covered under preferred values; 3A090.b under FP16 dense 160 TFLOPS (alternative)
          2 readings of the reported values (TPP 2368–2560, PD 2.91–3.14); decided by FP16 dense
        Indicative classification computed from the sourced figures above; not legal advice.

      Latest events
        2024-03-01  Acme launches the X1

      Sources
        [1] Acme: Acme X1 datasheet (2024-03) https://acme.example/x1.pdf
        [2] Example News: Inside the X1 (2024-04-02) https://news.example/x1

      AI Chip Atlas dataset 1.2.3 (as of 2026-11-28)"
    `);
  });

  it('renders an HTML fragment', () => {
    expect(renderCard(index, chip, { format: 'html' })).toMatchInlineSnapshot(`
      "<article class="aichips-card">
      <header><h2>Acme X1 <span lang="zh">艾克米X1</span></h2><p class="kind">AI accelerator</p><p class="subtitle">Acme (United States) · China market · shipping · released 2024-03</p></header>
      <p class="summary">A data-centre accelerator cut down for export rules.</p>
      <table class="facts"><tr><th scope="row">FP16</th><td>148 TFLOPS dense<sup><a href="#source-1">[1]</a></sup> <small>(reported 148–160 TFLOPS; also reported: 160 TFLOPS (derived: half the 320 TFLOPS sparse figure a report gives)<sup><a href="#source-2">[2]</a></sup>)</small></td></tr><tr><th scope="row">Memory</th><td>96 GB HBM3<sup><a href="#source-1">[1]</a></sup></td></tr><tr><th scope="row">Memory bandwidth</th><td>4 TB/s<sup><a href="#source-1">[1]</a></sup> <small>(reported 3.9–4 TB/s; also reported: 3.9 TB/s<sup><a href="#source-2">[2]</a></sup>)</small></td></tr><tr><th scope="row">Interconnect</th><td>900 GB/s bidirectional<sup><a href="#source-1">[1]</a></sup></td></tr><tr><th scope="row">Power</th><td>400 W<sup><a href="#source-1">[1]</a></sup></td></tr><tr><th scope="row">Die area</th><td>814 mm²<sup><a href="#source-2">[2]</a></sup> <small>(low confidence)</small></td></tr></table>
      <section class="export-control"><h3>Export control</h3><ul><li>3A090 (Oct 2022 rule): <strong>not-covered</strong> — TPP 2368 is below 4800 <small>(same class under both readings of the reported values (TPP 2368–2560))</small></li><li>3A090 (Oct 2023 rule): <strong>indeterminate</strong> — the reported values disagree: not-covered under preferred values; 3A090.b under FP16 dense 160 TFLOPS (alternative) <small>(2 readings of the reported values (TPP 2368–2560, PD 2.91–3.14); decided by FP16 dense)</small></li></ul>
      <p class="disclaimer">Indicative classification computed from the sourced figures above; not legal advice.</p>
      </section>
      <section class="events"><h3>Latest events</h3><ul><li><time>2024-03-01</time> Acme launches the X1</li></ul></section>
      <section class="sources"><h3>Sources</h3><ol><li id="source-1"><a href="https://acme.example/x1.pdf" rel="noopener noreferrer">Acme: Acme X1 datasheet</a> (2024-03)</li><li id="source-2"><a href="https://news.example/x1" rel="noopener noreferrer">Example News: Inside the X1</a> (2024-04-02)</li></ol></section>
      <footer>AI Chip Atlas dataset 1.2.3 (as of 2026-11-28)</footer></article>"
    `);
  });

  it('lists the candidates of an ambiguous name', () => {
    const org = index.byId.get('acme');
    if (!org) throw new Error('fixture org missing');
    expect(renderCandidates('X1', [chip, org], 'markdown')).toMatchInlineSnapshot(`
      "“X1” can mean:

      - Acme X1 \\(chip, acme\\-x1\\)
      - Acme \\(organization, acme\\)"
    `);
  });
});

describe('renderCard() with a hostile dataset', () => {
  const hostile = createAtlasIndex(
    tinyDataset({
      chipName: 'X1 [click me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>',
      chipSummary:
        'Visit https://evil.example/pwn or www.evil.example, ![pixel](https://evil.example/p.png) \u001b[31mred',
      sourceTitle: 'Datasheet](javascript:alert(1)) <script>alert(1)</script>',
    }),
  );
  const evil = hostile.byId.get('acme-x1');
  if (!evil) throw new Error('fixture chip missing');

  it('cannot inject links, images, HTML or command URIs into Markdown', () => {
    const markdown = renderCard(hostile, evil, { format: 'markdown' });
    expect(markdown).not.toMatch(/\]\(command:/);
    expect(markdown).not.toMatch(/\]\(javascript:/);
    // Every "<" is backslash-escaped, so no tag can open.
    expect(markdown).not.toMatch(/(?<!\\)</);
    expect(markdown).not.toContain('https://evil');
    expect(markdown).not.toContain('www.evil');
    expect(markdown).not.toMatch(/(?<!\\)!\\?\[/);
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
