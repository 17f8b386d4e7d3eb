import { memo } from 'react';
import type { StateValue } from 'xstate';
import { markActive, type ChartRegion } from '@/lib/workbench/state-map';
import { messages } from '@/app/_i18n/messages';

/**
 * Each region of the statechart with its states, named as the scenario names them; the active ones
 * are filled and marked in words. `chart`: the statechart's regions, as the server found them (see
 * arrival.ts).
 */
export const StateMapView = memo(function StateMapView({ chart, value }: { chart: readonly ChartRegion[]; value: StateValue }) {
  const regions = markActive(chart, value);
  return (
    <div className="state-map">
      <h3>{messages.situation.stateMapHeading}</h3>
      <dl>
        {regions.map((region) => {
          const active = region.states.find((s) => s.active);
          return (
            <div key={region.id} className="region">
              <dt>{region.label}</dt>
              <dd>
                <ul className="region-states">
                  {region.states.map((state) => (
                    <li key={state.id} className={state.active ? 'map-state active' : 'map-state'} title={state.description ?? undefined}>
                      {state.label}
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
