import type { DatasetContent } from '../schema/dataset';
import type { SourceType } from '../schema/source';
import { walkReportedValues } from './walk-reported-values';

// Primary documents outrank reporting and analysis, which outrank aggregators (data-sourcing.md).
const RANK: Record<SourceType, number> = { primary: 0, press: 1, analysis: 1, aggregator: 2 };

export interface SourceStrength {
  /** Every reported number (preferred values and alternatives) across the dataset. */
  values: number;
  /** "entity-id path" of numbers whose best source is an aggregator. */
  aggregatorBest: string[];
  /** "entity-id path" of numbers backed by one source that is low-confidence or an aggregator. */
  weak: string[];
  /** "entity-id path" of numbers with no source at all (the schema forbids them; this proves it). */
  unsourced: string[];
}

/** Which numbers rest on weak sourcing: aggregator-only, a single low-confidence source, or none. */
export function summarizeSourceStrength(content: DatasetContent): SourceStrength {
  const typeOf = new Map(content.sources.map((source) => [source.id, source.type]));
  const result: SourceStrength = { values: 0, aggregatorBest: [], weak: [], unsourced: [] };
  for (const list of Object.values(content) as { id: string }[][]) {
    for (const entity of list) {
      walkReportedValues(entity, ({ path, sources, confidence }) => {
        result.values++;
        const at = `${entity.id} ${path}`;
        if (sources.length === 0) {
          result.unsourced.push(at);
          return;
        }
        const types = sources.map((id) => typeOf.get(id));
        const best = Math.min(...types.map((type) => (type ? RANK[type] : RANK.aggregator)));
        if (best === RANK.aggregator) result.aggregatorBest.push(at);
        if (sources.length === 1 && (confidence === 'low' || types[0] === 'aggregator')) result.weak.push(at);
      });
    }
  }
  return result;
}
