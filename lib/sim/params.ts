/** Parameter overrides: parsed from `k=v` text, checked against each parameter's range. */
import type { Params, ScenarioData } from '@/machines/scenario';
import { err, ok, type Result } from './result';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Parses a decimal number written in plain notation; rejects hex, blanks, Infinity and NaN. */
export function parseNumber(text: string): number | null {
  if (!NUMBER.test(text.trim())) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * Parses a whole number written in digits alone, up to `max` (a seed, a step): no sign, exponent or
 * hex, so a typed address and the `sim` command accept the same forms.
 */
export function parseWholeNumber(text: string, max: number): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
}

/** Parses `name=value` override arguments. */
export function parseOverrides(args: readonly string[]): Result<Record<string, number>> {
  const overrides: Record<string, number> = Object.create(null);
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) return err({ code: 'bad-override', text: arg });
    const value = parseNumber(arg.slice(eq + 1));
    if (value === null) return err({ code: 'bad-number', parameter: arg.slice(0, eq), text: arg.slice(eq + 1) });
    overrides[arg.slice(0, eq)] = value;
  }
  return ok(overrides);
}

/** Defaults with overrides applied; every override must name a parameter and lie in its range. */
export function resolveParams(data: ScenarioData, overrides: Readonly<Record<string, number>> = {}): Result<Params> {
  const params: Record<string, number> = {};
  for (const spec of data.parameters) params[spec.id] = spec.default;
  for (const [id, value] of Object.entries(overrides)) {
    const spec = data.parameters.find((p) => p.id === id);
    if (!spec) return err({ code: 'unknown-parameter', parameter: id });
    if (!(value >= spec.min && value <= spec.max)) {
      return err({ code: 'parameter-out-of-range', parameter: id, value, min: spec.min, max: spec.max, unit: spec.unit });
    }
    params[id] = value;
  }
  return ok(Object.freeze(params));
}

/**
 * The parameter values paths run under: the overrides over the defaults. Overrides from a link or a
 * saved session were checked on the way in, so only hand-edited ones could fail here; the defaults
 * are then the safe reading.
 */
export function paramsOrDefaults(data: ScenarioData, overrides: Readonly<Record<string, number>>): Params {
  const resolved = resolveParams(data, overrides);
  return resolved.ok ? resolved.value : Object.fromEntries(data.parameters.map((p) => [p.id, p.default]));
}

/** Whether two sets of parameter values (or of overrides) name the same parameters with the same values. */
export function sameParams(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}
