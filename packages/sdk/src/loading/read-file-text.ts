import { SdkError } from '../sdk-error';

/** Reads a UTF-8 file, refusing one larger than `maxBytes`. Node only: loaded on demand. */
export async function readFileText(path: string, maxBytes: number): Promise<string> {
  const { readFile, stat } = await import('node:fs/promises');
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      throw new SdkError('TOO_LARGE', `${path}: ${info.size} bytes is over the ${maxBytes}-byte limit`);
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof SdkError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SdkError('FILE_NOT_FOUND', `${path}: no such file`, { cause: error });
    throw new SdkError('FILE_UNREADABLE', `${path}: cannot be read (${code ?? (error as Error).message})`, {
      cause: error,
    });
  }
}
