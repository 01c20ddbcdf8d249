import { assembleDataset, type Dataset, type DatasetContent } from '@aichips/core';

/** A small, fixed dataset for card and loading tests, so snapshots do not move when real data grows. */
export function tinyContent(
  overrides: { chipSummary?: string; chipName?: string; sourceTitle?: string } = {},
): DatasetContent {
  return {
    chips: [
      {
        id: 'acme-x1',
        name: overrides.chipName ?? 'Acme X1',
        nameZh: '艾克米X1',
        aliases: ['X1 chip'],
        summary: overrides.chipSummary ?? 'A data-centre accelerator cut down for export rules.',
        sources: ['acme-datasheet'],
        vendor: 'acme',
        category: 'gpu',
        market: 'china',
        status: 'shipping',
        dataCenter: true,
        released: { date: '2024-03', sources: ['acme-datasheet'] },
        memory: {
          type: 'HBM3',
          capacity: { value: 96, unit: 'GB', sources: ['acme-datasheet'] },
          bandwidth: {
            value: 4,
            unit: 'TB/s',
            sources: ['acme-datasheet'],
            alternatives: [{ value: 3.9, sources: ['press-report'] }],
            preferredBecause: 'the vendor figure',
          },
        },
        compute: {
          fp16: {
            dense: {
              value: 148,
              unit: 'TFLOPS',
              sources: ['acme-datasheet'],
              alternatives: [
                {
                  value: 160,
                  sources: ['press-report'],
                  derivation: 'half the 320 TFLOPS sparse figure a report gives',
                },
              ],
            },
            sparse: { value: 296, unit: 'TFLOPS', sources: ['acme-datasheet'] },
          },
        },
        interconnect: {
          bandwidth: { value: 900, unit: 'GB/s', sources: ['acme-datasheet'] },
          direction: 'bidirectional',
        },
        dieArea: { value: 814, unit: 'mm²', sources: ['press-report'], confidence: 'low' },
        power: { value: 400, unit: 'W', sources: ['acme-datasheet'] },
      },
    ],
    families: [],
    organizations: [
      {
        id: 'acme',
        name: 'Acme',
        aliases: [],
        summary: 'A chip designer.',
        sources: ['acme-datasheet'],
        country: 'US',
        roles: ['chip-designer'],
      },
    ],
    people: [],
    models: [],
    regulations: [],
    events: [
      {
        id: '2024-03-01-acme-x1-launch',
        name: 'Acme launches the X1',
        aliases: [],
        summary: 'The X1 went on sale.',
        sources: ['press-report'],
        date: '2024-03-01',
        dateKind: 'announced',
        type: 'product-launch',
        participants: ['acme', 'acme-x1'],
      },
    ],
    sources: [
      {
        id: 'acme-datasheet',
        publisher: 'Acme',
        title: overrides.sourceTitle ?? 'Acme X1 datasheet',
        url: 'https://acme.example/x1.pdf',
        published: '2024-03',
        accessed: '2026-11-28',
        type: 'primary',
      },
      {
        id: 'press-report',
        publisher: 'Example News',
        title: 'Inside the X1',
        url: 'https://news.example/x1',
        published: '2024-04-02',
        accessed: '2026-11-28',
        type: 'press',
      },
    ],
  } as DatasetContent;
}

export function tinyDataset(overrides?: Parameters<typeof tinyContent>[0]): Dataset {
  return assembleDataset(tinyContent(overrides), '1.2.3');
}
