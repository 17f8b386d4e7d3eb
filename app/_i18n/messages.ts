/**
 * The catalogue the app speaks. English alone for now; a second language is a second implementation
 * of `Messages` (catalogue.ts) chosen here.
 */
import type { Messages } from './catalogue';
import { en } from './en';

export type { Messages } from './catalogue';

export const messages: Messages = en;
