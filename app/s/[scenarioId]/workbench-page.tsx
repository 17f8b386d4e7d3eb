import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { browserEngineLoader } from '@/machines/browser-engine-map';
import { loadScenario, loadScenarioData, modelHistoryOf, versionToOpen } from '@/machines/registry';
import { askedModelVersion, readUrlState } from '@/lib/share/address';
import { arriveFrom } from '@/lib/workbench/arrival';
import { branchNames } from './_workbench/session/branch-names';
import { Workbench } from './_workbench/workbench';
import { shareCardMetadata } from './share-card';

/**
 * The workbench page, for the route of the current model versions (page.tsx) and the route of the
 * others (other-version/page.tsx): each hands the browser engines of its own versions only.
 */

/** Route props, spelled out rather than Next's generated `PageProps` so typechecking needs no build first. */
export interface WorkbenchRouteProps {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function workbenchMetadata(props: WorkbenchRouteProps): Promise<Metadata> {
  const data = await loadScenarioData((await props.params).scenarioId);
  if (!data) return {};
  return shareCardMetadata(data, { title: data.title, description: data.summary });
}

/**
 * Reads the address once, checks it with the engine of the model version it was made with (the
 * current one when it names none, or one this copy does not have, which the check then reports) and
 * hands the workbench plain data: the arrival and what to show first, so the browser does not replay
 * the path while the page starts.
 */
export async function WorkbenchPage({ route, engines }: { route: WorkbenchRouteProps; engines: ReturnType<typeof browserEngineLoader> }) {
  const { scenarioId } = await route.params;
  const url = readUrlState(await route.searchParams);
  const scenario = await loadScenario(scenarioId, versionToOpen(scenarioId, askedModelVersion(url)));
  if (!scenario) notFound();
  const engine = await engines.load(scenarioId, scenario.data.modelVersion);
  // A version this route does not serve: the proxy sends other versions' pages to their own route.
  if (!engine) notFound();
  const { check, view } = arriveFrom(scenario, url, branchNames);
  return <Workbench data={scenario.data} engine={engine} check={check} view={view} history={modelHistoryOf(scenarioId)} />;
}
