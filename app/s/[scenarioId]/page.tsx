import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadBrowserEngine } from '@/machines/browser-engines';
import { hasModelVersion, loadScenario, loadScenarioData, modelHistoryOf } from '@/machines/registry';
import { askedModelVersion, readUrlState } from '@/lib/share/address';
import { arriveFrom } from '@/lib/workbench/arrival';
import { branchNames } from './_workbench/session/branch-names';
import { Workbench } from './_workbench/workbench';
import { shareCardMetadata } from './share-card';

/** Route props, spelled out rather than Next's generated `PageProps` so typechecking needs no build first. */
interface Props {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
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
export default async function WorkbenchPage(props: Props) {
  const { scenarioId } = await props.params;
  const url = readUrlState(await props.searchParams);
  const asked = askedModelVersion(url);
  const scenario = await loadScenario(scenarioId, asked !== null && hasModelVersion(scenarioId, asked) ? asked : undefined);
  if (!scenario) notFound();
  const { check, view } = arriveFrom(scenario, url, branchNames);
  const engine = (await loadBrowserEngine(scenarioId, scenario.data.modelVersion))!;
  return <Workbench data={scenario.data} engine={engine} check={check} view={view} history={modelHistoryOf(scenarioId)} />;
}
