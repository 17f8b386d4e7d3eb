/**
 * The moves each registered scenario's browser laws walk. The laws are the same for every scenario;
 * the moves are each scenario's own, written out here by hand so a reader sees what a test does. With
 * a scenario registered and no entry here, the browser tests stop as they load, saying what to add.
 */
export interface ScenarioPaths {
  /** A move with a certain result, open at the start. */
  opening: string;
  /** An uncertain move open after `opening`, and two of its outcomes: the sample path takes the first, a branch the second. */
  uncertain: { move: string; outcomes: readonly [string, string] };
  /** A move with a certain result, open after the opening and either outcome of the uncertain move, and at the end of the abandoned path. */
  then: string;
  /** A move whose day it takes is no day at all: it leaves the date where it was. */
  sameDay: string;
  /** A metric the days add to, whatever the move: the war going on. */
  countedByDays: string;
  /** A step not open at the start. */
  blockedAtStart: string;
  /** A step not open at the end of the sample path. */
  blockedAfterSample: string;
  /** A move whose result is certain at the start, written with an outcome it can have elsewhere. */
  certainWithOutcome: string;
  /** A path on which the talks are abandoned. */
  abandoned: string;
  /** A path that ends in a signed armistice. */
  signing: string;
}

const PATHS: Record<string, ScenarioPaths> = {
  'abu-dhabi-2026': {
    opening: 'talks.convene',
    uncertain: { move: 'talks.round', outcomes: ['stalled', 'productive'] },
    then: 'time.week',
    sameDay: 'strike.refineries',
    countedByDays: 'civilianCasualties',
    blockedAtStart: 'talks.round:stalled',
    blockedAfterSample: 'talks.round:stalled',
    certainWithOutcome: 'time.day:truce-holds',
    abandoned: 'talks.convene,talks.round:breakdown,talks.abandon',
    signing: 'terms.propose-freeze:accepted,talks.convene,talks.round:productive,talks.convene,armistice.sign',
  },
  'panmunjom-1951': {
    opening: 'military.power-strike',
    uncertain: { move: 'talks.session', outcomes: ['stalled', 'progress'] },
    then: 'time.week',
    sameDay: 'military.power-strike',
    countedByDays: 'usCasualties',
    blockedAtStart: 'talks.resume',
    blockedAfterSample: 'military.power-strike',
    certainWithOutcome: 'time.day:holds',
    abandoned: 'talks.suspend-unc,talks.abandon-unc',
    // Its own record, which ends in the signing of 27 July 1953.
    signing: 'history',
  },
};

/** The paths for a scenario, with the sample path (`opening`, the uncertain move's first outcome, `then`) and its branch written out. */
export function pathsOf(scenario: string) {
  const paths = PATHS[scenario];
  if (!paths) throw new Error(`no browser-test paths for scenario ${scenario}: add its entry to tests/e2e/scenario-paths.ts`);
  const [first, second] = paths.uncertain.outcomes;
  return {
    ...paths,
    /** Three steps: the opening, the uncertain move's first outcome, then a move with a certain result. */
    sample: `${paths.opening},${paths.uncertain.move}:${first},${paths.then}`,
    /** The sample path's first step, then the uncertain move's second outcome: a branch at step 1. */
    branch: `${paths.opening},${paths.uncertain.move}:${second}`,
  };
}
