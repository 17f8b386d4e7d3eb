/** The Abu Dhabi 2026 scenario: its data and its engine, put together. */
import { data } from './data';
import { engine } from './engine';

export const scenario = engine(data);
