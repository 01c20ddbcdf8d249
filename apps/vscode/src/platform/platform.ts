import type { Dataset } from '@aichips/core';
import type { Uri } from 'vscode';

/** What differs between the desktop (Node) and the web extension host. */
export interface Platform {
  readonly name: 'node' | 'web';
  /**
   * Loads and validates a custom dataset release; rejects with an error naming the problem. Absent on
   * the web, where `aichips.datasetPath` is ignored.
   */
  readonly loadCustomDataset?: (path: string, workspaceFolder: Uri | undefined) => Promise<Dataset>;
}
