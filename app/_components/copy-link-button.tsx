'use client';
import { useEffect, useState } from 'react';
import { messages } from './messages';

const CONFIRMATION_MS = 4000;

/** Copies the address bar — always the share link of what is shown — and says whether it worked. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (status === null) return;
    const timer = window.setTimeout(() => setStatus(null), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy} data-copy-link>
        {messages.workbench.copyLink}
      </button>
      <span role="status" className="copy-link-status">
        {status === 'copied' ? messages.workbench.linkCopied : status === 'failed' ? messages.workbench.copyFailed : ''}
      </span>
    </span>
  );
}
