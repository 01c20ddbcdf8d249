// Ids shared with package.json `contributes` and with the end-to-end tests: change them together.

export const COMMANDS = {
  showDetails: 'aichips.showDetails',
  compareChips: 'aichips.compareChips',
  insertCitation: 'aichips.insertCitation',
  toggleDecorations: 'aichips.toggleDecorations',
  disableForFile: 'aichips.disableForFile',
  enableForFile: 'aichips.enableForFile',
  showSidebar: 'aichips.showSidebar',
  filterTimelineToDocument: 'aichips.timeline.filterToDocument',
  showAllTimeline: 'aichips.timeline.showAll',
  revealOccurrence: 'aichips.revealOccurrence',
} as const;

export const VIEW_CONTAINER = 'aiChips';

export const VIEWS = {
  documentEntities: 'aichips.documentEntities',
  catalog: 'aichips.catalog',
  timeline: 'aichips.timeline',
} as const;

export const CONTEXT_KEYS = {
  /** The active editor's document is scanned. */
  active: 'aichips.active',
  disabledForFile: 'aichips.disabledForFile',
  timelineFiltered: 'aichips.timelineFiltered',
} as const;

export const STATUS_BAR_ITEM = 'aichips.status';
export const DETAILS_VIEW_TYPE = 'aichips.details';
export const OUTPUT_CHANNEL = 'AI Chip Atlas';
