'use client';
import { useRef, type ChangeEvent } from 'react';
import { messages } from '@/app/_i18n/messages';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onExport: () => void;
  onImport: (text: string) => void;
  onStartOver: () => void;
  onShortcuts: () => void;
}

/** Undo and redo, export and import, start over, and the shortcuts list. */
export function SessionToolbar({ canUndo, canRedo, onUndo, onRedo, onExport, onImport, onStartOver, onShortcuts }: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onImport(await file.text());
  };
  return (
    <div role="group" aria-label={messages.workbench.toolbarLabel} className="toolbar">
      <button type="button" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        {messages.workbench.undo}
      </button>
      <button type="button" onClick={onRedo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
        {messages.workbench.redo}
      </button>
      <button type="button" onClick={onExport}>
        {messages.workbench.exportSession}
      </button>
      <button type="button" onClick={() => fileRef.current?.click()}>
        {messages.workbench.importSession}
      </button>
      <input ref={fileRef} type="file" accept=".json,application/json" hidden onChange={readFile} data-import-file />
      <button type="button" onClick={onStartOver}>
        {messages.workbench.startOver}
      </button>
      <button type="button" onClick={onShortcuts} aria-keyshortcuts="?">
        {messages.workbench.shortcuts}
      </button>
    </div>
  );
}
