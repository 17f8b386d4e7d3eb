/**
 * Where the workbench keeps its sessions: a small key–value store that the tabs of one browser share
 * (localStorage there, an in-memory store in tests; a live class's sync can stand behind it later).
 */
export interface KeyValueStore {
  /** The text stored under `key`; null when there is none or the store cannot be read. */
  read(key: string): string | null;
  /** Stores `text` under `key`; false when the store refuses it (private mode, full storage). */
  write(key: string, text: string): boolean;
  /**
   * Calls `onChange` whenever another tab changes a key (never for this tab's own writes), with the
   * key's new text (null when removed). Returns the function that stops watching.
   */
  watch(onChange: (key: string, text: string | null) => void): () => void;
}
