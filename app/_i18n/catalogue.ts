/**
 * The message catalogue's contract: every user-facing string of the app's chrome, and the core's
 * own messages (`core`), as a language must give them. English (`en.ts`) is one implementation; a
 * translation is another object of this type. Scenario content (moves, narratives, sources) lives in
 * the scenario data instead. Counts go through `Intl.PluralRules` categories (lib/i18n/plural.ts), so
 * a language with more plural forms than English has room for them.
 */
import type { PluralForms } from '@/lib/i18n/plural';
import type { CoreMessages } from '@/lib/i18n/core-messages';
import type { SimError } from '@/lib/sim/errors';
import type { LinkError } from '@/lib/share/errors';
import type { SavedSessionGlance } from '@/lib/workbench/kept-sessions';
import type { RestoreError } from '@/lib/workbench/restore-session';

export interface Messages {
  /** The BCP 47 tag of the language, for `<html lang>` and plural rules. */
  locale: string;
  /** What the core says: its errors, and why a move is not possible. */
  core: CoreMessages;
  /** Wording that depends on a count, as scenario data gives it by plural category; the count written with `decimals` places. */
  plural(count: number, forms: PluralForms, decimals: number): string;
  /** Numbers and dates as the language writes them. */
  format: {
    /** A value with `decimals` places and digit grouping (`1,234.5`). */
    number(value: number, decimals: number): string;
    /** An ISO date (`2026-01-21`) in full: `21 January 2026`. */
    longDate(isoDate: string): string;
    /** An ISO date without its year, for axes and timelines: `21 Jan`. */
    shortDate(isoDate: string): string;
    /** An ISO date's month and year, for an axis spanning years: `Jul 1951`. */
    monthYear(isoDate: string): string;
    /** The chances of an event's outcomes (0–1 each, summing to 1) as percentages that add up to 100. */
    outcomePercents(chances: readonly number[]): string[];
  };
  appName: string;
  appTagline: string;

  /** A page's link preview (Open Graph and Twitter cards) and its title in the browser. */
  shareCard: {
    /** A page's title in the browser, from its own title. */
    pageTitle(title: string): string;
    /** The text alternative of a scenario's preview image. */
    imageAlt(scenario: string): string;
  };

  gallery: {
    heading: string;
    intro: string;
    starts: string;
    parties: string;
    startFresh: string;
    followHistory: string;
    aboutModel: string;
  };

  notFound: { title: string; body: string; back: string };

  /** A scenario's model versions: the notice on a workbench of an older version or a preview, and the model page's history. */
  modelVersion: {
    /** A workbench of version `version` while `newer` is the current one. */
    older(version: number, newer: number, released: string): string;
    /** A workbench of the preview `version`, while `current` is the current one. */
    preview(version: number, current: number): string;
    changesHeading(version: number): string;
    /** The link that opens the path shown in the current version. */
    openIn(version: number): string;
    /** Said beside that link when the session changes parameters, which another version does not take on. */
    paramsNotCarried(version: number): string;
    historyHeading: string;
    historyIntro: string;
    /** A version's heading in the history: its number and its release date, or that it is a preview. */
    entry(version: number, released: string | null): string;
    /** Marks the version the page shows. */
    shown: string;
    /** The link to another version's model page. */
    viewVersion(version: number): string;
  };

  model: {
    title(scenario: string): string;
    intro: string;
    back: string;
    partiesHeading: string;
    parametersHeading: string;
    effectsHeading: string;
    effectsIntro: string;
    metricsHeading: string;
    sourcesHeading: string;
    movesHeading: string;
    /** A parameter's range, from its least to its greatest value (both already written out). */
    range(min: string, max: string): string;
    /** The outcomes of an uncertain move, listed. */
    outcomes(labels: readonly string[]): string;
    columns: {
      parameter: string;
      default: string;
      range: string;
      unit: string;
      source: string;
      evidence: string;
      metric: string;
      effect: string;
      value: string;
      move: string;
      party: string;
      description: string;
    };
  };

  /** Badges: a published fact, a modelling assumption, or an event of a what-if that did not happen. */
  evidence: { fact: string; assumption: string; simulated: string };

  workbench: {
    modelLink: string;
    toolbarLabel: string;
    undo: string;
    redo: string;
    exportSession: string;
    importSession: string;
    startOver: string;
    shortcuts: string;
    dismiss: string;
    importFailed(error: RestoreError): string;
    savedUnreadable(error: RestoreError): string;
    linkFailed(error: LinkError): string;
    openFromStart: string;
    openFirstMoves(count: number): string;
    setAside: string;
    restoreSetAside: string;
    keptUnreadable(error: RestoreError): string;
    copyLink: string;
    copyStatus: { copied: string; failed: string; unshareable: string };
    moveFailed(error: SimError): string;
    firstBranchName: string;
    branchName(number: number): string;
    exportFileName(scenarioId: string): string;
  };

  situation: {
    heading: string;
    step(step: number, of: number): string;
    source: string;
    /** Before the dated reports of an event of the record. */
    reported: string;
    /** A step of the record that is days passing between its dated events. */
    daysBetween: string;
    /** Before the sources a simulated event is modelled on. */
    modelledOn: string;
    /** After a signing, whether the deal still holds. */
    holds(holds: boolean): string;
    /** What a move did by itself, apart from the days it took. */
    effect: { summary(days: number): string; measure: string; move: string; days: string; nothing: string };
    stateMapHeading: string;
    activeState: string;
    forDiscussion: string;
  };

  ongoing: string;

  moves: {
    heading: string;
    /** After a deal is signed: the talks are over, and time passes while it holds (`outcome`: the deal's name). */
    afterSigning(outcome: string): string;
    /** How long a move takes, beside its name (“+1 day”). */
    days(days: number): string;
    intro: string;
    ended: string;
    letChance: string;
    explain: string;
    outcomeChoice(outcome: string, percent: string): string;
    notNow: string;
    framing(party: string): string;
  };

  timeline: {
    heading: string;
    start: string;
    goTo: string;
    later: string;
    count(steps: number): string;
    /** A step's card: its move, and the outcome it had when it was uncertain. */
    step(move: string, outcome: string | null): string;
    /** Marks a card off the record. */
    whatIf: string;
    /** Where the path stands against the record: it holds it whole and goes on, holds it whole, left it after `step`, or has followed it so far. */
    record(span: { steps: number; recordLength: number; pathLength: number }): string;
  };

  branches: {
    heading: string;
    intro: string;
    /** A branch's length, where it forked from (when it did) and whether it is the one open. */
    describe(branch: { steps: number; forkedFrom: { name: string; step: number } | null; current: boolean }): string;
    rename: string;
    renameBranch(name: string): string;
    renameLabel(name: string): string;
    save: string;
    cancel: string;
  };

  kept: {
    heading: string;
    intro: string;
    open: string;
    unreadable: string;
    describe(glance: SavedSessionGlance): string;
  };

  compare: {
    label: string;
    none: string;
    presetOption(label: string): string;
    tableCaption(current: string, shownStep: number | null, compared: string): string;
    measure: string;
    endDate: string;
    steps: string;
    status: string;
    /** A measure's row heading, with its unit when it has one. */
    measureWithUnit(measure: string, unit: string): string;
  };

  charts: {
    heading: string;
    thisPath: string;
    reference: string;
    source: string;
    /** Marks a value that is the model's estimate from sourced rates, not a count. */
    estimate: string;
    /** Before the sources an estimate rests on. */
    basedOn: string;
    showTable: string;
    showChart: string;
    date: string;
    readByDay(metric: string): string;
    tableCaption(metric: string, unit: string): string;
    empty: string;
    /** A formatted value and its unit, as a chart's read-out gives it. */
    valueWithUnit(value: string, unit: string): string;
    /** Between a series' name and its value in a chart's read-out box. */
    readoutSeparator: string;
    /** A chart's read-out of one day as text, for the slider that reads it: the date, then each series' value. */
    readout(date: string, entries: readonly { name: string; value: string }[]): string;
  };

  /**
   * Another scenario's record set beside this one's paths, on the charts and the model page, aligned
   * by days since each one's talks opened and by nothing else.
   */
  beside: {
    /** The compare menu's group of other scenarios. */
    menuGroup: string;
    /** The compare menu's entry for another scenario's record. */
    option(title: string): string;
    /** That record as a series, in the legend, the read-out and the table. */
    seriesName(title: string): string;
    /** Said wherever the two are shown together. */
    caveat: string;
    /** A day on a chart's axis while another scenario is beside: days since the talks opened. */
    dayTick(day: string): string;
    /** A day in a chart's read-out while another scenario is beside. */
    dayLabel(day: string): string;
    /** The model page table's column of days since the talks opened. */
    dayColumn: string;
    /** The same, in a chart's table, whose caption says what the days count. */
    dayShort: string;
    /** A metric's source line, for the record beside: its title and its sources. */
    source(title: string, citation: string): string;
    /** The model page's section. */
    heading(others: number): string;
    intro(every: number): string;
    tableCaption(metric: string, unit: string): string;
    /** A row of the model page's table: the day since the talks opened. */
    dayRow(day: string): string;
    /** The model page's chart, named for assistive technology (the table beneath gives the numbers). */
    chartLabel(metric: string): string;
  };

  shortcuts: {
    heading: string;
    close: string;
    /** Each shortcut: its keys, and what it does. */
    list: readonly (readonly [keys: string, action: string])[];
  };

  importConfirm: {
    heading: string;
    body(current: number, imported: number): string;
    confirm: string;
    cancel: string;
  };

  startOver: { heading: string; body: string; confirm: string; cancel: string };
}
