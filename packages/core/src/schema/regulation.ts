import { z } from 'zod';
import { NamedEntity } from './named-entity';
import { CountryCode, entityRef, PartialDate } from './primitives';

/** The export-control formulas this package implements, keyed by the month the rule was published. */
export const EXPORT_CONTROL_RULES = ['2022-10', '2023-10'] as const;
export type ExportControlRuleId = (typeof EXPORT_CONTROL_RULES)[number];

export const Regulation = NamedEntity.extend({
  issuer: entityRef('organization'),
  jurisdiction: CountryCode,
  type: z.enum(['rule', 'interim-final-rule', 'guidance', 'licence-requirement', 'law', 'directive']),
  /** Federal Register or other official citation, e.g. "87 FR 62186". */
  citation: z.string().optional(),
  published: PartialDate.optional(),
  effective: PartialDate.optional(),
  status: z.enum(['in-force', 'amended', 'superseded', 'rescinded', 'revoked']),
  supersededBy: entityRef('regulation').optional(),
  eccns: z.array(z.string()).optional(),
  /** When set, `classify()` implements this rule's 3A090 test. */
  exportControlRule: z.enum(EXPORT_CONTROL_RULES).optional(),
});
export type Regulation = z.infer<typeof Regulation>;
