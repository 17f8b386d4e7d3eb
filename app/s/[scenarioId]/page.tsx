import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findScenario } from '../../../machines/registry';
import { readUrlState } from '../../_components/url-state';
import { Workbench } from '../../_components/workbench';
import { shareCardMetadata } from './share-card';

/** Route props, spelled out rather than Next's generated `PageProps` so typechecking needs no build first. */
interface Props {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const scenario = findScenario((await props.params).scenarioId);
  if (!scenario) return {};
  return shareCardMetadata(scenario.data, { title: scenario.data.title, description: scenario.data.summary });
}

/** Reads the address once and hands plain data to the workbench. */
export default async function WorkbenchPage(props: Props) {
  const { scenarioId } = await props.params;
  if (!findScenario(scenarioId)) notFound();
  const url = readUrlState(await props.searchParams);
  return <Workbench scenarioId={scenarioId} url={url} />;
}
