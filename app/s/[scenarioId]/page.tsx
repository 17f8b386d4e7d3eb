import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadBrowserEngine } from '@/machines/browser-engines';
import { loadScenario, loadScenarioData } from '@/machines/registry';
import { readUrlState } from '@/lib/share/address';
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
 * Reads the address once, checks it with the engine and hands the workbench plain data: the arrival
 * and what to show first, so the browser does not replay the path while the page starts.
 */
export default async function WorkbenchPage(props: Props) {
  const { scenarioId } = await props.params;
  const scenario = await loadScenario(scenarioId);
  if (!scenario) notFound();
  const { check, view } = arriveFrom(scenario, readUrlState(await props.searchParams), branchNames);
  return <Workbench data={scenario.data} engine={(await loadBrowserEngine(scenarioId))!} check={check} view={view} />;
}
