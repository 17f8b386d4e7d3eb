'use client';
/**
 * The workbench's scenario, loaded on demand: each scenario is a chunk of its own (machines/registry.ts),
 * so a workbench page ships only the scenario it shows. Until it has loaded, the page keeps showing
 * the server's HTML (the Suspense boundary in page.tsx).
 */
import { use } from 'react';
import { loadScenario } from '@/machines/registry';
import type { Scenario } from '@/machines/scenario';

const loading = new Map<string, Promise<Scenario>>();

function load(id: string): Promise<Scenario> {
  let promise = loading.get(id);
  if (!promise) {
    // The server page found the scenario before rendering, so it is there.
    promise = loadScenario(id).then((scenario) => scenario ?? Promise.reject(new Error(`scenario ${id} is not registered`)));
    loading.set(id, promise);
  }
  return promise;
}

export function useScenario(id: string): Scenario {
  return use(load(id));
}
