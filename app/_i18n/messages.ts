/**
 * Every user-facing string of the app's chrome, in one place so wording stays consistent and a
 * translation has one file to replace. Scenario content (moves, narratives, sources) lives in the
 * scenario data instead.
 */
import { plural, type PluralForms } from '@/lib/i18n/plural';
import type { SavedSessionGlance } from '@/lib/workbench/kept-sessions';

const LOCALE = 'en';

/** `1 step`, `3 steps`: a count with its noun. */
const count = (n: number, one: string, many: string) => plural(LOCALE, n, { one: `{count} ${one}`, other: `{count} ${many}` });

export const messages = {
  locale: LOCALE,
  /** Wording that depends on a count, as scenario data gives it by plural category. */
  plural: (n: number, forms: PluralForms) => plural(LOCALE, n, forms),
  appName: 'Parley',
  appTagline: 'A scenario simulation workbench for peace negotiations.',
  skipToContent: 'Skip to the workbench',

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

  model: {
    title: (scenario: string) => `${scenario}: the model`,
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

  evidence: { fact: 'Fact', assumption: 'Assumption' },

  workbench: {
    modelLink: 'The model and its sources',
    galleryLink: 'All scenarios',
    toolbarLabel: 'Session',
    undo: 'Undo',
    redo: 'Redo',
    exportSession: 'Export',
    importSession: 'Import',
    startOver: 'Start over',
    shortcuts: 'Shortcuts',
    dismiss: 'Dismiss',
    importFailed: (reason: string) => `Could not import the file. ${reason} Nothing was changed.`,
    savedUnreadable: (reason: string) =>
      `The session saved in this browser could not be read, so a fresh one was started; the old copy was kept aside. ${reason}`,
    linkFailed: (reason: string) => `This link cannot be opened: ${reason.replace(/\.$/, '')}.`,
    openFromStart: 'Open the scenario from the start',
    openFirstMoves: (n: number) => `Open the first ${count(n, 'move', 'moves')} of the link`,
    setAside:
      'This link runs under a different seed or different parameters from the session saved in this browser, so it opened as a session of its own. Your earlier session is kept, under “Kept aside” below the branches.',
    restoreSetAside: 'Go back to my earlier session',
    keptUnreadable: (reason: string) => `That kept session could not be opened. ${reason} It stays kept.`,
    copyLink: 'Copy link',
    copyStatus: {
      copied: 'Link copied to the clipboard.',
      failed: 'Could not copy: the link is in the address bar.',
      unshareable: 'This path cannot be shared as a link (too long, or a parameter with more than seven decimals).',
    },
    moveFailed: (reason: string) => `That move could not be taken: ${reason}`,
    firstBranchName: 'My path',
    branchName: (n: number) => `Path ${n}`,
    exportFileName: (scenarioId: string) => `parley-${scenarioId}-session.json`,
  },

  situation: {
    heading: 'Situation',
    step: (step: number, of: number) => (step === of ? `Step ${step}` : `Step ${step} of ${of}`),
    source: 'Source',
    stateMapHeading: 'Where the negotiation stands',
    activeState: 'current',
    forDiscussion: 'For discussion',
  },

  ongoing: 'Talks go on',

  moves: {
    heading: 'Moves',
    intro: 'What each party can do now.',
    ended: 'The talks have ended: no more moves. Go back on the timeline to try another path.',
    letChance: 'Let chance decide',
    explain: 'Explain each move',
    chooseOutcome: (move: string) => `${move}: choose how it turns out`,
    outcomeChoice: (outcome: string, percent: string) => `${outcome} (${percent})`,
    notNow: 'Not possible now',
    framing: (party: string) => `How ${party} frames the talks`,
  },

  timeline: {
    heading: 'Timeline',
    start: 'Start',
    goTo: 'Go to step',
    later: 'later on this branch',
    count: (steps: number) => count(steps, 'step', 'steps'),
  },

  branches: {
    heading: 'Branches',
    intro: 'Taking a different move at an earlier step starts a new branch; the old one is kept.',
    open: (name: string) => `Open ${name}`,
    current: 'open',
    steps: (n: number) => count(n, 'step', 'steps'),
    forkedAt: (parent: string, step: number) => `from ${parent} after step ${step}`,
    rename: 'Rename',
    renameLabel: (name: string) => `New name for ${name}`,
    save: 'Save',
    cancel: 'Cancel',
  },

  kept: {
    heading: 'Kept aside',
    intro:
      'Sessions that gave way to a session under other settings: a link with another seed or other parameters, opened here or in another tab, or another kept session opened in their place. Opening one keeps the session you have now here instead.',
    open: 'Open the kept session',
    unreadable: 'A session that cannot be read',
    describe: ({ steps, branches, seed, params }: SavedSessionGlance) => {
      const overrides = Object.keys(params).length;
      return [
        count(steps, 'step', 'steps'),
        count(branches, 'branch', 'branches'),
        `seed ${seed}`,
        ...(overrides > 0 ? [`${count(overrides, 'parameter', 'parameters')} changed`] : []),
      ].join(' · ');
    },
  },

  compare: {
    heading: 'Compare',
    label: 'Compare with',
    none: 'Nothing',
    presetOption: (label: string) => `${label} (record)`,
    tableCaption: (a: string, shownStep: number | null, b: string) =>
      shownStep === null ? `End of “${a}” and of “${b}”` : `Step ${shownStep} of “${a}” and end of “${b}”`,
    measure: 'Measure',
    endDate: 'Date',
    steps: 'Steps',
    status: 'Outcome',
  },

  charts: {
    heading: 'Charts',
    thisPath: 'This path',
    reference: 'What happened',
    source: 'Source',
    showTable: 'Show as table',
    showChart: 'Show as chart',
    date: 'Date',
    now: 'now',
    readByDay: (metric: string) => `${metric}, day by day`,
    tableCaption: (metric: string, unit: string) => (unit ? `${metric} (${unit}), by date` : `${metric}, by date`),
    empty: '—',
    /** A formatted value and its unit, as a chart's read-out gives it. */
    valueWithUnit: (value: string, unit: string) => `${value} ${unit}`,
    /** A chart's read-out of one day as text, for the slider that reads it: the date, then each series' value. */
    readout: (date: string, entries: readonly { name: string; value: string }[]) =>
      `${date}: ${entries.map(({ name, value }) => `${name} ${value}`).join('; ')}`,
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
    ] as const,
  },

  importConfirm: {
    heading: 'Replace this session?',
    body: (current: number, imported: number) =>
      `The file holds ${count(imported, 'branch', 'branches')}. Importing it replaces the ${current === 1 ? 'branch' : `${current} branches`} in this browser. You can still undo it until you leave the page; export the session first to keep a copy.`,
    confirm: 'Replace with the file',
    cancel: 'Keep my session',
  },

  startOver: {
    heading: 'Start over?',
    body: 'This clears every branch of this scenario from this browser and starts an empty path. You can still undo it until you leave the page; export the session first to keep a copy.',
    confirm: 'Start over',
    cancel: 'Keep my session',
  },
} as const;

