import { z } from 'zod';
import { singular } from '../grocery/catalog/index.js';
import { normalizePreferenceValue, PREFERENCE_KINDS, type Preference } from '../memory/index.js';
import { formatCents } from '../grocery/money.js';
import { productName } from './product-text.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';
import { ASK_PRIVATELY_TEXT } from './ask-privately.js';

const forgetInput = z.object({
  value: z.string().trim().min(1).max(100).describe('what to forget, e.g. "Oatly", "vegan"'),
  kind: z.enum(PREFERENCE_KINDS).optional().describe('only this kind ("likes" takes back liked brands too)'),
});
const knownInput = z.object({});

/** "peanut" and "peanuts", "Oatly" and "oatly": one preference however it is said back. */
function sameValue(a: string, b: string): boolean {
  const [x, y] = [normalizePreferenceValue(a), normalizePreferenceValue(b)];
  const one = (v: string) => v.split(' ').map(singular).join(' ');
  return x === y || one(x) === one(y);
}

/** How one stated preference reads in a sentence. */
function said(p: Pick<Preference, 'kind' | 'value'>): string {
  switch (p.kind) {
    case 'likes':
    case 'brand':
      return `you like ${p.value}`;
    case 'dislikes':
      return `you don't like ${p.value}`;
    case 'diet':
      return `you're ${p.value}`;
    case 'allergy':
      return `you're allergic to ${p.value}`;
    case 'store':
      return `you shop at ${p.value}`;
  }
}

/** forget_preference: forgets something the person told us ("forget that I like Oatly", "I'm not vegan anymore"). */
export function forgetPreferenceTool(deps: Pick<ToolDeps, 'preferences'>): ToolDefinition<typeof forgetInput> {
  return {
    name: 'forget_preference',
    description: 'Forget a preference the person stated (a like, dislike, diet, allergy, brand or store).',
    input: forgetInput,
    execute({ value, kind }, ctx): ToolResult {
      const stated = deps.preferences.list(ctx.userId).filter((p) => p.source === 'stated');
      const kinds = kind === 'likes' ? ['likes', 'brand'] : kind ? [kind] : undefined;
      const matches = stated.filter((p) => (!kinds || kinds.includes(p.kind)) && sameValue(p.value, value));
      if (matches.length === 0) {
        const known = stated.length ? ` What I know: ${stated.slice(0, 6).map(said).join('; ')}.` : '';
        return { ok: true, data: { forgotten: [] }, text: `I didn't have "${value.slice(0, 40)}" noted.${known}` };
      }
      for (const p of matches) deps.preferences.forget(ctx.userId, p.kind, p.value);
      return { ok: true, data: { forgotten: matches.map((p) => ({ kind: p.kind, value: p.value })) }, text: `OK, I've forgotten that ${matches.map(said).join(' and ')}.` };
    },
  };
}

/** what_you_know: what the person told us and the prices they watch ("what do you know about me"). */
export function whatYouKnowTool(deps: Pick<ToolDeps, 'preferences' | 'alerts'>): ToolDefinition<typeof knownInput> {
  return {
    name: 'what_you_know',
    description: "What the person has told the assistant (diet, allergies, likes, brands) and the prices they watch.",
    input: knownInput,
    execute(_args, ctx): ToolResult {
      // Allergies and diets are nobody else's business: not in a group chat.
      if (ctx.inGroup) return { ok: false, error: { code: 'ASK_PRIVATELY', message: ASK_PRIVATELY_TEXT }, text: ASK_PRIVATELY_TEXT };
      const stated = deps.preferences.list(ctx.userId).filter((p) => p.source === 'stated');
      const tracked = deps.alerts.listTracked(ctx.userId);
      const lines: string[] = [];
      lines.push(stated.length ? `You told me ${stated.map(said).join('; ')}.` : "You haven't told me any preferences yet (try \"I'm vegetarian\" or \"I like Great Value\").");
      if (tracked.length) {
        const watched = tracked.map((t) => `${productName(t.product)} (${formatCents(t.product.priceCents)}${t.targetPriceCents !== null ? `, alert at ${formatCents(t.targetPriceCents)}` : ''})`);
        lines.push(`You're watching the price of ${watched.join('; ')}.`);
      }
      lines.push('Say "forget that I like ..." or "stop tracking ..." to change any of it.');
      return { ok: true, data: { preferences: stated.map((p) => ({ kind: p.kind, value: p.value })), tracked: tracked.map((t) => t.productId) }, text: lines.join('\n') };
    },
  };
}
