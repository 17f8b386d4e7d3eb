'use client';
/**
 * The workbench for one scenario: situation and state map, moves, charts, timeline and branches.
 * It only asks the engine and draws the answer; all state lives in the session (use-session.ts).
 */
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findScenario } from '@/machines/registry';
import type { PathStep } from '@/lib/sim/path';
import { currentBranch } from '@/lib/workbench/branch-tree';
import { drawStep } from '@/lib/workbench/chance';
import { serializeSession } from '@/lib/workbench/saved-session';
import { formatShortDate } from '@/lib/charts/format';
import { createSession, type CompareTarget, type Session } from '@/lib/workbench/session';
import { initialSession, type ArrivalCheck, type FirstView } from '@/lib/workbench/arrival';
import { branchNames } from './session/branch-names';
import { BranchTreeView } from './paths/branch-tree-view';
import { CompareSelect, CompareTable } from './paths/compare-panel';
import { CopyLinkButton } from './toolbar/copy-link-button';
import { ConfirmDialog } from '@/app/_components/dialog';
import { KeptSessionsView } from './session/kept-sessions-view';
import { LinkProblem } from './session/link-problem';
import { messages } from '@/app/_i18n/messages';
import { MetricCharts } from './charts/metric-charts';
import { MovesPanel } from './moves/moves-panel';
import { SessionToolbar } from './toolbar/session-toolbar';
import { ShortcutsDialog } from './toolbar/shortcuts-dialog';
import { narrativeOf, SituationPanel } from './situation/situation-panel';
import { StateMapView } from './situation/state-map-view';
import { Timeline } from './paths/timeline';
import { readSavedSession, useSession } from './session/use-session';
import { useTrajectories } from './paths/use-trajectories';

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * `check` and `view`: the arrival as the server checked it and what the workbench first shows for it
 * (see arrival.ts), so the page starts without replaying it.
 */
export function Workbench({ scenarioId, check, view }: { scenarioId: string; check: ArrivalCheck; view: FirstView }) {
  const scenario = useMemo(() => findScenario(scenarioId)!, [scenarioId]);
  const { data } = scenario;
  const { arrival, problem: arrivalProblem } = check;
  const initial = useMemo(() => initialSession(scenario, check, branchNames.next), [scenario, check]);
  const [linkProblem, setLinkProblem] = useState(arrivalProblem);

  const { session, act, loaded, canUndo, canRedo, loadProblem, setAside, kept, openKept } = useSession(scenario, initial, arrival);
  const presetLabel = useCallback((id: string) => data.presets.find((p) => p.id === id)?.label ?? id, [data]);
  const first = useMemo(() => ({ session: initial, view }), [initial, view]);
  const { records, shown, movesFrom, snapshotNow, reference, compare } = useTrajectories(scenario, session, presetLabel, first);
  const branch = currentBranch(session.tree);
  const now = shown.at(-1)!;

  const [alert, setAlert] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'shortcuts' | 'start-over' | null>(null);
  /** A session read from a file, waiting for the person to confirm that it replaces this one. */
  const [imported, setImported] = useState<Session | null>(null);
  const shownAlert = alert ?? (loadProblem && messages.workbench.savedUnreadable(loadProblem));


  // A move removes the button that took it; keep keyboard focus in the moves panel instead of losing it.
  const movedFromPanel = useRef(false);
  useEffect(() => {
    if (movedFromPanel.current && document.activeElement === document.body) document.getElementById('moves-heading')?.focus();
    movedFromPanel.current = false;
  }, [session]);

  const onMove = useCallback(
    (step: PathStep) => {
      movedFromPanel.current = true;
      act({ type: 'move', step });
    },
    [act],
  );
  const onChance = useCallback(
    (moveId: string) => {
      const drawn = drawStep(scenario, snapshotNow(), moveId, session.seed, now.step + 1);
      movedFromPanel.current = drawn.ok;
      if (drawn.ok) act({ type: 'move', step: drawn.value });
      else setAlert(messages.workbench.moveFailed(drawn.error.message));
    },
    [scenario, snapshotNow, session.seed, now.step, act],
  );
  // Stable, so the panels (memoised) are not drawn again when nothing they show has changed, as when
  // the page marks itself loaded or the record's line arrives.
  const onOpenBranch = useCallback((id: string) => act({ type: 'open-branch', id }), [act]);
  const onRenameBranch = useCallback((id: string, name: string) => act({ type: 'rename-branch', id, name }), [act]);
  const onCompare = useCallback((target: CompareTarget | null) => act({ type: 'compare', target }), [act]);
  const onShowStep = useCallback((step: number) => act({ type: 'show-step', step }), [act]);
  const onOpenKept = useCallback(
    async (text: string) => {
      const problem = await openKept(text);
      setAlert(problem && messages.workbench.keptUnreadable(problem));
    },
    [openKept],
  );
  const onImport = async (text: string) => {
    const restored = await readSavedSession(scenario, text);
    if (restored.ok) {
      setImported(restored.session);
      setAlert(null);
    } else {
      setAlert(messages.workbench.importFailed(restored.error.message));
    }
  };
  const confirmImport = () => {
    if (imported) act({ type: 'replace', session: imported });
    setImported(null);
  };
  const startOver = () => {
    act({ type: 'replace', session: createSession(scenario, session.seed, [], messages.workbench.firstBranchName) });
    setDialog(null);
  };

  // Keyboard: undo/redo anywhere but in a text field (which keeps its own undo) or an open dialog
  // (which stands between the person and the workbench); ? and [ ] likewise.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        act({ type: event.shiftKey ? 'redo' : 'undo' });
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        act({ type: 'redo' });
      } else if (!mod && !event.altKey && event.key === '?') {
        event.preventDefault();
        setDialog('shortcuts');
      } else if (!mod && !event.altKey && (event.key === '[' || event.key === ']')) {
        event.preventDefault();
        act({ type: 'show-step', step: session.tree.shownStep + (event.key === '[' ? -1 : 1) });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, session.tree.shownStep]);

  const compareTable = compare && <CompareTable scenario={scenario} chart={view.regions} current={{ name: branch.name, records: shown, atEnd: shown.length === records.length }} compare={compare} />;

  return (
    <div className="workbench" data-step={now.step} data-date={now.date} data-ready={loaded ? 'true' : undefined}>
      <header className="wb-header">
        {/* Not prefetched: fetching other pages ahead would compete with the workbench starting up. */}
        <p className="wb-title">
          <Link prefetch={false} href="/">{messages.appName}</Link>
          <span aria-hidden="true"> / </span>
          <span>{data.title}</span>
        </p>
        <nav aria-label={messages.workbench.modelLink} className="wb-links">
          <Link prefetch={false} href={`/s/${data.id}/model`}>{messages.workbench.modelLink}</Link>
        </nav>
        <SessionToolbar
          canUndo={canUndo}
          canRedo={canRedo}
          onUndo={() => act({ type: 'undo' })}
          onRedo={() => act({ type: 'redo' })}
          onExport={() => download(messages.workbench.exportFileName(data.id), serializeSession(scenario, session))}
          onImport={onImport}
          onStartOver={() => setDialog('start-over')}
          onShortcuts={() => setDialog('shortcuts')}
        />
        <CopyLinkButton scenario={scenario} session={session} />
      </header>
      {/* On a phone the moves come first; this line keeps the result of a move in sight. The
          situation panel says the same to assistive technology, so this copy is hidden from it. */}
      <p className="wb-status" aria-hidden="true">
        <strong>{formatShortDate(now.date)}</strong> · {messages.situation.step(now.step, records.length - 1)} · {narrativeOf(scenario, now)}
      </p>
      {linkProblem && <LinkProblem scenario={scenario} problem={linkProblem} onDismiss={() => setLinkProblem(null)} />}
      {setAside && (
        <div role="status" className="alert notice">
          <p>{messages.workbench.setAside}</p>
          <p className="alert-actions">
            {kept.length > 0 && (
              <button type="button" onClick={() => onOpenKept(kept.at(-1)!)}>
                {messages.workbench.restoreSetAside}
              </button>
            )}
            <button type="button" onClick={() => act({ type: 'dismiss-set-aside' })}>
              {messages.workbench.dismiss}
            </button>
          </p>
        </div>
      )}
      {shownAlert && (
        <div role="alert" className="alert">
          <p>{shownAlert}</p>
          <button type="button" onClick={() => (alert ? setAlert(null) : act({ type: 'dismiss-load-problem' }))}>
            {messages.workbench.dismiss}
          </button>
        </div>
      )}
      <main id="main" className="wb-grid">
        <h1 className="visually-hidden">{data.title}</h1>
        {/* The moves come first in the page as on screen, at every width: a first paint before the
            rest has arrived then only grows downwards, and keyboard order follows what is seen. */}
        <section className="panel panel-moves" aria-labelledby="moves-heading">
          <MovesPanel scenario={scenario} movesFrom={movesFrom} ended={now.outcome !== null} onMove={onMove} onChance={onChance} />
        </section>
        <section className="panel panel-situation" aria-labelledby="situation-heading">
          <SituationPanel scenario={scenario} record={now} branchLength={records.length - 1} />
          <StateMapView scenario={scenario} chart={view.regions} value={now.value} />
          <BranchTreeView tree={session.tree} onOpen={onOpenBranch} onRename={onRenameBranch} />
          <KeptSessionsView kept={kept} onOpen={onOpenKept} />
        </section>
        <section className="panel panel-charts" aria-labelledby="charts-heading">
          <div className="charts-head">
            <h2 id="charts-heading">{messages.charts.heading}</h2>
            <CompareSelect scenario={scenario} tree={session.tree} target={session.compare} onChange={onCompare} />
          </div>
          <MetricCharts scenario={scenario} shown={shown} reference={reference} compare={compare} />
          {compareTable}
        </section>
        <div className="panel panel-timeline">
          <Timeline scenario={scenario} records={records} shownStep={now.step} onShow={onShowStep} />
        </div>
      </main>
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
      <ConfirmDialog
        open={dialog === 'start-over'}
        onClose={() => setDialog(null)}
        onConfirm={startOver}
        title={messages.startOver.heading}
        body={messages.startOver.body}
        confirm={messages.startOver.confirm}
        cancel={messages.startOver.cancel}
      />
      <ConfirmDialog
        open={imported !== null}
        onClose={() => setImported(null)}
        onConfirm={confirmImport}
        title={messages.importConfirm.heading}
        body={messages.importConfirm.body(session.tree.branches.length, imported?.tree.branches.length ?? 0)}
        confirm={messages.importConfirm.confirm}
        cancel={messages.importConfirm.cancel}
      />
    </div>
  );
}
