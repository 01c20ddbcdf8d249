export type SdkErrorCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'MALFORMED_JSON'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'HTTP_ERROR'
  | 'INVALID_SHAPE'
  | 'INCOMPATIBLE_SCHEMA'
  | 'SHA256_MISMATCH'
  | 'INVALID_DATASET'
  | 'UNKNOWN_ENTITY'
  | 'AMBIGUOUS_NAME'
  | 'USAGE';

/** The one error class of @aichips/sdk: a string `code` to branch on, a message naming the culprit. */
export class SdkError extends Error {
  override readonly name = 'SdkError';
  readonly code: SdkErrorCode;
  /** Every problem found, one line each, when there were several (dataset validation). */
  readonly details: string[];

  constructor(code: SdkErrorCode, message: string, options: { cause?: unknown; details?: string[] } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.details = options.details ?? [];
  }
}
