'use client';
import { useEffect, useState } from 'react';
import type { Scenario } from '@/machines/scenario';
import type { Session } from '@/lib/workbench/session';
import { messages } from '@/app/_i18n/messages';
import { sessionAddress } from '@/lib/workbench/share';

const CONFIRMATION_MS = 4000;

/** Copies the share link of what is shown and says whether it worked. */
export function CopyLinkButton({ scenario, session }: { scenario: Scenario; session: Session }) {
  const [status, setStatus] = useState<'copied' | 'failed' | 'unshareable' | null>(null);
  useEffect(() => {
    if (status === null) return;
    const timer = window.setTimeout(() => setStatus(null), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    const address = sessionAddress(scenario, session);
    if (address === null) {
      setStatus('unshareable');
      return;
    }
    try {
      await navigator.clipboard.writeText(`${window.location.origin}${address}`);
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
        {status === null ? '' : messages.workbench.copyStatus[status]}
      </span>
    </span>
  );
}
