import { z } from 'zod';
import { NamedEntity } from './named-entity';
import { DatedFact, Evidence, entityRef, SourceRefs } from './primitives';
import { computeQuantity, quantity } from './quantity';

/** Precisions compute is reported in, with the bit length the export-control math multiplies by. */
export const PRECISION_BITS = {
  fp64: 64,
  fp32: 32,
  tf32: 32,
  fp16: 16,
  bf16: 16,
  fp8: 8,
  fp6: 6,
  fp4: 4,
  int8: 8,
  int4: 4,
} as const;
export type Precision = keyof typeof PRECISION_BITS;
export const PRECISIONS = Object.keys(PRECISION_BITS) as Precision[];

function computeFigure(unit: 'TFLOPS' | 'TOPS') {
  // Dense and 2:4-sparse figures are kept apart: vendors often quote only the sparse one.
  return z
    .object({ dense: computeQuantity(unit).optional(), sparse: computeQuantity(unit).optional() })
    .refine((figure) => figure.dense !== undefined || figure.sparse !== undefined, {
      error: 'expected a dense or a sparse figure',
    });
}

export const Compute = z.strictObject({
  fp64: computeFigure('TFLOPS').optional(),
  fp32: computeFigure('TFLOPS').optional(),
  tf32: computeFigure('TFLOPS').optional(),
  fp16: computeFigure('TFLOPS').optional(),
  bf16: computeFigure('TFLOPS').optional(),
  fp8: computeFigure('TFLOPS').optional(),
  fp6: computeFigure('TFLOPS').optional(),
  fp4: computeFigure('TFLOPS').optional(),
  int8: computeFigure('TOPS').optional(),
  int4: computeFigure('TOPS').optional(),
});

export const Memory = z.strictObject({
  /** e.g. "HBM3", "HBM2e", "GDDR7". */
  type: z.string().optional(),
  capacity: quantity('GB').optional(),
  bandwidth: quantity('TB/s').optional(),
});

export const Interconnect = z.strictObject({
  /** e.g. "NVLink 4", "HCCS", "MLU-Link". */
  name: z.string().optional(),
  bandwidth: quantity('GB/s'),
  direction: z.enum(['bidirectional', 'per-direction']),
});

export const Process = z.strictObject({
  /** The node as its maker names it: "TSMC 4N", "SMIC N+2". */
  node: z.string().min(1),
  nm: quantity('nm').optional(),
  foundry: entityRef('organization').optional(),
  sources: SourceRefs,
  evidence: Evidence.optional(),
});

export const ChipMarket = z.enum(['global', 'china', 'cloud-only']);
export const ChipStatus = z.enum(['roadmap', 'announced', 'sampling', 'shipping', 'discontinued', 'cancelled']);

export const Chip = NamedEntity.extend({
  vendor: entityRef('organization'),
  family: entityRef('family').optional(),
  /** The chip this one is a variant or a derivative of (H20 → H100, H100 PCIe → H100 SXM). */
  variantOf: entityRef('chip').optional(),
  /** For export-compliant derivatives: the rule the design was cut to fit. */
  designedAround: entityRef('regulation').optional(),
  category: z.enum(['gpu', 'asic', 'wafer-scale']),
  market: ChipMarket,
  status: ChipStatus,
  /** Designed or marketed for data centres (decides Note 2 of 3A090). */
  dataCenter: z.boolean(),
  architecture: z.string().optional(),
  formFactor: z.enum(['SXM', 'PCIe', 'OAM', 'module', 'card', 'superchip', 'wafer', 'board']).optional(),
  announced: DatedFact.optional(),
  released: DatedFact.optional(),
  process: Process.optional(),
  dieArea: quantity('mm²').optional(),
  transistors: quantity('billion transistors').optional(),
  memory: Memory.optional(),
  compute: Compute.optional(),
  interconnect: Interconnect.optional(),
  power: quantity('W').optional(),
  /** Total Processing Performance as the vendor or a regulator declared it, when published. */
  declaredTpp: quantity('TPP').optional(),
});
export type Chip = z.infer<typeof Chip>;
