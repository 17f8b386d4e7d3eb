'use client';
/**
 * Every model version's engine as the browser gets it, each loaded by `next/dynamic` into a chunk of
 * its own. A route is sent every client module it reaches by a static import, so a map of engines
 * imported statically would put every scenario's and every version's engine on every workbench page;
 * loaded this way, the server names in the page only the chunk of the engine it renders (the browser
 * fetches it with the page's scripts), and the others are never fetched. One line per model version,
 * its `import()` written inside its `dynamic()` call, where Next finds the chunk to name.
 */
import dynamic from 'next/dynamic';
import type { ComponentType, ReactNode } from 'react';
import type { ScenarioEngine } from '@/machines/scenario';

/** Renders its children with the engine, once the engine's chunk is there. */
export type EngineGate = ComponentType<{ children: (engine: ScenarioEngine) => ReactNode }>;

const gateOf = ({ engine }: { engine: ScenarioEngine }): { default: EngineGate } => ({
  default: function EngineGate({ children }) {
    return children(engine);
  },
});

/** By `<scenario id>@<model version>`: every version the registry has (a test checks them against it). */
export const ENGINE_GATES: Readonly<Record<string, EngineGate>> = {
  'abu-dhabi-2026@1': dynamic(() => import('@/machines/abu-dhabi-2026/model-1/engine.client').then(gateOf)),
  'abu-dhabi-2026@2': dynamic(() => import('@/machines/abu-dhabi-2026/model-2/engine.client').then(gateOf)),
  'panmunjom-1951@1': dynamic(() => import('@/machines/panmunjom-1951/model-1/engine.client').then(gateOf)),
};
