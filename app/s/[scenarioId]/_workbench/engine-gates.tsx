'use client';
/**
 * Every model version's engine and data as the browser gets them, each version loaded by
 * `next/dynamic` into chunks of its own. A route is sent every client module it reaches by a static
 * import, so a map of engines imported statically would put every scenario's and every version's
 * engine on every workbench page; loaded this way, the server names in the page only the chunks of the
 * version it renders (the browser fetches them with the page's scripts), and the others are never
 * fetched. The data comes as a chunk too, not with the HTML: a script is cached from one visit to the
 * next, and the page's HTML is not. One line per model version, its `import()`s written inside its
 * `dynamic()` call, where Next finds the chunks to name. (The file keeps the name the released
 * versions' `engine.client.ts` comments give it, from when it loaded engines alone.)
 */
import dynamic from 'next/dynamic';
import type { ComponentType, ReactNode } from 'react';
import type { ScenarioData, ScenarioEngine } from '@/machines/scenario';

/** A model version as the workbench runs it: its data and its engine. */
export interface ModelOfVersion {
  data: ScenarioData;
  engine: ScenarioEngine;
}

/** Renders its children with the model version, once its chunks are there. */
export type VersionGate = ComponentType<{ children: (model: ModelOfVersion) => ReactNode }>;

const gateOf = ([{ engine }, { data }]: [{ engine: ScenarioEngine }, { data: ScenarioData }]): { default: VersionGate } => ({
  default: function VersionGate({ children }) {
    return children({ data, engine });
  },
});

/** By `<scenario id>@<model version>`: every version the registry has (a test checks them against it). */
export const VERSION_GATES: Readonly<Record<string, VersionGate>> = {
  'abu-dhabi-2026@1': dynamic(() => Promise.all([import('@/machines/abu-dhabi-2026/model-1/engine.client'), import('@/machines/abu-dhabi-2026/model-1/data')]).then(gateOf)),
  'abu-dhabi-2026@2': dynamic(() => Promise.all([import('@/machines/abu-dhabi-2026/model-2/engine.client'), import('@/machines/abu-dhabi-2026/model-2/data')]).then(gateOf)),
  'panmunjom-1951@1': dynamic(() => Promise.all([import('@/machines/panmunjom-1951/model-1/engine.client'), import('@/machines/panmunjom-1951/model-1/data')]).then(gateOf)),
};
