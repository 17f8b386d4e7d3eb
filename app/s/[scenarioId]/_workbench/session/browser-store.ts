import type { KeyValueStore } from '@/lib/workbench/storage';

/**
 * The browser's localStorage as the workbench's store. It may refuse any access (private mode, full
 * storage, blocked by settings): a read then finds nothing and a write says it failed. Another tab's
 * writes arrive as `storage` events, which the browser never fires in the tab that wrote.
 */
export const browserStore: KeyValueStore = {
  read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  write(key, text) {
    try {
      window.localStorage.setItem(key, text);
      return true;
    } catch {
      return false;
    }
  },
  watch(onChange) {
    // A null key is the whole store cleared: no session of this tab's to take on.
    const listener = (event: StorageEvent) => event.key !== null && onChange(event.key, event.newValue);
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  },
};
