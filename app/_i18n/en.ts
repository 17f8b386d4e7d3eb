/** The catalogue in English (British spelling), the language every other catalogue is translated from. */
import { coreEn } from '@/lib/i18n/core-messages';
import { formatLongDate, formatMonthYear, formatNumber, formatOutcomePercents, formatShortDate } from '@/lib/i18n/format-en';
import { plural } from '@/lib/i18n/plural';
import type { Messages } from './catalogue';

/** `1 step`, `3 steps`: a count with its noun. */
const count = (n: number, one: string, many: string) => plural('en', n, { one: `{count} ${one}`, other: `{count} ${many}` });

/** A clause as a sentence: with a full stop, unless it ends in one already (a scenario's own sentence, say). */
const sentence = (clause: string) => (/[.!?]$/.test(clause) ? clause : `${clause}.`);

export const en: Messages = {
  locale: 'en',
  core: coreEn,
  plural: (n, forms, decimals) => plural('en', n, forms, { text: formatNumber(n, decimals), decimals }),
  format: { number: formatNumber, longDate: formatLongDate, shortDate: formatShortDate, monthYear: formatMonthYear, outcomePercents: formatOutcomePercents },
  appName: 'Parley',
  appTagline: 'A scenario simulation workbench for peace negotiations.',

  shareCard: {
    pageTitle: (title) => `${title} · Parley`,
    imageAlt: (scenario) => `${scenario}: a Parley scenario`,
  },

  gallery: {
    heading: 'Scenarios',
    intro:
      'Open a scenario and step through it one move at a time: choose what each party does, decide or let chance decide how uncertain moves turn out, and compare your path with what happened.',
    starts: 'Starts',
    parties: 'Parties',
    startFresh: 'Start from the beginning',
    followHistory: 'Follow what happened',
    aboutModel: 'About the model and its sources',
  },

  notFound: {
    title: 'Page not found',
    body: 'There is no scenario or page at this address. It may have been mistyped, or the scenario may have been removed.',
    back: 'Back to the scenarios',
  },

  modelVersion: {
    older: (version, newer, released) =>
      `This opens in model ${version} of the scenario, exactly as it was made. Model ${newer}, released on ${formatLongDate(released)}, is newer.`,
    preview: (version, current) =>
      `This is a preview of model ${version}, not yet released: it may still change, and a link made with it may then open differently. Model ${current} is the current one.`,
    changesHeading: (version) => `What changes in model ${version}`,
    openIn: (version) => `Open this path in model ${version}`,
    paramsNotCarried: (version) => `Your parameter changes are not carried over: model ${version} opens with its own sourced defaults.`,
    historyHeading: 'Versions of the model',
    historyIntro:
      'A released version never changes: every link and saved session made with it opens in it, exactly as it did, with a way to open the same path in the newest version.',
    entry: (version, released) => (released === null ? `Model ${version} · preview, not yet released` : `Model ${version} · released ${formatLongDate(released)}`),
    shown: 'shown on this page',
    viewVersion: (version) => `See model ${version}`,
  },

  model: {
    title: (scenario) => `${scenario}: the model`,
    intro:
      'Every number in the simulation, with its default, the range it may take, its unit and its source, and every move a party can make. “Fact” marks a published figure or event; “assumption” marks a modelling choice.',
    back: 'Back to the workbench',
    partiesHeading: 'Parties and how each frames the talks',
    parametersHeading: 'Parameters',
    effectsHeading: 'Effects and weights',
    effectsIntro:
      'Fixed numbers of the model’s rules: how far each event moves the talks’ momentum, the weights in the odds of uncertain moves, and waiting times. A link cannot change them; each is a modelling choice unless marked as a fact.',
    metricsHeading: 'What the charts measure',
    sourcesHeading: 'Sources',
    movesHeading: 'Moves',
    range: (min, max) => `${min}–${max}`,
    outcomes: (labels) => labels.join(' · '),
    columns: {
      parameter: 'Parameter',
      default: 'Default',
      range: 'Range',
      unit: 'Unit',
      source: 'Source',
      evidence: 'Fact or assumption',
      metric: 'Measure',
      effect: 'Effect',
      value: 'Value',
      move: 'Move',
      party: 'Party',
      description: 'What it means',
    },
  },

  evidence: { fact: 'Fact', assumption: 'Assumption', simulated: 'Simulated' },

  workbench: {
    modelLink: 'The model and its sources',
    toolbarLabel: 'Session',
    undo: 'Undo',
    redo: 'Redo',
    exportSession: 'Export',
    importSession: 'Import',
    startOver: 'Start over',
    shortcuts: 'Shortcuts',
    dismiss: 'Dismiss',
    importFailed: (error) => `Could not import the file. ${coreEn.restoreError(error)} Nothing was changed.`,
    savedUnreadable: (error) =>
      `The session saved in this browser could not be read, so a fresh one was started; the old copy was kept aside. ${coreEn.restoreError(error)}`,
    linkFailed: (error) => `This link cannot be opened: ${sentence(coreEn.linkError(error))}`,
    openFromStart: 'Open the scenario from the start',
    openFirstMoves: (n) => `Open the first ${count(n, 'move', 'moves')} of the link`,
    setAside:
      'This link runs under a different seed or different parameters from the session saved in this browser, so it opened as a session of its own. Your earlier session is kept, under “Kept aside” below the branches.',
    restoreSetAside: 'Go back to my earlier session',
    keptUnreadable: (error) => `That kept session could not be opened. ${coreEn.restoreError(error)} It stays kept.`,
    copyLink: 'Copy link',
    copyStatus: {
      copied: 'Link copied to the clipboard.',
      failed: 'Could not copy: the link is in the address bar.',
      unshareable: 'This path cannot be shared as a link (too long, or a parameter with more than seven decimals).',
    },
    moveFailed: (error) => `That move could not be taken: ${coreEn.simError(error)}`,
    firstBranchName: 'My path',
    branchName: (n) => `Path ${n}`,
    exportFileName: (scenarioId) => `parley-${scenarioId}-session.json`,
  },

  situation: {
    heading: 'Situation',
    step: (step, of) => (step === of ? `Step ${step}` : `Step ${step} of ${of}`),
    source: 'Source',
    reported: 'Reported',
    daysBetween: 'On the record: days passing between its dated events.',
    modelledOn: 'Did not happen; modelled on',
    holds: (holds) => (holds ? 'It holds so far.' : 'It has since broken down, and fighting resumed.'),
    effect: {
      summary: (days) => `What the move did, apart from the ${days === 1 ? 'day' : count(days, 'day', 'days')} it took`,
      measure: 'Measure',
      move: 'The move',
      days: 'The time it took',
      nothing: 'Nothing the charts show changed.',
    },
    stateMapHeading: 'Where the negotiation stands',
    activeState: 'current',
    forDiscussion: 'For discussion',
  },

  ongoing: 'Talks go on',

  moves: {
    heading: 'Moves',
    afterSigning: (outcome) => `The talks have ended: ${outcome.toLowerCase()} signed. Let time pass to see whether it holds.`,
    days: (days) => (days === 0 ? 'same day' : days % 7 === 0 ? `+${count(days / 7, 'week', 'weeks')}` : `+${count(days, 'day', 'days')}`),
    intro: 'What each party can do now.',
    ended: 'The talks have ended: no more moves. Go back on the timeline to try another path.',
    letChance: 'Let chance decide',
    explain: 'Explain each move',
    outcomeChoice: (outcome, percent) => `${outcome} (${percent})`,
    notNow: 'Not possible now',
    framing: (party) => `${party}: framing of the talks`,
  },

  timeline: {
    heading: 'Timeline',
    start: 'Start',
    goTo: 'Go to step',
    later: 'later on this branch',
    count: coreEn.steps,
    step: (move, outcome) => (outcome === null ? move : `${move}: ${outcome}`),
    whatIf: 'what if',
    record: ({ steps, recordLength, pathLength }) => {
      if (steps === recordLength) {
        return pathLength > recordLength
          ? `The record ends at step ${steps}; what follows is hypothetical.`
          : `The record ends here, at step ${steps}; a move now starts a branch of its own.`;
      }
      if (steps < pathLength) return steps === 0 ? 'Every step is hypothetical.' : `This path leaves the record after step ${steps}; what follows is hypothetical.`;
      return 'Every step so far is on the record.';
    },
  },

  branches: {
    heading: 'Branches',
    intro: 'Taking a different move at an earlier step starts a new branch; the old one is kept.',
    describe: ({ steps, forkedFrom, current }) =>
      `${coreEn.steps(steps)}${forkedFrom ? `, from ${forkedFrom.name} after step ${forkedFrom.step}` : ''}${current ? ' · open' : ''}`,
    rename: 'Rename',
    renameBranch: (name) => `Rename ${name}`,
    renameLabel: (name) => `New name for ${name}`,
    save: 'Save',
    cancel: 'Cancel',
  },

  kept: {
    heading: 'Kept aside',
    intro:
      'Sessions that gave way to a session under other settings: a link with another seed or other parameters, opened here or in another tab, or another kept session opened in their place. Opening one keeps the session you have now here instead.',
    open: 'Open the kept session',
    unreadable: 'A session that cannot be read',
    describe: ({ steps, branches, seed, params }) => {
      const overrides = Object.keys(params).length;
      return [
        coreEn.steps(steps),
        count(branches, 'branch', 'branches'),
        `seed ${seed}`,
        ...(overrides > 0 ? [`${count(overrides, 'parameter', 'parameters')} changed`] : []),
      ].join(' · ');
    },
  },

  compare: {
    label: 'Compare with',
    none: 'Nothing',
    presetOption: (label) => `${label} (record)`,
    tableCaption: (current, shownStep, compared) =>
      shownStep === null ? `End of “${current}” and of “${compared}”` : `Step ${shownStep} of “${current}” and end of “${compared}”`,
    measure: 'Measure',
    endDate: 'Date',
    steps: 'Steps',
    status: 'Outcome',
    measureWithUnit: (measure, unit) => (unit ? `${measure} (${unit})` : measure),
  },

  charts: {
    heading: 'Charts',
    thisPath: 'This path',
    reference: 'What happened',
    source: 'Source',
    estimate: 'Model estimate',
    basedOn: 'based on',
    showTable: 'Show as table',
    showChart: 'Show as chart',
    date: 'Date',
    readByDay: (metric) => `${metric}, day by day`,
    tableCaption: (metric, unit) => (unit ? `${metric} (${unit}), by date` : `${metric}, by date`),
    empty: '—',
    valueWithUnit: (value, unit) => `${value} ${unit}`,
    readoutSeparator: ' : ',
    readout: (date, entries) => `${date}: ${entries.map(({ name, value }) => `${name} ${value}`).join('; ')}`,
  },

  beside: {
    menuGroup: 'Another scenario, by days since its talks opened',
    option: (title) => `Beside: ${title} (what happened)`,
    seriesName: (title) => `${title} (what happened)`,
    caveat: 'Two different wars, decades apart: the lines are aligned by days since the talks opened, and by nothing else.',
    dayTick: (day) => `day ${day}`,
    dayLabel: (day) => `Day ${day} since the talks opened`,
    dayColumn: 'Days since the talks opened',
    dayShort: 'Day',
    source: (title, citation) => `Beside it, ${title}: ${citation}`,
    heading: (others) => plural('en', others, { one: 'Beside the other scenario', other: 'Beside the other scenarios' }),
    intro: (every) =>
      `What happened in each scenario, side by side at the same number of days after its talks opened: every ${every} days, and on the last day of each record. A dash means that record has ended by then.`,
    tableCaption: (metric, unit) => (unit ? `${metric} (${unit}), by days since the talks opened` : `${metric}, by days since the talks opened`),
    dayRow: (day) => `Day ${day}`,
    chartLabel: (metric) => `${metric} in both records, by days since the talks opened; the table below gives the numbers`,
  },

  shortcuts: {
    heading: 'Keyboard shortcuts',
    close: 'Close',
    list: [
      ['Ctrl + Z  or  ⌘ + Z', 'Undo'],
      ['Ctrl + Shift + Z  or  ⌘ + Shift + Z', 'Redo'],
      ['[', 'Previous step'],
      [']', 'Next step'],
      ['← →, Page Up, Page Down, Home, End', 'On a chart: read it a day, a week, or an end at a time'],
      ['?', 'Show this list'],
      ['Tab, Shift + Tab', 'Move between controls'],
      ['Enter or Space', 'Take the focused move or choice'],
      ['Escape', 'Close a dialog, or a chart’s read-out'],
    ],
  },

  importConfirm: {
    heading: 'Replace this session?',
    body: (current, imported) =>
      `The file holds ${count(imported, 'branch', 'branches')}. Importing it replaces the ${plural('en', current, { one: 'branch', other: '{count} branches' })} in this browser. You can still undo it until you leave the page; export the session first to keep a copy.`,
    confirm: 'Replace with the file',
    cancel: 'Keep my session',
  },

  startOver: {
    heading: 'Start over?',
    body: 'This clears every branch of this scenario from this browser and starts an empty path. You can still undo it until you leave the page; export the session first to keep a copy.',
    confirm: 'Start over',
    cancel: 'Keep my session',
  },
};
