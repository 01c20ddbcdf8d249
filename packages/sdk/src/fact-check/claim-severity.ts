import { isDisagreement } from './check-claims';
import type { ClaimVerdict } from './claim-types';

/** How an editor marks a finding: the same in the VS Code extension and the language server. */
export type ClaimSeverity = 'warning' | 'information';

/**
 * A Warning where the text disagrees with the dataset, an Information for an unverifiable claim when the
 * writer asked for those, and nothing for a consistent claim.
 */
export function getClaimSeverity(verdict: ClaimVerdict, showUnverifiable: boolean): ClaimSeverity | undefined {
  if (isDisagreement(verdict)) return 'warning';
  if (verdict === 'unverifiable' && showUnverifiable) return 'information';
  return undefined;
}
