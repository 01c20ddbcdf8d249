import type { ScanEntry, ScannedKind } from '../scanner/types';
import type { Dataset } from '../schema/dataset';
import { listEntityNames } from '../text/entity-names';

/** The scanner's dictionary for a dataset: every named entity of a scanned kind with all its names. */
export function listScanEntries(dataset: Dataset): ScanEntry[] {
  const groups: [
    ScannedKind,
    { id: string; name: string; nameZh?: string; aliases: Dataset['chips'][number]['aliases']; movedTo?: string }[],
  ][] = [
    ['chip', dataset.chips],
    ['family', dataset.families],
    ['organization', dataset.organizations],
    ['person', dataset.people],
    ['model', dataset.models],
    ['regulation', dataset.regulations],
  ];
  return groups.flatMap(([kind, entities]) =>
    entities
      .filter((entity) => entity.movedTo === undefined)
      .map((entity) => ({ id: entity.id, kind, names: listEntityNames(entity) })),
  );
}
