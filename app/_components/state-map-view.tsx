import type { StateValue } from 'xstate';
import type { Scenario } from '../../machines/scenario';
import { keyToWords, stateMap, type StateNodeLike } from '../../lib/workbench/state-map';
import { messages } from './messages';

/** Each region of the statechart with its states; the active ones are filled and marked in words. */
export function StateMapView({ scenario, value }: { scenario: Scenario; value: StateValue }) {
  const properNouns = scenario.data.parties.flatMap((p) => p.label.split(' '));
  const regions = stateMap(scenario.machine.root as unknown as StateNodeLike, value);
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
}
