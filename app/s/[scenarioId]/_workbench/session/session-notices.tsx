'use client';
import { useSelector } from '@xstate/react';
import type { Scenario } from '@/machines/scenario';
import type { Notice } from '@/lib/workbench/notices';
import { sessionSelectors, type SessionActor } from '@/lib/workbench/session-machine';
import { messages } from '@/app/_i18n/messages';
import { LinkProblem } from './link-problem';
import type { SessionCommands } from './use-session';

/** What the person's failed action says, by action. */
function failure(notice: Extract<Notice, { kind: 'action-failed' }>): string {
  const { workbench } = messages;
  if (notice.action === 'move') return workbench.moveFailed(notice.error);
  return notice.action === 'import' ? workbench.importFailed(notice.error) : workbench.keptUnreadable(notice.error);
}

/** An error of the person's last action or of the local copy, until dismissed. */
function ErrorNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div role="alert" className="alert">
      <p>{text}</p>
      <button type="button" onClick={onDismiss}>
        {messages.workbench.dismiss}
      </button>
    </div>
  );
}

/** The session kept aside for a link under other settings, with the way back to it. */
function SetAsideNotice({ actor, commands }: { actor: SessionActor; commands: SessionCommands }) {
  const kept = useSelector(actor, sessionSelectors.kept);
  return (
    <div role="status" className="alert notice">
      <p>{messages.workbench.setAside}</p>
      <p className="alert-actions">
        {kept.length > 0 && (
          <button type="button" onClick={() => commands.openKept(kept.at(-1)!)}>
            {messages.workbench.restoreSetAside}
          </button>
        )}
        <button type="button" onClick={() => commands.dismiss('set-aside')}>
          {messages.workbench.dismiss}
        </button>
      </p>
    </div>
  );
}

/** The session's notices, in the order the session keeps them; each says what happened and can be dismissed. */
export function SessionNotices({ scenario, actor, commands }: { scenario: Scenario; actor: SessionActor; commands: SessionCommands }) {
  const notices = useSelector(actor, sessionSelectors.notices);
  return notices.map((notice) => {
    const dismiss = () => commands.dismiss(notice.kind);
    switch (notice.kind) {
      case 'link-problem':
        return <LinkProblem key={notice.kind} scenario={scenario} problem={notice.problem} onDismiss={dismiss} />;
      case 'set-aside':
        return <SetAsideNotice key={notice.kind} actor={actor} commands={commands} />;
      case 'action-failed':
        return <ErrorNotice key={notice.kind} text={failure(notice)} onDismiss={dismiss} />;
      case 'saved-unreadable':
        return <ErrorNotice key={notice.kind} text={messages.workbench.savedUnreadable(notice.error)} onDismiss={dismiss} />;
    }
  });
}
