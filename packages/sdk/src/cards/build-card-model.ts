import {
  type AnyEntity,
  type AtlasIndex,
  type Chip,
  classify,
  EXPORT_CONTROL_RULES,
  formatNumericValue,
  getEntity,
  getEntityOfKind,
  PRECISIONS,
  type Quantity,
  timeline,
  valueBounds,
} from '@aichips/core';
import type { CardFact, CardModel, CardSource } from './card-model';
import { countryName } from './country-name';
import { describeReadings } from './describe-readings';

const KIND_LABELS: Record<AnyEntity['kind'], string> = {
  chip: 'AI accelerator',
  family: 'Product family',
  organization: 'Organization',
  person: 'Person',
  model: 'AI model',
  regulation: 'Regulation',
  event: 'Event',
  source: 'Source',
};

const RULE_LABELS = { '2022-10': '3A090 (Oct 2022 rule)', '2023-10': '3A090 (Oct 2023 rule)' } as const;

/** Numbers sources in order of first use, so a fact's [1] matches the list at the bottom. */
class SourceList {
  readonly entries: CardSource[] = [];
  constructor(private readonly index: AtlasIndex) {}
  cite(ids: readonly string[]): number[] {
    return ids.flatMap((id) => {
      const existing = this.entries.find((entry) => entry.url === this.url(id));
      if (existing) return [existing.number];
      const source = getEntityOfKind(this.index, id, 'source');
      if (!source) return [];
      const number = this.entries.length + 1;
      this.entries.push({
        number,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        date: source.published,
      });
      return [number];
    });
  }
  private url(id: string): string | undefined {
    return getEntityOfKind(this.index, id, 'source')?.url;
  }
}

function nameOf(index: AtlasIndex, id: string | undefined): string | undefined {
  const entity = id === undefined ? undefined : getEntity(index, id);
  return entity && 'name' in entity ? entity.name : id;
}

function quantityFact(label: string, quantity: Quantity | undefined, sources: SourceList, extra = ''): CardFact[] {
  if (!quantity) return [];
  const alternatives = quantity.alternatives ?? [];
  const bounds = [quantity, ...alternatives].map((reported) => valueBounds(reported.value));
  const low = Math.min(...bounds.map((b) => b.min));
  const high = Math.max(...bounds.map((b) => b.max));
  const spread =
    alternatives.length > 0 && low !== high
      ? `${formatNumericValue({ min: low, max: high })} ${quantity.unit}`
      : undefined;
  return [
    {
      label,
      value: `${formatNumericValue(quantity.value)} ${quantity.unit}${extra}`,
      sourceNumbers: sources.cite(quantity.sources),
      ...(quantity.confidence === 'low' ? { note: 'low confidence' } : {}),
      ...(quantity.derivation ? { derivation: quantity.derivation } : {}),
      ...(alternatives.length > 0
        ? {
            alsoReported: alternatives.map((alternative) => ({
              value: `${formatNumericValue(alternative.value)} ${quantity.unit}`,
              sourceNumbers: sources.cite(alternative.sources),
              ...(alternative.derivation ? { derivation: alternative.derivation } : {}),
            })),
          }
        : {}),
      ...(spread ? { spread } : {}),
    },
  ];
}

function chipFacts(index: AtlasIndex, chip: Chip, sources: SourceList): CardFact[] {
  const facts: CardFact[] = [];
  for (const precision of PRECISIONS) {
    const figure = chip.compute?.[precision];
    if (!figure) continue;
    const label = precision.toUpperCase();
    if (figure.dense) facts.push(...quantityFact(label, figure.dense, sources, ' dense'));
    else facts.push(...quantityFact(label, figure.sparse, sources, ' sparse (no dense figure published)'));
  }
  const memoryType = chip.memory?.type ? ` ${chip.memory.type}` : '';
  facts.push(...quantityFact('Memory', chip.memory?.capacity, sources, memoryType));
  facts.push(...quantityFact('Memory bandwidth', chip.memory?.bandwidth, sources));
  if (chip.interconnect) {
    const name = chip.interconnect.name ? ` (${chip.interconnect.name})` : '';
    facts.push(
      ...quantityFact('Interconnect', chip.interconnect.bandwidth, sources, ` ${chip.interconnect.direction}${name}`),
    );
  }
  facts.push(...quantityFact('Power', chip.power, sources));
  if (chip.process) {
    const foundry = chip.process.foundry ? `, ${nameOf(index, chip.process.foundry)}` : '';
    facts.push({
      label: 'Process',
      value: `${chip.process.node}${foundry}`,
      sourceNumbers: sources.cite(chip.process.sources),
    });
  }
  facts.push(...quantityFact('Die area', chip.dieArea, sources));
  return facts;
}

function subtitleOf(index: AtlasIndex, entity: AnyEntity): string[] {
  const country = (id: string | undefined) => {
    const org = id === undefined ? undefined : getEntityOfKind(index, id, 'organization');
    return org ? `${org.name} (${countryName(org.country)})` : id;
  };
  switch (entity.kind) {
    case 'chip':
      return [
        country(entity.vendor),
        entity.family ? nameOf(index, entity.family) : undefined,
        entity.market === 'china' ? 'China market' : entity.market === 'cloud-only' ? 'cloud only' : undefined,
        entity.status,
        entity.released
          ? `released ${entity.released.date}`
          : entity.announced
            ? `announced ${entity.announced.date}`
            : undefined,
        entity.variantOf ? `variant of ${nameOf(index, entity.variantOf)}` : undefined,
      ].filter((part): part is string => Boolean(part));
    case 'family':
      return [country(entity.vendor) ?? entity.vendor];
    case 'organization':
      return [
        countryName(entity.country),
        entity.roles.join(', '),
        entity.parent ? `part of ${nameOf(index, entity.parent)}` : undefined,
      ].filter((part): part is string => Boolean(part));
    case 'person': {
      const current = entity.roles.find((role) => role.to === undefined) ?? entity.roles.at(-1);
      return current ? [`${current.title}, ${nameOf(index, current.organization)}`] : [];
    }
    case 'model':
      return [
        nameOf(index, entity.developer) ?? '',
        entity.status,
        entity.released ? `released ${entity.released.date}` : '',
      ].filter(Boolean);
    case 'regulation':
      return [
        nameOf(index, entity.issuer) ?? '',
        entity.citation ?? '',
        entity.status,
        entity.published ? `published ${entity.published}` : '',
      ].filter(Boolean);
    case 'event':
      return [`${entity.date} (${entity.dateKind})`, entity.type];
    default:
      return [];
  }
}

function otherFacts(index: AtlasIndex, entity: AnyEntity, sources: SourceList): CardFact[] {
  switch (entity.kind) {
    case 'organization':
      return (entity.entityList ?? []).map((listing) => ({
        label: 'US Entity List',
        value: `added ${listing.added}${listing.removed ? `, removed ${listing.removed}` : ''}${listing.note ? ` — ${listing.note}` : ''}`,
        sourceNumbers: sources.cite(listing.sources),
      }));
    case 'person':
      return entity.roles.map((role) => ({
        label: role.title,
        value: `${nameOf(index, role.organization)}${role.from ? `, ${role.from}–${role.to ?? 'present'}` : ''}`,
        sourceNumbers: sources.cite(role.sources),
      }));
    case 'model':
      return [
        ...quantityFact('Parameters', entity.parameters, sources),
        ...quantityFact('Active parameters', entity.activeParameters, sources),
        ...entity.hardware.map((hardware) => ({
          label:
            hardware.use === 'training-attempted'
              ? 'Training attempted on'
              : hardware.use === 'training'
                ? 'Trained on'
                : 'Served on',
          value: `${nameOf(index, hardware.chip)}${hardware.count ? ` × ${formatNumericValue(hardware.count.value)}` : ''}`,
          sourceNumbers: sources.cite(hardware.sources),
          ...(hardware.note ? { note: hardware.note } : {}),
        })),
      ];
    case 'regulation':
      return [
        ...(entity.effective ? [{ label: 'Effective', value: entity.effective, sourceNumbers: [] }] : []),
        ...(entity.eccns?.length ? [{ label: 'ECCNs', value: entity.eccns.join(', '), sourceNumbers: [] }] : []),
      ];
    case 'event':
      return [
        {
          label: 'Participants',
          value: entity.participants.map((id) => nameOf(index, id)).join(', '),
          sourceNumbers: [],
        },
      ];
    default:
      return [];
  }
}

/** Builds the format-independent content of an entity's card. */
export function buildCardModel(
  index: AtlasIndex,
  entity: AnyEntity,
  options: { latestEvents?: number } = {},
): CardModel {
  const meta = index.dataset.meta;
  const footer = `AI Chip Atlas dataset ${meta.datasetVersion} (as of ${meta.asOf})`;
  if (entity.kind === 'source') {
    return {
      title: entity.title,
      kindLabel: KIND_LABELS.source,
      subtitle: [entity.publisher, entity.published, entity.type],
      summary: '',
      facts: [],
      exportControl: [],
      events: [],
      sources: [
        { number: 1, title: entity.title, publisher: entity.publisher, url: entity.url, date: entity.published },
      ],
      footer,
    };
  }
  const sources = new SourceList(index);
  const facts = entity.kind === 'chip' ? chipFacts(index, entity, sources) : otherFacts(index, entity, sources);
  const exportControl =
    entity.kind === 'chip'
      ? EXPORT_CONTROL_RULES.map((rule) => {
          const result = classify(entity, rule);
          const readings = describeReadings(result);
          return {
            rule: RULE_LABELS[rule],
            classification: result.classification,
            reason: result.reason,
            robust: result.robust,
            ...(readings ? { readings } : {}),
          };
        })
      : [];
  const events =
    entity.kind === 'event'
      ? []
      : timeline(index, entity.id)
          .slice(-(options.latestEvents ?? 3))
          .reverse();
  sources.cite(entity.sources);
  return {
    title: entity.name,
    ...(entity.nameZh ? { titleZh: entity.nameZh } : {}),
    kindLabel: KIND_LABELS[entity.kind],
    subtitle: subtitleOf(index, entity),
    summary: entity.summary,
    facts,
    exportControl,
    events: events.map((event) => ({ date: event.date, title: event.name })),
    sources: sources.entries,
    footer,
    ...(exportControl.length > 0
      ? { disclaimer: 'Indicative classification computed from the sourced figures above; not legal advice.' }
      : {}),
  };
}
