import type { Chip } from '../schema/chip';

/** The fields a writer needs for a data-centre chip, each with the test that it is present. */
export const DEPTH_FIELDS = {
  'dense FP16/BF16, FP8 or INT8': (chip: Chip) =>
    Boolean(
      chip.compute?.fp16?.dense ?? chip.compute?.bf16?.dense ?? chip.compute?.fp8?.dense ?? chip.compute?.int8?.dense,
    ),
  'memory capacity': (chip: Chip) => chip.memory?.capacity !== undefined,
  'memory bandwidth': (chip: Chip) => chip.memory?.bandwidth !== undefined,
  'interconnect bandwidth': (chip: Chip) => chip.interconnect !== undefined,
  TDP: (chip: Chip) => chip.power !== undefined,
  process: (chip: Chip) => chip.process !== undefined,
  'announcement date': (chip: Chip) => chip.announced !== undefined,
} as const satisfies Record<string, (chip: Chip) => boolean>;
export type DepthField = keyof typeof DEPTH_FIELDS;

export interface DepthCoverage {
  /** Data-centre chips the depth figures are computed over. */
  chips: number;
  /** Per field, how many of those chips have it (with any confidence). */
  present: Record<DepthField, number>;
  /** Per data-centre chip that lacks any, the fields still missing. */
  missing: { chip: string; fields: DepthField[] }[];
}

/** How deep the data-centre chips are filled: the share per key field, and what each chip still lacks. */
export function summarizeDepth(chips: readonly Chip[]): DepthCoverage {
  const fields = Object.keys(DEPTH_FIELDS) as DepthField[];
  const present = Object.fromEntries(fields.map((field) => [field, 0])) as Record<DepthField, number>;
  const missing: DepthCoverage['missing'] = [];
  const dataCentre = chips.filter((chip) => chip.dataCenter);
  for (const chip of dataCentre) {
    const lacking: DepthField[] = [];
    for (const field of fields) {
      if (DEPTH_FIELDS[field](chip)) present[field]++;
      else lacking.push(field);
    }
    if (lacking.length > 0) missing.push({ chip: chip.id, fields: lacking });
  }
  return { chips: dataCentre.length, present, missing };
}
