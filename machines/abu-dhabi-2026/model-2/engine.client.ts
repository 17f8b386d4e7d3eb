'use client';
/**
 * The engine as the browser gets it: a client module, so the server page can hand the workbench a
 * reference to it, and the browser fetches its code with the page's own scripts instead of after them.
 */
export { engine } from './engine';
