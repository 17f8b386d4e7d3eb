import { memo } from 'react';
import type { StateValue } from 'xstate';
import type { Scenario } from '@/machines/scenario';
import { keyToWords, markActive, properNounsIn, type ChartRegion } from '@/lib/workbench/state-map';
import { messages } from '@/app/_i18n/messages';

/** Names to keep capitalised when state keys are spelled out: from the scenario's summary and its parties. */
export function properNounsOf(scenario: Scenario): string[] {
  const parties = scenario.data.parties.filter((p) => p.id !== 'time').map((p) => p.label);
  // Each label is read as if mid-sentence, so its first word counts as a proper noun too.
  return properNounsIn([scenario.data.summary, ...parties.map((label) => `of ${label}`)]);
}

/**
 * Each region of the statechart with its states; the active ones are filled and marked in words.
 * `chart`: the statechart's regions, as the server found them (see arrival.ts).
 */
export const StateMapView = memo(function StateMapView({ scenario, chart, value }: { scenario: Scenario; chart: readonly ChartRegion[]; value: StateValue }) {
  const properNouns = properNounsOf(scenario);
  const regions = markActive(chart, value);
  return (
    <div className="state-map">
      <h3>{messages.situation.stateMapHeading}</h3>
      <dl>
        {regions.map((region) => {
          const active = region.states.find((s) => s.active);
          return (
            <div key={region.id} className="region">
              <dt>{region.names.length === 0 ? messages.situation.stageRegion : region.names.map((n) => keyToWords(n, properNouns)).join(' · ')}</dt>
              <dd>
                <ul className="region-states">
                  {region.states.map((state) => (
                    <li key={state.id} className={state.active ? 'map-state active' : 'map-state'} title={state.description ?? undefined}>
                      {keyToWords(state.key, properNouns)}
                      {state.active && <span className="visually-hidden"> ({messages.situation.activeState})</span>}
                    </li>
                  ))}
                </ul>
                {active?.description && <p className="region-note">{active.description}</p>}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
});
