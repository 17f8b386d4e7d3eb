/**
 * The Panmunjom model's versions. Each version's code and data is a folder of its own (`model-N/`);
 * a released folder is frozen, so every link and saved session made with it opens as it did.
 */
import type { ModelHistory } from '@/machines/model-history';

export const history: ModelHistory = [
  {
    version: 1,
    released: '2026-12-01',
    changes: ['The first model: the armistice talks from the first plenary at Kaesong on 10 July 1951 to the signing at Panmunjom on 27 July 1953.'],
  },
];
