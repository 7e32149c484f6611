import { parseMoney } from '../money.js';

/**
 * Field readers shared by the imports. Each returns the value or throws a RowError whose message
 * is the reason shown next to the line number.
 */
export class RowError extends Error {
  override name = 'RowError';
}

/** A non-empty trimmed string, or undefined when absent and optional. */
export function text(values: Record<string, unknown>, key: string, required: true): string;
export function text(values: Record<string, unknown>, key: string, required?: false): string | undefined;
export function text(values: Record<string, unknown>, key: string, required = false): string | undefined {
  const v = values[key];
  const s = v === undefined || v === null ? '' : String(v).trim();
  if (!s && required) throw new RowError(`${key} is empty`);
  return s || undefined;
}

/** Dollars ("3.48", "$3.48" or 3.48) as integer cents. */
export function dollars(values: Record<string, unknown>, key: string, required: true): number;
export function dollars(values: Record<string, unknown>, key: string, required?: false): number | undefined;
export function dollars(values: Record<string, unknown>, key: string, required = false): number | undefined {
  const v = values[key];
  if (v === undefined || v === null || v === '') {
    if (required) throw new RowError(`${key} is empty`);
    return undefined;
  }
  const cents = typeof v === 'number' ? (Number.isFinite(v) && v >= 0 ? Math.round(v * 100) : undefined) : parseMoney(String(v));
  if (cents === undefined) throw new RowError(`${key} "${String(v)}" is not a price in dollars like 3.48`);
  return cents;
}

/** A finite number within bounds. */
export function number(values: Record<string, unknown>, key: string, opts: { min?: number; max?: number; required?: boolean; integer?: boolean } = {}): number | undefined {
  const v = values[key];
  if (v === undefined || v === null || v === '') {
    if (opts.required) throw new RowError(`${key} is empty`);
    return undefined;
  }
  const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
  if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) throw new RowError(`${key} "${String(v)}" is not a number`);
  if (opts.min !== undefined && n < opts.min) throw new RowError(`${key} ${n} is below ${opts.min}`);
  if (opts.max !== undefined && n > opts.max) throw new RowError(`${key} ${n} is above ${opts.max}`);
  return n;
}

/** yes/no, true/false, 1/0, y/n. */
export function flag(values: Record<string, unknown>, key: string): boolean | undefined {
  const v = values[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['1', 'true', 'yes', 'y', 'in stock'].includes(s)) return true;
  if (['0', 'false', 'no', 'n', 'out of stock'].includes(s)) return false;
  throw new RowError(`${key} "${String(v)}" is not yes or no`);
}

/** A list written as "a|b|c" or "a;b;c" (or a JSON array). */
export function list(values: Record<string, unknown>, key: string): string[] | undefined {
  const v = values[key];
  if (v === undefined || v === null || v === '') return undefined;
  const items = Array.isArray(v) ? v.map(String) : String(v).split(/[|;]/);
  return items.map((s) => s.trim()).filter(Boolean);
}

/** A date as YYYY-MM-DD, an ISO timestamp, MM/DD/YYYY or epoch milliseconds; UTC. */
export function date(values: Record<string, unknown>, key: string): number {
  const v = values[key];
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  const s = v === undefined || v === null ? '' : String(v).trim();
  if (!s) throw new RowError(`${key} is empty`);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const ms = us ? Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2])) : /^\d{4}-\d{2}-\d{2}/.test(s) ? Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s) : NaN;
  if (!Number.isFinite(ms)) throw new RowError(`${key} "${s}" is not a date like 2024-05-01`);
  return ms;
}
