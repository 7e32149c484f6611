import { describe, expect, it } from 'vitest';
import { splitMessage, TELEGRAM_MAX_TEXT } from '../../../src/channels/telegram/index.js';

describe('splitMessage', () => {
  it('leaves a message within the limit whole', () => {
    expect(splitMessage('Your list: milk, eggs')).toEqual(['Your list: milk, eggs']);
  });

  it('breaks at a line end and keeps every line', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `- item number ${i + 1}`);
    const parts = splitMessage(lines.join('\n'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= TELEGRAM_MAX_TEXT)).toBe(true);
    expect(parts.flatMap((p) => p.split('\n'))).toEqual(lines);
  });

  it('cuts a text with no spaces at the limit without splitting an emoji in half', () => {
    const text = `${'a'.repeat(TELEGRAM_MAX_TEXT - 1)}🥛${'b'.repeat(10)}`;
    const parts = splitMessage(text);
    expect(parts.join('')).toBe(text);
    expect(parts[1]!.startsWith('🥛')).toBe(true);
  });
});
