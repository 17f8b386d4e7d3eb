/**
 * An in-memory browser for session tests: one set of stored keys that several "tabs" share. As with
 * localStorage and its `storage` event, a write by one tab is seen at once by every tab's reads, and
 * each other tab is told of it a moment later (never the tab that wrote, nor for a write that changed
 * nothing).
 */
import type { KeyValueStore } from '@/lib/workbench/storage';

export interface MemoryBrowser {
  /** What is stored, by key. */
  readonly items: Map<string, string>;
  /** A tab's view of the store. */
  tab(): KeyValueStore;
  /** From now on, writes to keys that `refuses` names fail, as in a full or blocked storage. */
  refuse(refuses: (key: string) => boolean): void;
}

export function memoryBrowser(initial: Record<string, string> = {}): MemoryBrowser {
  const items = new Map(Object.entries(initial));
  const tabs = new Set<{ tell: (key: string, text: string | null) => void }>();
  let refuses: (key: string) => boolean = () => false;
  return {
    items,
    refuse(refusing) {
      refuses = refusing;
    },
    tab() {
      const watchers = new Set<(key: string, text: string | null) => void>();
      const self = { tell: (key: string, text: string | null) => watchers.forEach((watcher) => watcher(key, text)) };
      tabs.add(self);
      return {
        read: (key) => items.get(key) ?? null,
        write(key, text) {
          if (refuses(key)) return false;
          const changed = items.get(key) !== text;
          items.set(key, text);
          if (changed) for (const other of tabs) if (other !== self) setTimeout(() => other.tell(key, text), 0);
          return true;
        },
        watch(onChange) {
          watchers.add(onChange);
          return () => watchers.delete(onChange);
        },
      };
    },
  };
}
