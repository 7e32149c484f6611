import type { EvalCall } from './types.js';

/**
 * Calls compared the way the labelling standard means them: tool names and strings regardless
 * of case and spacing, items (and other lists of values) in any order within one call, 1 and
 * 1.0 alike, and an argument given as null or undefined the same as one left out.
 */

/** A value in canonical form, so two equal-meaning values serialise identically. */
export function normalizeValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim().replace(/\s+/g, ' ').toLowerCase();
    // "3" and 3 mean the same quantity; the model path sometimes sends numbers as strings.
    return /^-?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (Array.isArray(value)) {
    const items = value.map(normalizeValue).filter((v) => v !== undefined);
    // Order inside one call carries no meaning ("milk and eggs" = "eggs and milk").
    return items.map((v) => [stableStringify(v), v] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, v]) => v);
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      const v = normalizeValue((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return value;
}

/** JSON with object keys sorted, so equal objects give equal strings. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A tool name in canonical form. */
export function normalizeToolName(name: string): string {
  return name.trim().toLowerCase();
}

/** A call in canonical form. */
export function normalizeCall(call: EvalCall): EvalCall {
  return { name: normalizeToolName(call.name), args: (normalizeValue(call.args ?? {}) ?? {}) as Record<string, unknown> };
}

/** True when two calls' arguments mean the same. */
export function argsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return stableStringify(normalizeValue(a ?? {}) ?? {}) === stableStringify(normalizeValue(b ?? {}) ?? {});
}

/** True when two call lists are equal: same length, same tools in the same order, same arguments. */
export function callListsEqual(expected: EvalCall[], predicted: EvalCall[]): boolean {
  if (expected.length !== predicted.length) return false;
  return expected.every((call, i) => {
    const other = predicted[i]!;
    return normalizeToolName(call.name) === normalizeToolName(other.name) && argsEqual(call.args, other.args);
  });
}
