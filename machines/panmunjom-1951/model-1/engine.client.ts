'use client';
/**
 * The engine as the browser gets it: the workbench loads this module into a chunk of its own
 * (app/s/[scenarioId]/_workbench/engine-gates.tsx), which the page names with its own scripts.
 */
export { engine } from './engine';
