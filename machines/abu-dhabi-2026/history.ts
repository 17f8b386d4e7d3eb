/**
 * The Abu Dhabi model's versions. Each version's code and data is a folder of its own (`model-N/`);
 * a released folder is frozen, so every link and saved session made with it opens as it did.
 */
import type { ModelHistory } from '@/machines/model-history';

export const history: ModelHistory = [
  {
    version: 1,
    released: '2026-11-25',
    changes: ['The first model: the talks from 14 January 2026, the energy truce of late January and its end, and the record to 19 February 2026.'],
  },
  {
    version: 2,
    released: null,
    changes: [
      'What happened and what if are told apart: an event of the record cites its own dated report; an event that did not happen is marked “Simulated”, with the move’s sources as what it is modelled on.',
    ],
  },
];
