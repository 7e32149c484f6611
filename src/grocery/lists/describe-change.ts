/** Joins names the way a sentence does: "milk", "milk and eggs", "milk, eggs and bread"; past four, "and 3 more". */
export function joinNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length > 4) return `${unique.slice(0, 3).join(', ')} and ${unique.length - 3} more`;
  return joinAll(unique);
}

/** Every name, joined the way a sentence does: "taco shells, ground beef, ... and sour cream". */
export function joinAll(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A list's name as a sentence says it: "Grocery list", "Costco list", and "party" as "party list". */
export function listLabel(name: string): string {
  return /\blist$/i.test(name.trim()) ? name : `${name} list`;
}
