import { type Dataset, type DatasetCheck, formatDatasetIssue, validateDataset } from '@aichips/core';
import { SdkError, type SdkErrorCode } from '../sdk-error';

const CODE_BY_CHECK: Record<DatasetCheck, SdkErrorCode> = {
  shape: 'INVALID_SHAPE',
  'schema-version': 'INCOMPATIBLE_SCHEMA',
  sha256: 'SHA256_MISMATCH',
  entities: 'INVALID_DATASET',
};

/** Runs every release check; throws one SdkError listing all the problems of the first failing check. */
export function requireValidRelease(raw: unknown, where: string): Dataset {
  const result = validateDataset(raw, where);
  if (result.success) return result.data;
  const details = result.error.map(formatDatasetIssue);
  const more = details.length > 1 ? ` (and ${details.length - 1} more problem(s))` : '';
  throw new SdkError(CODE_BY_CHECK[result.check], `${details[0]}${more}`, { details });
}
