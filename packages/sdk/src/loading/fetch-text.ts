import { SdkError } from '../sdk-error';

/** GETs a URL as text with a timeout and a size limit enforced while streaming, not after. */
export async function fetchText(url: string, limits: { timeoutMs: number; maxBytes: number }): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok)
      throw new SdkError('HTTP_ERROR', `${url}: the server answered ${response.status} ${response.statusText}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > limits.maxBytes) {
      throw new SdkError('TOO_LARGE', `${url}: ${declared} bytes is over the ${limits.maxBytes}-byte limit`);
    }
    const reader = response.body?.getReader();
    if (!reader) return '';
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limits.maxBytes) {
        await reader.cancel();
        throw new SdkError('TOO_LARGE', `${url}: more than the ${limits.maxBytes}-byte limit`);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  } catch (error) {
    if (error instanceof SdkError) throw error;
    if (controller.signal.aborted) {
      throw new SdkError('TIMEOUT', `${url}: no complete answer within ${limits.timeoutMs} ms`, { cause: error });
    }
    throw new SdkError('HTTP_ERROR', `${url}: ${(error as Error).message}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
