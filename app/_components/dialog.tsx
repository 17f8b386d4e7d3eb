'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { messages } from '@/app/_i18n/messages';

interface Props {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Buttons beside Close; a dialog without actions gets a Close button. */
  actions?: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, Escape closes it, focus returns
 * after. It opens with focus on the control marked `data-autofocus`, if any (the safe choice of a
 * dialog that asks before something is lost).
 */
export function Dialog({ open, onClose, title, children, actions }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-actions">
        {actions ?? (
          <button type="button" onClick={onClose}>
            {messages.shortcuts.close}
          </button>
        )}
      </div>
    </dialog>
  );
}

/**
 * A dialog that asks before something is lost: the losing choice, and the safe one, which it opens
 * on (so Enter, pressed twice by habit, keeps everything).
 */
export function ConfirmDialog({ open, onClose, onConfirm, title, body, confirm, cancel }: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      actions={
        <>
          <button type="button" className="danger" onClick={onConfirm}>
            {confirm}
          </button>
          <button type="button" onClick={onClose} data-autofocus>
            {cancel}
          </button>
        </>
      }
    >
      <p>{body}</p>
    </Dialog>
  );
}
