/**
 * The engine of each scenario's current model version as the browser gets it, for the workbench
 * route (machines/browser-engine-map.ts). Only that route imports this file. Releasing a version
 * moves its line here and the version before it to browser-engines-other.ts; a test checks both
 * files against the registry.
 */
import { browserEngineLoader } from './browser-engine-map';

export const currentBrowserEngines = browserEngineLoader({
  'abu-dhabi-2026': {
    2: () => import('./abu-dhabi-2026/model-2/engine.client'),
  },
});
