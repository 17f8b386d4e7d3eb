/**
 * The zod schema scenario data must pass, and the check that names every problem. Scenario data is
 * compiled in, so the tests check every registered scenario (tests/unit/scenario-data.test.ts); the
 * browser loads the data without carrying the schema.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { PARTY_IDS } from './scenario';

// zod/mini carries no messages of its own; these are the same English ones the full zod gives.
z.config(en());

const id = z.string().check(z.regex(/^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/, 'lower-case id with dots or dashes'));
const camelId = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'camelCase name'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));
const evidenceKind = z.enum(['fact', 'assumption']);

/** A citation: the original publication, and whether the number or event is a fact or a modelling assumption. */
export const evidenceSchema = z.object({
  source: z.string().check(z.minLength(3)),
  kind: evidenceKind,
});

export const partySchema = z.object({
  id: z.enum(PARTY_IDS),
  label: z.string().check(z.minLength(1)),
  /** The party's own stated framing of the talks, in neutral words. */
  framing: z.string(),
});

export const parameterSchema = z
  .extend(evidenceSchema, {
    id: camelId,
    label: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    unit: z.string().check(z.minLength(1)),
    default: z.number(),
    min: z.number(),
    max: z.number(),
  })
  .check(z.refine((p) => p.min <= p.default && p.default <= p.max, { message: 'default must lie within [min, max]' }));

export const metricSchema = z.extend(evidenceSchema, {
  id: camelId,
  label: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  unit: z.string(),
  min: z.number(),
  max: z.nullable(z.number()),
  /** Decimal places shown to people; the core keeps full precision. */
  decimals: z.int().check(z.minimum(0), z.maximum(3)),
});

export const moveOutcomeSchema = z.object({
  id,
  label: z.string().check(z.minLength(1)),
  /** What happened, as a sentence for the situation panel ("The round stalled: …"). */
  narrative: z.string().check(z.minLength(1)),
});

export const moveSchema = z.extend(evidenceSchema, {
  id,
  party: z.enum(PARTY_IDS),
  label: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(20)),
  /** Days of the calendar the move takes. */
  days: z.int().check(z.minimum(1), z.maximum(31)),
  /** What happened, as a sentence, for a move with a certain result. */
  narrative: z.string().check(z.minLength(1)),
  /** Shown greyed out with a reason when unavailable. */
  notable: z.boolean(),
  outcomes: z.optional(z.array(moveOutcomeSchema)),
});

export const presetSchema = z.object({
  id,
  label: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  path: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

export const promptSchema = z.object({
  /** A region state or outcome the prompt belongs to, e.g. `truce.broken` or `armistice`. */
  when: z.string().check(z.minLength(1)),
  question: z.string().check(z.minLength(10)),
});

export const scenarioDataSchema = z
  .object({
    id,
    title: z.string().check(z.minLength(1)),
    summary: z.string().check(z.minLength(20)),
    modelVersion: z.int().check(z.minimum(1)),
    startDate: isoDate,
    parties: z.array(partySchema).check(z.minLength(2)),
    parameters: z.array(parameterSchema).check(z.minLength(1)),
    metrics: z.array(metricSchema).check(z.minLength(1)),
    moves: z.array(moveSchema).check(z.minLength(1)),
    presets: z.array(presetSchema),
    prompts: z.array(promptSchema),
  })
  .check(
    z.superRefine((data, ctx) => {
      for (const key of ['parameters', 'metrics', 'moves', 'presets'] as const) {
        const seen = new Set<string>();
        for (const item of data[key]) {
          if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate ${key} id ${item.id}` });
          seen.add(item.id);
        }
      }
      if (!data.presets.some((p) => p.id === 'history')) {
        ctx.addIssue({ code: 'custom', message: 'a scenario needs a "history" preset' });
      }
    }),
  );

export type Party = z.infer<typeof partySchema>;
export type ParameterSpec = z.infer<typeof parameterSchema>;
export type MetricSpec = z.infer<typeof metricSchema>;
export type MoveSpec = z.infer<typeof moveSchema>;
export type MoveOutcomeSpec = z.infer<typeof moveOutcomeSchema>;
export type PresetSpec = z.infer<typeof presetSchema>;
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
