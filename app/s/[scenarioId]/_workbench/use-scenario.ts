'use client';
/**
 * The workbench's scenario: its data arrives with the page (the server hands it over as props), and
 * its engine — statechart and rules — is a chunk of its own, loaded on demand (machines/registry.ts),
 * so a workbench page ships only its own scenario's code and none of its prose. Until the engine has
 * loaded, the page keeps showing the server's HTML.
 */
import { use } from 'react';
import { loadEngine } from '@/machines/registry';
import type { Scenario, ScenarioData } from '@/machines/scenario';

const loading = new Map<string, Promise<Scenario>>();

function load(data: ScenarioData): Promise<Scenario> {
  let scenario = loading.get(data.id);
  if (!scenario) {
    // The server page found the scenario before rendering, so its engine is there.
    scenario = loadEngine(data.id).then((engine) => engine?.(data) ?? Promise.reject(new Error(`scenario ${data.id} is not registered`)));
    loading.set(data.id, scenario);
  }
  return scenario;
}

export function useScenario(data: ScenarioData): Scenario {
  return use(load(data));
}
