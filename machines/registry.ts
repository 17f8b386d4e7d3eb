/** Every scenario Parley knows. Adding a scenario is one line here and a folder beside this file. */
import type { Scenario } from './scenario';
import { abuDhabi2026 } from './abu-dhabi-2026';

export const scenarios: readonly Scenario[] = [abuDhabi2026 as unknown as Scenario];

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.data.id === id);
}
