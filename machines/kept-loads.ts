/**
 * Loads kept by key: asked again, a load is the same promise, there within a microtask, as a page
 * rendered on the server needs it to be so that its HTML is not held back for a later chunk of the
 * stream. A load that failed is not kept: asked again, it is tried again.
 */
export function keptLoads(): <T>(key: string, load: () => Promise<T>) => Promise<T> {
  const kept = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let loading = kept.get(key) as Promise<T> | undefined;
    if (!loading) {
      loading = load();
      kept.set(key, loading);
      loading.catch(() => kept.delete(key));
    }
    return loading;
  };
}
