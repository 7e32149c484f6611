import { z } from 'zod';
import { PREFERENCE_KINDS } from '../memory/index.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({
  kind: z.enum(PREFERENCE_KINDS).describe('kind'),
  value: z.string().trim().min(1).max(100).describe('e.g. "peanuts", "vegan", "Great Value"'),
});

const CONFIRMATIONS: Record<(typeof PREFERENCE_KINDS)[number], (v: string) => string> = {
  likes: (v) => `Noted: you like ${v}.`,
  dislikes: (v) => `Noted: no ${v} for you. I'll leave it out of suggestions.`,
  diet: (v) => `Got it: you're ${v}. I'll keep suggestions ${v}.`,
  allergy: (v) => `Got it: you're allergic to ${v}. I'll steer clear of products that contain it.`,
  brand: (v) => `Noted: you like ${v}. I'll put it first when I suggest products.`,
  store: (v) => `Noted: you shop at ${v}.`,
};

/** remember_preference: keeps what a person likes, avoids, eats and where they shop. */
export function rememberPreferenceTool(deps: Pick<ToolDeps, 'preferences'>): ToolDefinition<typeof input> {
  return {
    name: 'remember_preference',
    description: "Remember a preference: likes, dislikes, diet, allergy, favourite brand or store.",
    input,
    execute({ kind, value }, ctx) {
      deps.preferences.remember(ctx.userId, kind, value);
      return { ok: true, data: { kind, value }, text: CONFIRMATIONS[kind](value.trim()) };
    },
  };
}
