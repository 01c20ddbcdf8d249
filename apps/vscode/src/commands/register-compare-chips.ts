import type { Chip } from '@aichips/core';
import { commands, type Disposable, type QuickPickItem, window } from 'vscode';
import type { AtlasStore } from '../atlas/atlas-store';
import { COMMANDS } from '../contribution-ids';
import type { DetailsPanel } from '../details/details-panel';
import type { DocumentScans } from '../scanning/document-scans';
import { findMentionUnderCursor } from './mention-under-cursor';

type ChipPick = QuickPickItem & { chip: Chip };

/** "Compare chips": the given chip ids, or two or more picked (the chip under the cursor pre-selected). */
export function registerCompareChips(deps: {
  atlasStore: AtlasStore;
  scans: DocumentScans;
  details: DetailsPanel;
}): Disposable {
  return commands.registerCommand(COMMANDS.compareChips, async (argument?: unknown) => {
    const { atlas } = deps.atlasStore;
    let ids = Array.isArray(argument) && argument.every((id) => typeof id === 'string') ? (argument as string[]) : [];
    if (ids.length < 2) {
      const underCursor = findMentionUnderCursor(deps.scans, window.activeTextEditor);
      const items: ChipPick[] = [...atlas.dataset.chips]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((chip) => ({
          label: chip.name,
          description:
            atlas.get(chip.vendor)?.kind === 'organization'
              ? (atlas.get(chip.vendor) as { name: string }).name
              : chip.vendor,
          picked: chip.id === underCursor?.id || ids.includes(chip.id),
          chip,
        }));
      const picked = await window.showQuickPick(items, {
        title: 'AI Chips: Compare chips',
        placeHolder: 'Pick two or more chips (Space to select, Enter to compare)',
        canPickMany: true,
        matchOnDescription: true,
      });
      if (!picked) return;
      ids = picked.map((item) => item.chip.id);
    }
    if (ids.length < 2) {
      void window.showWarningMessage('AI Chips: pick at least two chips to compare.');
      return;
    }
    deps.details.showComparison(ids);
  });
}
