/** What a card says, as plain strings: each renderer escapes them for its format. */
export interface CardModel {
  title: string;
  /** Chinese name, shown next to the title when known. */
  titleZh?: string;
  kindLabel: string;
  /** Short facts for the line under the title: vendor and country, status, dates. */
  subtitle: string[];
  summary: string;
  facts: CardFact[];
  exportControl: CardExportControl[];
  events: { date: string; title: string }[];
  sources: CardSource[];
  /** e.g. "AI Chip Atlas dataset 0.1.0 (as of 2026-11-28)". */
  footer: string;
  /** Shown under the export-control lines. */
  disclaimer?: string;
}

export interface CardFact {
  label: string;
  value: string;
  /** Numbers of entries in `sources`. */
  sourceNumbers: number[];
  note?: string;
  /** Set when the value is worked out rather than reported (never shown as measured): how. */
  derivation?: string;
  /** Every other value sources report, each with its own source numbers. */
  alsoReported?: CardReportedValue[];
  /** Lowest to highest over the preferred value and every alternative, e.g. "256–376 TFLOPS". */
  spread?: string;
}

export interface CardReportedValue {
  value: string;
  sourceNumbers: number[];
  derivation?: string;
}

export interface CardExportControl {
  rule: string;
  classification: string;
  reason: string;
  /** Whether every reading of the reported values gives the same class. */
  robust: boolean;
  /** One line on the readings: "same class under all 3 readings (TPP 4480–5120)", or which class each gives. */
  readings?: string;
}

export interface CardSource {
  number: number;
  title: string;
  publisher: string;
  url: string;
  date: string;
}
