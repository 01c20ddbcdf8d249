/** Where the server reports what went wrong: the client's log (`window/logMessage`). */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));
