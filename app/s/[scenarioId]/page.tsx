import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadScenario, loadScenarioData, modelHistoryOf, versionToOpen } from '@/machines/registry';
import { askedModelVersion, besideAsked, readUrlState } from '@/lib/share/address';
import { arriveFrom } from '@/lib/workbench/arrival';
import { branchNames } from './_workbench/session/branch-names';
import { besideHistoriesFor } from './beside-data';
import { WorkbenchOfVersion } from './_workbench/workbench-of-version';
import { shareCardMetadata } from './share-card';

/**
 * The workbench page of a scenario, in every model version: the current one, or the one a link or
 * `?model=N` names. The browser is sent only that version's data and engine (engine-gates.tsx).
 */

/** Route props, spelled out rather than Next's generated `PageProps` so typechecking needs no build first. */
interface WorkbenchRouteProps {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(props: WorkbenchRouteProps): Promise<Metadata> {
  const data = await loadScenarioData((await props.params).scenarioId);
  if (!data) return {};
  return shareCardMetadata(data, { title: data.title, description: data.summary });
}

/**
 * Reads the address once, checks it with the engine of the model version it was made with (the
 * current one when it names none, or one this copy does not have, which the check then reports) and
 * hands the workbench plain data: the arrival and what to show first, so the browser does not replay
 * the path while the page starts; and the other scenarios' records that can be set beside its
 * charts, as numbers (their engines stay here), with the one `?beside=` names. The scenario's own
 * data comes with its engine, as a chunk the browser keeps (engine-gates.tsx).
 */
export default async function WorkbenchPage(route: WorkbenchRouteProps) {
  const { scenarioId } = await route.params;
  const searchParams = await route.searchParams;
  const url = readUrlState(searchParams);
  const scenario = await loadScenario(scenarioId, versionToOpen(scenarioId, askedModelVersion(url)));
  if (!scenario) notFound();
  const { check, view } = arriveFrom(scenario, url, branchNames);
  const beside = await besideHistoriesFor(scenario.data);
  const asked = besideAsked(searchParams);
  const besideShown = beside.some((b) => b.scenarioId === asked) ? asked : null;
  return (
    <WorkbenchOfVersion
      scenarioId={scenario.data.id}
      modelVersion={scenario.data.modelVersion}
      check={check}
      view={view}
      history={modelHistoryOf(scenarioId)}
      beside={beside}
      besideShown={besideShown}
    />
  );
}
