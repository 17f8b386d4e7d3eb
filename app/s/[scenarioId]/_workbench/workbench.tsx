'use client';
/**
 * The workbench for one scenario: situation and state map, moves, charts, timeline and branches.
 * It only asks the engine and draws the answer; all state lives in the session (use-session.ts).
 */
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSelector } from '@xstate/react';
import type { PathStep } from '@/lib/sim/path';
import { currentBranch } from '@/lib/workbench/branch-tree';
import { provenanceOf, recordSpan } from '@/lib/workbench/record';
import { drawStep } from '@/lib/workbench/chance';
import { changesOf } from '@/lib/sim/engine';
import { inVersion, workbenchAddress } from '@/lib/share/address';
import { serializeSession } from '@/lib/workbench/saved-session';
import { sessionSelectors, type SessionActor } from '@/lib/workbench/session-machine';
import { initialSession, type ArrivalCheck, type FirstView } from '@/lib/workbench/arrival';
import { branchNames } from './session/branch-names';
import { BranchTreeView } from './paths/branch-tree-view';
import { CompareSelect, CompareTable } from './paths/compare-panel';
import { CopyLinkButton } from './toolbar/copy-link-button';
import { ConfirmDialog } from '@/app/_components/dialog';
import { download } from '@/app/_components/download';
import { KeptSessionsView } from './session/kept-sessions-view';
import { SessionNotices } from './session/session-notices';
import { ModelVersionNotice } from './session/model-version-notice';
import { currentVersion, type ModelHistory } from '@/machines/model-history';
import { messages } from '@/app/_i18n/messages';
import { MetricCharts } from './charts/metric-charts';
import { MovesPanel } from './moves/moves-panel';
import { SessionToolbar } from './toolbar/session-toolbar';
import { ShortcutsDialog } from './toolbar/shortcuts-dialog';
import { SituationPanel } from './situation/situation-panel';
import { narrativeOf } from '@/lib/workbench/narrative';
import { StateMapView } from './situation/state-map-view';
import { Timeline } from './paths/timeline';
import { useSession } from './session/use-session';
import { useTrajectories } from './paths/use-trajectories';
import type { ScenarioData, ScenarioEngine } from '@/machines/scenario';
import type { BesideHistory } from '@/lib/charts/beside';
import { besideOfSearch } from '@/lib/share/address';
import { replaceBesideInUrl } from './session/url-state';
import { useWorkbenchShortcuts } from './use-workbench-shortcuts';

/**
 * The workbench's root, marked ready once the local copy is read. With nothing saved, that is all
 * that changes on load, so only this element is drawn again: a store's update cannot be a transition,
 * so what it redraws is kept small (the workbench's content is the same element, which React skips).
 */
function WorkbenchRoot({ actor, step, date, children }: { actor: SessionActor; step: number; date: string; children: ReactNode }) {
  const loaded = useSelector(actor, sessionSelectors.loaded);
  return (
    <div className="workbench" data-step={step} data-date={date} data-ready={loaded ? 'true' : undefined}>
      {children}
    </div>
  );
}

interface WorkbenchProps {
  data: ScenarioData;
  engine: ScenarioEngine;
  /** The arrival as the server checked it. */
  check: ArrivalCheck;
  /** What the workbench first shows for it (see arrival.ts), so the page starts without replaying it. */
  view: FirstView;
  /** The scenario's model versions: this page runs the one its data is. */
  history: ModelHistory;
  /** The other scenarios' records that can be set beside the charts, worked out on the server. */
  beside: readonly BesideHistory[];
  /** The one the address names (`?beside=`), if any. */
  besideShown: string | null;
}

/**
 * Another scenario's record set beside the charts, as the address bar names it: read from the
 * address on the server, so a reload shows it again, and written back to the address bar on change.
 */
function useBeside(beside: readonly BesideHistory[], shown: string | null) {
  const [besideId, setBesideId] = useState(shown);
  // An address naming no scenario that can be set beside loses the name, rather than carry it on.
  useEffect(() => {
    if (besideOfSearch(window.location.search) !== shown) replaceBesideInUrl(shown);
  }, [shown]);
  const showBeside = useCallback((id: string | null) => {
    setBesideId(id);
    replaceBesideInUrl(id);
  }, []);
  const history = useMemo(() => beside.find((b) => b.scenarioId === besideId) ?? null, [beside, besideId]);
  return { besideId: history ? besideId : null, besideHistory: history, showBeside };
}

export function Workbench({ data: scenarioData, engine, check, view, history, beside, besideShown }: WorkbenchProps) {
  const scenario = useMemo(() => engine(scenarioData), [engine, scenarioData]);
  const { data } = scenario;
  const initial = useMemo(() => initialSession(scenario, check, branchNames.next), [scenario, check]);
  const otherVersions = useMemo(() => history.map((r) => r.version).filter((v) => v !== data.modelVersion), [history, data.modelVersion]);
  const modelPage = inVersion(`${workbenchAddress(data.id)}/model`, data.modelVersion, currentVersion(history).version);

  const { actor, commands } = useSession(scenario, initial, check, otherVersions);
  // Each read narrowly, so that a change draws only what shows it (marking the page loaded: WorkbenchRoot).
  const session = useSelector(actor, sessionSelectors.session);
  const canUndo = useSelector(actor, sessionSelectors.canUndo);
  const canRedo = useSelector(actor, sessionSelectors.canRedo);
  const kept = useSelector(actor, sessionSelectors.kept);
  const imported = useSelector(actor, sessionSelectors.imported);
  const presetLabel = useCallback((id: string) => data.presets.find((p) => p.id === id)?.label ?? id, [data]);
  const first = useMemo(() => ({ session: initial, view }), [initial, view]);
  const { records, shown, moves, snapshotNow, snapshotAt, reference, compare } = useTrajectories(scenario, session, presetLabel, first);
  const branch = currentBranch(session.tree);
  const now = shown.at(-1)!;
  const span = useMemo(() => recordSpan(data, branch.steps), [data, branch.steps]);
  const provenance = useMemo(() => provenanceOf(data, branch.steps, now.step), [data, branch.steps, now.step]);
  const changes = useCallback(
    () => (now.move === null ? null : changesOf(scenario, snapshotAt(now.step - 1), snapshotAt(now.step), now.move)),
    [scenario, snapshotAt, now.step, now.move],
  );

  const [dialog, setDialog] = useState<'shortcuts' | 'start-over' | null>(null);
  const { besideId, besideHistory, showBeside } = useBeside(beside, besideShown);

  // A move removes the button that took it; keep keyboard focus in the moves panel instead of losing it.
  const movedFromPanel = useRef(false);
  useEffect(() => {
    if (movedFromPanel.current && document.activeElement === document.body) document.getElementById('moves-heading')?.focus();
    movedFromPanel.current = false;
  }, [session]);

  const onMove = useCallback(
    (step: PathStep) => {
      movedFromPanel.current = true;
      commands.move(step);
    },
    [commands],
  );
  const onChance = useCallback(
    (moveId: string) => {
      const drawn = drawStep(scenario, snapshotNow(), moveId, session.seed, now.step + 1);
      movedFromPanel.current = drawn.ok;
      if (drawn.ok) commands.move(drawn.value);
      else commands.refuseMove(drawn.error);
    },
    [scenario, snapshotNow, session.seed, now.step, commands],
  );
  const startOver = () => {
    commands.startOver();
    setDialog(null);
  };

  const shownStep = session.tree.shownStep;
  const showShortcuts = useCallback(() => setDialog('shortcuts'), []);
  const stepBy = useCallback((offset: -1 | 1) => commands.showStep(shownStep + offset), [commands, shownStep]);
  useWorkbenchShortcuts({ undo: commands.undo, redo: commands.redo, showShortcuts, stepBy });

  const compareTable = compare && <CompareTable scenario={scenario} chart={view.regions} current={{ name: branch.name, records: shown, atEnd: shown.length === records.length }} compare={compare} />;

  return (
    <WorkbenchRoot actor={actor} step={now.step} date={now.date}>
      <header className="wb-header">
        {/* Not prefetched: fetching other pages ahead would compete with the workbench starting up. */}
        <p className="wb-title">
          <Link prefetch={false} href="/">{messages.appName}</Link>
          <span aria-hidden="true"> / </span>
          <span>{data.title}</span>
        </p>
        <nav aria-label={messages.workbench.modelLink} className="wb-links">
          <Link prefetch={false} href={modelPage}>{messages.workbench.modelLink}</Link>
        </nav>
        <SessionToolbar
          canUndo={canUndo}
          canRedo={canRedo}
          onUndo={commands.undo}
          onRedo={commands.redo}
          onExport={() => download(messages.workbench.exportFileName(data.id), serializeSession(scenario, session))}
          onImport={commands.importFile}
          onStartOver={() => setDialog('start-over')}
          onShortcuts={() => setDialog('shortcuts')}
        />
        <CopyLinkButton scenario={scenario} session={session} />
      </header>
      {/* On a phone the moves come first; this line keeps the result of a move in sight. The
          situation panel says the same to assistive technology, so this copy is hidden from it. */}
      <p className="wb-status" aria-hidden="true">
        <strong>{messages.format.shortDate(now.date)}</strong> · {messages.situation.step(now.step, records.length - 1)} ·{' '}
        {provenance.kind === 'simulated' && <em>{messages.timeline.whatIf} · </em>}
        {narrativeOf(data, now, provenance)}
      </p>
      <ModelVersionNotice
        scenarioId={data.id}
        version={data.modelVersion}
        history={history}
        path={branch.steps}
        seed={session.seed}
        step={shownStep === branch.steps.length ? null : shownStep}
        changesParams={Object.keys(session.params).length > 0}
      />
      <SessionNotices scenario={scenario} actor={actor} commands={commands} />
      <main id="main" className="wb-grid">
        <h1 className="visually-hidden">{data.title}</h1>
        {/* The moves come first in the page as on screen, at every width: a first paint before the
            rest has arrived then only grows downwards, and keyboard order follows what is seen. */}
        <section className="panel panel-moves" aria-labelledby="moves-heading">
          <MovesPanel scenario={scenario} moves={moves} ended={now.outcome} onMove={onMove} onChance={onChance} />
        </section>
        <section className="panel panel-situation" aria-labelledby="situation-heading">
          <SituationPanel
            scenario={scenario}
            record={now}
            branchLength={records.length - 1}
            provenance={provenance}
            changes={scenario.metricsAfterDays ? changes : undefined}
          />
          <StateMapView chart={view.regions} value={now.value} />
          <BranchTreeView tree={session.tree} onOpen={commands.openBranch} onRename={commands.renameBranch} />
          <KeptSessionsView kept={kept} onOpen={commands.openKept} />
        </section>
        <section className="panel panel-charts" aria-labelledby="charts-heading">
          <div className="charts-head">
            <h2 id="charts-heading">{messages.charts.heading}</h2>
            <CompareSelect scenario={scenario} tree={session.tree} target={session.compare} onChange={commands.compare} beside={beside} besideId={besideId} onBeside={showBeside} />
          </div>
          <MetricCharts scenario={scenario} shown={shown} reference={reference} compare={compare} beside={besideHistory} />
          {compareTable}
        </section>
        <div className="panel panel-timeline">
          <Timeline scenario={scenario} records={records} shownStep={now.step} span={span} onShow={commands.showStep} />
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
        onClose={commands.cancelImport}
        onConfirm={commands.confirmImport}
        title={messages.importConfirm.heading}
        body={messages.importConfirm.body(session.tree.branches.length, imported?.tree.branches.length ?? 0)}
        confirm={messages.importConfirm.confirm}
        cancel={messages.importConfirm.cancel}
      />
    </WorkbenchRoot>
  );
}
