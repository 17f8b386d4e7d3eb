/**
 * The engines of the model versions that are not current (older ones, and previews) as the browser
 * gets them, for the route that serves those versions' pages (the proxy sends them there), so that a
 * workbench page of a current version never carries them.
 */
import { browserEngineLoader } from './browser-engine-map';

export const otherBrowserEngines = browserEngineLoader({
  'abu-dhabi-2026': {
    1: () => import('./abu-dhabi-2026/model-1/engine.client'),
  },
});
