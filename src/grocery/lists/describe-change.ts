/** Joins names the way a sentence does: "milk", "milk and eggs", "milk, eggs and bread". */
export function joinNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  if (unique.length > 4) return `${unique.slice(0, 3).join(', ')} and ${unique.length - 3} more`;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
