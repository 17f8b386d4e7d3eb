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
    released: '2026-12-01',
    changes: [
      'What happened and what if are told apart: an event of the record cites its own dated report; an event that did not happen is marked “Simulated”, with the move’s sources as what it is modelled on.',
      'The record’s dates follow the reports: round 1 on 23–24 January, round 2 on 4–5 February, Geneva announced on 13 February and held on 17–18 February; the unreported round of 19 February is gone. Strikes, calls, meetings and announcements take no day of their own, so several events can share a day in the order they came (a round’s move is the day it concluded).',
      'The pause of 30 January is what the Kremlin said it was: Russia holding off its strikes until 1 February at Washington’s request, with nothing signed and Ukraine’s strikes going on; the strikes of 3 February are told in both sides’ readings.',
      'No deal without a round at the table: an armistice or an agreement needs a round that made progress since its terms were settled (a stalled one does not count), and is signed at a convened round.',
      'The record runs to 11 April 2026: the Geneva round’s 500-for-500 exchange, carried out in two stages on 5–6 March; the strike waves of February and March on both sides and Ukraine’s gains of February; the mediator’s meetings and the leaders’ calls with each side; the round planned for early March that did not take place once the war with Iran began, and the talks paused since (a state apart from suspended and from concluded, in which momentum drains slowly); an exchange agreed and still to be carried out, a situation with its own prompt; and the Easter ceasefire Russia declared on 10 April for 11–12 April, which Kyiv proposed to extend. The record found ends there.',
      'The share of Donetsk held at the start ranges over the conflicting figures: just over 70% (wire reports), about 78.5% (DeepState), 83–85% (Moscow’s claim).',
      'A truce’s risk accrues with the days, whichever move takes them: the next time move draws for every day owed, and a truce run out through other moves has its last days settled when time next passes.',
      'Text agrees with state: a truce carried to the end of its term is said to have held to the end, not to hold; freezing the line is no longer offered once Ukraine has conceded Donetsk; the ceasefire risk says there is no ceasefire yet and over what time it counts.',
      'Estimates are marked as such: the share of Donetsk, the grid, the casualties (now “Ukrainian civilians killed and injured”, to the nearest ten) and the ceasefire risk are the model’s estimates from sourced rates, not counts.',
      'Both sides’ costs: a new measure of Russian refining capacity knocked out by Ukraine’s long-range strikes (Reuters: about 17% after strikes on ten refineries in August 2025); on the record only a refinery struck counts, not a power station or an oil terminal.',
      'After a signing the story goes on: time passes, the front stands and civilian harm falls to a small share (mines, unexploded ordnance, violations), and the deal holds or breaks day by day at the risk of its terms (spread over ten years); the outcome records the signing and whether it still holds, and once it breaks the page says so.',
      'Moves come as far apart as the record has them: meetings and calls with one side a week apart, mass strikes three days apart, holiday ceasefires 60 days apart and extended once at most; a mass strike a person orders is one of the campaign’s own, not one on top of it.',
      'The grid no longer runs down to nothing: repairs, imports and decentralised generation bring back a share of what is out, so under the campaign’s pace it settles near the 11 of 18 GW the UN reported in January 2026, which is also where it starts.',
    ],
  },
];
