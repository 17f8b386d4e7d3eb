/**
 * The zod schema scenario data must pass, and the check that names every problem. Scenario data is
 * compiled in, so the tests check every registered scenario (tests/unit/engine-laws.test.ts); the
 * browser loads the data without carrying the schema. The types the rest of Parley uses are
 * inferred from it, so a field and its check cannot drift apart.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { OUTCOMES, PALETTE } from './scenario-constants';

// zod/mini carries no messages of its own; these are the same English ones the full zod gives.
z.config(en());

const id = z.string().check(z.regex(/^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/, 'lower-case id with dots or dashes'));
const camelId = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'camelCase name'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));
/** A publication's date as far as it is known: a book's year, a page's month, a dispatch's day. */
const publicationDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'));
const text = z.string().check(z.minLength(1));
const list = <T extends z.core.SomeType>(item: T) => z.readonly(z.array(item));

/**
 * A publication the model rests on, cited once and referred to by its id. `label` is the short form
 * a table cell shows; `citation` the full one; `date` when it was published, to the day where that
 * is known and else to the month or year (the report of an event of the record must have one).
 */
export const sourceSchema = z.object({
  id,
  label: text,
  citation: z.string().check(z.minLength(3)),
  url: z.optional(z.string().check(z.regex(/^https?:\/\/\S+$/, 'web address'))),
  date: z.optional(publicationDate),
});

/** What a number or move rests on: its sources, and whether it is a fact or a modelling assumption. */
export const evidenceSchema = z.object({
  sources: list(id).check(z.minLength(1)),
  kind: z.enum(['fact', 'assumption']),
});

/**
 * Wording that depends on a count, by plural category (`Intl.PluralRules`): English needs `one` and
 * `other`, Ukrainian and Russian `few` and `many` too. `{count}` stands for the number.
 */
export const pluralWordingSchema = z.object({
  zero: z.optional(text),
  one: z.optional(text),
  two: z.optional(text),
  few: z.optional(text),
  many: z.optional(text),
  other: text,
});

export const partySchema = z.object({
  id,
  label: text,
  /** An actor takes part in the talks; the clock is time passing, which nobody chooses. */
  kind: z.enum(['actor', 'clock']),
  /** The party's colour: a name from the colour-blind-safe palette, the same everywhere. */
  colour: z.enum(PALETTE),
  /** The party's own stated framing of the talks, in neutral words. */
  framing: z.string(),
});

export const parameterSchema = z
  .extend(evidenceSchema, {
    id: camelId,
    label: text,
    description: text,
    unit: text,
    default: z.number(),
    min: z.number(),
    max: z.number(),
  })
  .check(z.refine((p) => p.min <= p.default && p.default <= p.max, { message: 'default must lie within [min, max]' }));

/**
 * A fixed number of the model's rules that a link cannot change: how far a move shifts momentum, a
 * weight in the odds of an uncertain move, a waiting time. Shown on the model page with its source.
 */
export const effectSchema = z.extend(evidenceSchema, {
  id: camelId,
  label: text,
  value: z.number(),
  unit: text,
});

export const metricSchema = z.extend(evidenceSchema, {
  id: camelId,
  label: text,
  description: text,
  unit: z.string(),
  min: z.number(),
  max: z.nullable(z.number()),
  /** Decimal places shown to people; the core keeps full precision. */
  decimals: z.int().check(z.minimum(0), z.maximum(3)),
  /** Shown to the nearest multiple of this (10: tens), for a number whose sources carry no finer precision. */
  roundTo: z.optional(z.int().check(z.minimum(1))),
  /**
   * The value is the model's estimate from sourced rates, not a count or a measurement: shown as
   * “model estimate, based on” its sources, which stay facts or assumptions of their own.
   */
  estimate: z.optional(z.boolean()),
});

/** A sentence for a move or outcome that leads to a given state (`<region>.<state>`, as prompts name it), in place of its usual one. */
export const narrativeIfSchema = z.object({ state: text, narrative: text });

export const moveOutcomeSchema = z.object({
  id,
  label: text,
  /** What happened, as a sentence for the situation panel ("The round stalled: …"). */
  narrative: text,
  /** Where the usual sentence would not fit the state the outcome leads to: the first that matches is said instead. */
  narrativeIf: z.optional(list(narrativeIfSchema)),
});

export const moveSchema = z.extend(evidenceSchema, {
  id,
  party: id,
  label: text,
  description: z.string().check(z.minLength(20)),
  /**
   * Days of the calendar the move takes: 0 for one that takes place within the day already reached
   * (a strike, a call, an announcement), so the record can date several events on one day.
   */
  days: z.int().check(z.minimum(0), z.maximum(31)),
  /** What happened, as a sentence, for a move with a certain result. */
  narrative: text,
  /** Shown greyed out with a reason when unavailable. */
  notable: z.boolean(),
  outcomes: z.optional(list(moveOutcomeSchema)),
});

/**
 * An event of the record: a step of the `history` preset (1 = its first move) and the reports of it,
 * the first of them dated; works of reference without a date (an encyclopedia, a web page) may follow.
 */
export const recordEventSchema = z.object({
  step: z.int().check(z.minimum(1)),
  sources: list(id).check(z.minLength(1)),
  /** The record's own account of the event, where the move's sentence would say less than it (both sides' readings of it, say). */
  narrative: z.optional(text),
});

export const presetSchema = z.object({
  id,
  label: text,
  description: text,
  path: list(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /**
   * For the `history` preset: each dated event's own reports, by step. Steps not listed are days
   * passing between the dated events.
   */
  events: z.optional(list(recordEventSchema)),
});

export const promptSchema = z.object({
  /** A region state (`<region>.<state>`, its path below the running stage), an outcome or `start`: where the prompt belongs. */
  when: text,
  question: z.string().check(z.minLength(10)),
});

/** How one way of ending reads in this scenario: its name, and the sentence the situation gives. */
const outcomeWordingSchema = z.object({ label: text, sentence: text });

export const scenarioDataSchema = z
  .object({
    id,
    title: text,
    summary: z.string().check(z.minLength(20)),
    modelVersion: z.int().check(z.minimum(1)),
    startDate: isoDate,
    sources: list(sourceSchema).check(z.minLength(1)),
    /** In the order the workbench groups moves by. */
    parties: list(partySchema).check(z.minLength(2)),
    parameters: list(parameterSchema).check(z.minLength(1)),
    effects: list(effectSchema),
    metrics: list(metricSchema).check(z.minLength(1)),
    moves: list(moveSchema).check(z.minLength(1)),
    outcomes: z.object(Object.fromEntries(OUTCOMES.map((o) => [o, outcomeWordingSchema])) as Record<(typeof OUTCOMES)[number], typeof outcomeWordingSchema>),
    situation: z.object({
      /** The sentence shown at the start, before any move. */
      opening: text,
      /** The metric the situation names beside the date, and how it is said. */
      headline: z.object({ metric: camelId, wording: pluralWordingSchema }),
    }),
    presets: list(presetSchema),
    prompts: list(promptSchema),
  })
  .check(
    z.superRefine((data, ctx) => {
      const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
      for (const key of ['sources', 'parties', 'parameters', 'effects', 'metrics', 'moves', 'presets'] as const) {
        const seen = new Set<string>();
        for (const item of data[key]) {
          if (seen.has(item.id)) problem(`duplicate ${key} id ${item.id}`);
          seen.add(item.id);
        }
      }
      if (!data.presets.some((p) => p.id === 'history')) problem('a scenario needs a "history" preset');
      const sourceIds = new Set(data.sources.map((s) => s.id));
      const dated = new Set(data.sources.filter((s) => s.date !== undefined).map((s) => s.id));
      for (const preset of data.presets) {
        for (const event of preset.events ?? []) {
          if (event.step > preset.path.length) problem(`preset ${preset.id}: event at step ${event.step} is beyond its ${preset.path.length} steps`);
          for (const source of event.sources) if (!sourceIds.has(source)) problem(`preset ${preset.id}: step ${event.step} cites an unknown source ${source}`);
          // Its first source is its dated report; works of reference without a date may stand beside it.
          const first = event.sources[0]!;
          if (sourceIds.has(first) && !dated.has(first)) problem(`preset ${preset.id}: step ${event.step}'s first source ${first} has no date`);
        }
      }
      for (const key of ['parameters', 'effects', 'metrics', 'moves'] as const) {
        for (const item of data[key]) {
          for (const source of item.sources) if (!sourceIds.has(source)) problem(`${key} ${item.id} cites an unknown source ${source}`);
        }
      }
      const partyIds = new Set(data.parties.map((p) => p.id));
      for (const move of data.moves) if (!partyIds.has(move.party)) problem(`move ${move.id} belongs to an unknown party ${move.party}`);
      const colours = new Map<string, string>();
      for (const party of data.parties) {
        const other = colours.get(party.colour);
        if (other) problem(`parties ${other} and ${party.id} share the colour ${party.colour}`);
        colours.set(party.colour, party.id);
      }
      if (!data.metrics.some((m) => m.id === data.situation.headline.metric)) problem(`the headline metric ${data.situation.headline.metric} is not a metric`);
    }),
  );

export type Source = z.infer<typeof sourceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type PluralWording = z.infer<typeof pluralWordingSchema>;
export type Party = z.infer<typeof partySchema>;
export type ParameterSpec = z.infer<typeof parameterSchema>;
export type EffectSpec = z.infer<typeof effectSchema>;
export type MetricSpec = z.infer<typeof metricSchema>;
export type MoveSpec = z.infer<typeof moveSchema>;
export type MoveOutcomeSpec = z.infer<typeof moveOutcomeSchema>;
export type PresetSpec = z.infer<typeof presetSchema>;
export type RecordEvent = z.infer<typeof recordEventSchema>;
export type ScenarioData = z.infer<typeof scenarioDataSchema>;

/** Validates scenario data, throwing a readable error naming every problem. */
export function checkScenarioData(data: unknown): ScenarioData {
  const result = z.safeParse(scenarioDataSchema, data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`invalid scenario data: ${problems.join('; ')}`);
  }
  return result.data;
}
