/**
 * The dataset an editor uses: the embedded one, or a release from a path the writer set. Only the latest request
 * counts; a release is switched to only once it has loaded (and been checked) in full; on any problem the embedded
 * dataset is used, and the problem is reported once per path and message.
 */
export interface DatasetSwitch<T> {
  /** The custom dataset once loaded, else the embedded one (made on first use). */
  readonly current: T;
  readonly source: 'embedded' | 'custom';
  /** The path in use, or being loaded. Nothing happens when it is the one in use already. */
  use(path: string): void;
  useEmbedded(): void;
  /** Settles when the latest load has finished. */
  whenSettled(): Promise<void>;
}

export interface DatasetSwitchOptions<T> {
  embedded: () => T;
  /** Loads and checks the release at `path`; rejects with an error naming the problem. */
  load: (path: string) => Promise<T>;
  /** After every switch: to a loaded release (`path` set), or back to the embedded dataset. */
  onDidSwitch: (current: T, path: string | undefined) => void;
  /** Every failed load; `firstTime` is false when the same path failed with the same message before. */
  onError: (path: string, message: string, firstTime: boolean) => void;
}

export function createDatasetSwitch<T>(options: DatasetSwitchOptions<T>): DatasetSwitch<T> {
  let embedded: T | undefined;
  let custom: { path: string; value: T } | undefined;
  let settled: Promise<void> = Promise.resolve();
  let attempt = 0;
  const reported = new Set<string>();
  const getEmbedded = () => {
    embedded ??= options.embedded();
    return embedded;
  };
  const useEmbedded = () => {
    attempt++;
    if (!custom) return;
    custom = undefined;
    options.onDidSwitch(getEmbedded(), undefined);
  };
  const load = async (path: string, id: number) => {
    let value: T;
    try {
      value = await options.load(path);
    } catch (error) {
      if (id !== attempt) return;
      const message = error instanceof Error ? error.message : String(error);
      useEmbedded();
      const key = `${path}\n${message}`;
      options.onError(path, message, !reported.has(key));
      reported.add(key);
      return;
    }
    if (id !== attempt) return;
    custom = { path, value };
    options.onDidSwitch(value, path);
  };
  return {
    get current() {
      return custom?.value ?? getEmbedded();
    },
    get source() {
      return custom ? 'custom' : 'embedded';
    },
    use(path) {
      const id = ++attempt;
      if (custom?.path === path) return;
      settled = load(path, id);
    },
    useEmbedded,
    whenSettled: () => settled,
  };
}
