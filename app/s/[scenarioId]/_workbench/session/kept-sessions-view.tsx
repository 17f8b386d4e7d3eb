'use client';
import { memo } from 'react';
import { glanceAtSavedSession } from '@/lib/workbench/kept-sessions';
import { messages } from '@/app/_i18n/messages';

interface Props {
  /** Kept sessions as saved text, newest last. */
  kept: readonly string[];
  onOpen: (text: string) => void;
}

/** The sessions kept aside in this browser, newest first; each can be opened in place of this one. */
export const KeptSessionsView = memo(function KeptSessionsView({ kept, onOpen }: Props) {
  if (kept.length === 0) return null;
  const m = messages.kept;
  return (
    <section className="kept-sessions" aria-labelledby="kept-heading">
      <h3 id="kept-heading">{m.heading}</h3>
      <p className="panel-intro">{m.intro}</p>
      <ul className="branch-tree">
        {[...kept].reverse().map((text) => {
          const glance = glanceAtSavedSession(text);
          return (
            <li key={text} className="branch">
              <button type="button" className="branch-open" onClick={() => onOpen(text)}>
                <span className="visually-hidden">{m.open} </span>
                <span className="branch-name">{glance?.branchName ?? m.unreadable}</span>
                {glance && <span className="branch-meta">{m.describe(glance)}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
