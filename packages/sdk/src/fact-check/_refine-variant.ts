import type { AtlasIndex, Chip, Mention } from '@aichips/core';
import { listVariants } from './_chip-figures';

const FORM_FACTOR_AFTER = /^[\s-]*(PCIe|SXM\d?|NVL|OAM)\b/i;

/**
 * "A100 PCIe" where the scanner matched only "A100": the form factor written after the name picks the variant
 * of that form factor whose name contains the matched text, when exactly one does.
 */
export function refineVariant(index: AtlasIndex, text: string, mention: Mention, chip: Chip): Chip {
  const written = FORM_FACTOR_AFTER.exec(text.slice(mention.end, mention.end + 12))?.[1];
  if (!written) return chip;
  const formFactor = written.toUpperCase().startsWith('SXM')
    ? 'SXM'
    : written.toUpperCase() === 'PCIE'
      ? 'PCIe'
      : written;
  if (chip.formFactor === formFactor) return chip;
  const name = mention.text.toLowerCase();
  const candidates = listVariants(index, chip.id).filter(
    (variant) => variant.formFactor === formFactor && variant.name.toLowerCase().includes(name),
  );
  return candidates.length === 1 ? (candidates[0] as Chip) : chip;
}
