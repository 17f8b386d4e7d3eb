import { memo, useState } from 'react';
import type { Outcome, Scenario } from '@/machines/scenario';
import type { MoveOption, MovesAt } from '@/lib/sim/engine';
import type { PathStep } from '@/lib/sim/path';
import { messages } from '@/app/_i18n/messages';
import { partyColour, PartySwatch } from '@/app/_components/party-swatch';

interface Props {
  scenario: Scenario;
  /** The moves at the step shown: open, and notable ones that are not. */
  moves: MovesAt;
  /** How the talks ended, if they did: after a signing, time may still pass while the deal holds. */
  ended: Outcome | null;
  onMove: (step: PathStep) => void;
  onChance: (moveId: string) => void;
}

/**
 * A move's explanation: shown under it when the person asks for explanations, and always its
 * control's description for assistive technology (and its tooltip for a mouse).
 */
function MoveDescription({ id, text, shown }: { id: string; text: string; shown: boolean }) {
  return (
    <span id={id} className="move-description" hidden={!shown}>
      {text}
    </span>
  );
}

/** How long a move takes, beside its name: every move moves the calendar. */
const MoveDays = ({ days }: { days: number }) => <span className="move-days"> {messages.moves.days(days)}</span>;

function MoveControl({ move, days, description, explain, onMove, onChance }: { move: MoveOption; days: number; description: string; explain: boolean } & Pick<Props, 'onMove' | 'onChance'>) {
  const groupId = `move-${move.id.replace(/\./g, '-')}`;
  const descriptionId = `${groupId}-description`;
  if (!move.outcomes) {
    return (
      <li className="move">
        <button type="button" className="move-button" data-move={move.id} title={description} aria-describedby={descriptionId} onClick={() => onMove({ move: move.id })}>
          {move.label}
          <MoveDays days={days} />
        </button>
        <MoveDescription id={descriptionId} text={description} shown={explain} />
      </li>
    );
  }
  const percents = messages.format.outcomePercents(move.outcomes.map((o) => o.p));
  return (
    <li className="move move-uncertain">
      <span id={groupId} className="move-label" title={description}>
        {move.label}
        <MoveDays days={days} />
      </span>
      <MoveDescription id={descriptionId} text={description} shown={explain} />
      <div role="group" aria-labelledby={groupId} aria-describedby={descriptionId} className="outcomes">
        {move.outcomes.map((o, i) => (
          <button key={o.id} type="button" className="outcome-button" data-move={move.id} data-outcome={o.id} onClick={() => onMove({ move: move.id, outcome: o.id })}>
            {messages.moves.outcomeChoice(o.label, percents[i]!)}
          </button>
        ))}
        <button type="button" className="outcome-button chance" data-move={move.id} onClick={() => onChance(move.id)}>
          {messages.moves.letChance}
        </button>
      </div>
    </li>
  );
}

/** The moves open now, grouped by party, with notable moves that are not open greyed and explained. */
export const MovesPanel = memo(function MovesPanel({ scenario, moves: { available, blocked }, ended, onMove, onChance }: Props) {
  const [explain, setExplain] = useState(false);
  const descriptions = new Map(scenario.data.moves.map((m) => [m.id, m.description]));
  const daysOf = new Map(scenario.data.moves.map((m) => [m.id, m.days]));
  const groups = scenario.data.parties
    .map((party) => ({
      party,
      moves: available.filter((m) => m.party === party.id),
      // Once the talks have ended, their moves are over: only what can still happen (time passing) is listed.
      blocked: ended === null ? blocked.filter((m) => m.party === party.id) : [],
    }))
    .filter((g) => g.moves.length > 0 || g.blocked.length > 0);

  return (
    <div className="moves">
      <h2 id="moves-heading" tabIndex={-1}>
        {messages.moves.heading}
      </h2>
      {ended === null ? (
        <p className="panel-intro">{messages.moves.intro}</p>
      ) : (
        <p>{available.length > 0 ? messages.moves.afterSigning(scenario.data.outcomes[ended].label) : messages.moves.ended}</p>
      )}
      {ended === null && (
        <label className="explain-toggle">
          <input type="checkbox" checked={explain} onChange={(event) => setExplain(event.target.checked)} />
          {messages.moves.explain}
        </label>
      )}
      {groups.map(({ party, moves, blocked: notNow }) => (
        <section key={party.id} className="party-group" data-party={party.id} style={partyColour(party)} aria-labelledby={`party-${party.id}`}>
          <h3 id={`party-${party.id}`}>
            <PartySwatch party={party} /> {party.label}
          </h3>
          {party.kind === 'actor' && (
            <details className="framing">
              <summary>{messages.moves.framing(party.label)}</summary>
              <p>{party.framing}</p>
            </details>
          )}
          <ul className="move-list">
            {moves.map((move) => (
              <MoveControl
                key={move.id}
                move={move}
                days={daysOf.get(move.id) ?? 0}
                description={descriptions.get(move.id) ?? ''}
                explain={explain}
                onMove={onMove}
                onChance={onChance}
              />
            ))}
            {notNow.map((move) => (
              <li key={move.id} className="move move-blocked">
                <span className="move-label">{move.label}</span>
                <span className="move-reason">
                  <span className="visually-hidden">{messages.moves.notNow}: </span>
                  {messages.core.whyNot(move.reason)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
});
