/** A dynamic import started at most once, whose value is at hand synchronously once it has arrived. */
export interface Loader<T> {
  (): Promise<T>;
  /** The loaded value, so a view rendered after the load shows it in its first render, not one later. */
  readonly loaded: T | undefined;
}

export function loadOnce<T>(load: () => Promise<T>): Loader<T> {
  let pending: Promise<T> | undefined;
  const state: { loaded: T | undefined } = { loaded: undefined };
  const loader = () =>
    (pending ??= load().then((value) => {
      state.loaded = value;
      return value;
    }));
  return Object.defineProperty(loader, 'loaded', { get: () => state.loaded }) as Loader<T>;
}
