/** Plain-text tables with aligned columns: numbers right, text left. */

/** Renders rows under a header, each column as wide as its widest cell. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const numeric = header.map((_, col) => rows.length > 0 && rows.every((r) => typeof r[col] === 'number' || /^[-\d.%]+$/.test(String(r[col]))));
  const widths = header.map((_, col) => Math.max(...cells.map((r) => (r[col] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, col) => (numeric[col] && col > 0 ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A ratio as a percentage with one decimal, or "-" when there is nothing to divide. */
export function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}
