export type AtlasErrorCode =
  | 'INVALID_FILTER'
  | 'UNKNOWN_ENTITY'
  | 'AMBIGUOUS_NAME'
  | 'WRONG_KIND'
  | 'UNKNOWN_METRIC'
  | 'INVALID_DATASET';

/** The one error class of @aichips/core: a string `code` to branch on and a message that names the culprit. */
export class AtlasError extends Error {
  override readonly name = 'AtlasError';
  readonly code: AtlasErrorCode;

  constructor(code: AtlasErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
