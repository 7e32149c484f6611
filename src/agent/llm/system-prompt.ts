import { z } from 'zod';
import type { ToolDefinition } from '../../tools/tool.js';

/** Arguments the model is not shown: it never sees product ids (those come from buttons the person presses). */
const HIDDEN_ARGS = new Set(['productId', 'limit', 'inStock']);

/**
 * The system prompt: prompts/system.txt with `{{tools}}` replaced by one line per tool. The same
 * tools always give the same text, byte for byte, so every request of every person starts with
 * it and Ollama reuses its cached prefix instead of reading it again.
 *
 * @example
 * buildSystemPrompt(loadPrompts().system, modelTools(tools))
 */
export function buildSystemPrompt(template: string, tools: readonly ToolDefinition[]): string {
  return template.replace('{{tools}}', tools.map(toolLine).join('\n'));
}

/**
 * "add_to_list(items:[{name,quantity?,unit?,brand?,note?}],list?)": a tool's name and arguments
 * say what it does; a description is added only where they do not (`note` in {@link NOTES}).
 */
export function toolLine(tool: ToolDefinition): string {
  const schema = z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const note = NOTES[tool.name];
  return `${tool.name}(${argsOf(schema)})${note ? ` ${note}` : ''}`;
}

/** What a tool's name and arguments leave unsaid. */
const NOTES: Readonly<Record<string, string>> = {
  view_list: 'shows a list, or whether item is on it',
  update_list_item: 'changes one line',
  match_deals: 'deals on the list or items',
  find_substitutes: 'cheaper or other choices',
  list_total: 'cost of the list, budget left',
  track_price: 'alert when it gets cheaper',
  clear_list: 'empties a list (asks first)',
};

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
}

function argsOf(schema: JsonSchema): string {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => !HIDDEN_ARGS.has(name))
    .map(([name, s]) => `${name}${required.has(name) ? '' : '?'}${shapeOf(s)}`)
    .join(',');
}

function shapeOf(s: JsonSchema): string {
  if (s.enum) return `:${s.enum.join('|')}`;
  if (s.type === 'array' && s.items?.type === 'object') return `:[{${argsOf(s.items)}}]`;
  if (s.type === 'array') return ':[]';
  return '';
}
