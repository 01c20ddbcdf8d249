import { assembleDataset, type Dataset, type DatasetContent } from '@aichips/core';
import { tinyContent } from './tiny-dataset';

type ChipContent = DatasetContent['chips'][number];

/**
 * The tiny dataset plus a PCIe variant of the Acme X1 and an unrelated Acme X2, so every verdict of the claim
 * checker can be reached without the real data.
 */
export function claimsContent(): DatasetContent {
  const content = tinyContent();
  const x1 = content.chips[0] as ChipContent;
  const datasheet = { sources: ['acme-datasheet'] };
  const pcie = {
    ...x1,
    id: 'acme-x1-pcie',
    name: 'Acme X1 PCIe',
    nameZh: undefined,
    aliases: [],
    variantOf: 'acme-x1',
    formFactor: 'PCIe',
    memory: {
      type: 'HBM2e',
      capacity: { value: 80, unit: 'GB', ...datasheet },
      bandwidth: { value: 2, unit: 'TB/s', ...datasheet },
    },
    compute: { fp8: { dense: { value: 300, unit: 'TFLOPS', ...datasheet } } },
    interconnect: undefined,
    dieArea: undefined,
    power: { value: 300, unit: 'W', ...datasheet },
    process: { node: 'N5', nm: { value: 5, unit: 'nm', ...datasheet }, ...datasheet },
  } as ChipContent;
  const x2 = {
    ...x1,
    id: 'acme-x2',
    name: 'Acme X2',
    nameZh: undefined,
    aliases: [],
    memory: { capacity: { value: 80, unit: 'GB', ...datasheet } },
    compute: { fp16: { dense: { value: 500, unit: 'TFLOPS', ...datasheet } } },
    interconnect: undefined,
    dieArea: undefined,
    power: { value: 700, unit: 'W', ...datasheet, alternatives: [{ value: 600, sources: ['press-report'] }] },
  } as ChipContent;
  content.chips = [x1, pcie, x2];
  return content;
}

export function claimsDataset(): Dataset {
  return assembleDataset(claimsContent(), '1.2.3');
}
