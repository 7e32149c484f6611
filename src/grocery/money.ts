/**
 * Formats integer cents as US dollars.
 *
 * @example
 * formatCents(348) // "$3.48"
 * formatCents(-150) // "-$1.50"
 */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const dollars = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  // Thousands grouped as en-US does ("1,234"), without asking Intl: a long list formats hundreds of prices.
  const whole = dollars < 1000 ? String(dollars) : String(dollars).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${whole}.${rest}`;
}

/**
 * Formats a unit price held in millicents, choosing cents below a dollar.
 *
 * @example
 * formatUnitPrice(2719, 'fl oz') // "2.7¢/fl oz"
 * formatUnitPrice(349000, 'lb') // "$3.49/lb"
 */
export function formatUnitPrice(millicents: number, unit: string): string {
  const cents = millicents / 1000;
  if (cents < 100) return `${cents < 10 ? cents.toFixed(1) : Math.round(cents)}¢/${unit}`;
  return `${formatCents(Math.round(cents))}/${unit}`;
}

/**
 * Parses a money amount a person typed ("$150", "150 dollars", "12.5", "$1,200") into cents.
 * Returns undefined when it is not a non-negative amount.
 */
export function parseMoney(text: string): number | undefined {
  const m = /^\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(?:dollars?|bucks?|usd)?\s*$/i.exec(text);
  if (!m) return undefined;
  const whole = Number(m[1]!.replace(/,/g, ''));
  const frac = m[2] ? Number(m[2].padEnd(2, '0')) : 0;
  const cents = whole * 100 + frac;
  return Number.isSafeInteger(cents) ? cents : undefined;
}
