/** One problem found in the dataset, located as precisely as we can. */
export interface DatasetIssue {
  /** The file (`data/chip/h20.json`) or the place in a release (`chips[4]`). */
  location: string;
  /** Dotted field path inside the entity; empty for the whole entity. */
  field: string;
  message: string;
}

export function formatDatasetIssue(issue: DatasetIssue): string {
  return issue.field ? `${issue.location} ${issue.field}: ${issue.message}` : `${issue.location}: ${issue.message}`;
}
