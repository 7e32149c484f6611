import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/understanding/intents/index.js';
import { orderIntents, PRECEDENCE, type Precedence } from '../../src/understanding/precedence.js';

const withStage = (stage: number, names: string[]): Precedence => ({ ...PRECEDENCE, stages: PRECEDENCE.stages.map((s, i) => (i === stage ? names : s)) });

describe('intent precedence', () => {
  it('places every intent of src/understanding/intents exactly once', () => {
    const order = orderIntents(INTENTS);
    const placed = [...order.beforeListPhrase, ...order.stages.flat()].map((r) => r.name);
    expect(placed.length).toBe(INTENTS.length);
    expect(new Set(placed)).toEqual(new Set(INTENTS.map((r) => r.name)));
  });

  it('refuses a name that is no intent instead of skipping it', () => {
    expect(() => orderIntents(INTENTS, withStage(3, [...PRECEDENCE.stages[3]!, 'add_misspelt']))).toThrow(/"add_misspelt", which is no intent/);
  });

  it('refuses an intent placed twice', () => {
    expect(() => orderIntents(INTENTS, withStage(2, [...PRECEDENCE.stages[2]!, 'add']))).toThrow(/"add" has more than one place/);
  });

  it('refuses to leave an intent out', () => {
    expect(() => orderIntents(INTENTS, withStage(3, PRECEDENCE.stages[3]!.filter((n) => n !== 'cooking')))).toThrow(/"cooking" has no place/);
  });

  it('refuses two intents with one name', () => {
    const twin = { ...INTENTS.find((r) => r.name === 'add')! };
    expect(() => orderIntents([...INTENTS, twin])).toThrow(/two intents are named "add"/);
  });

  it('keeps the shopping questions to intents that have a stage', () => {
    expect(() => orderIntents(INTENTS, { ...PRECEDENCE, shoppingQuestions: [...PRECEDENCE.shoppingQuestions, 'price'] })).toThrow(/"price" is named twice/);
    expect(() => orderIntents(INTENTS, { ...PRECEDENCE, shoppingQuestions: [...PRECEDENCE.shoppingQuestions, 'nope'] })).toThrow(/"nope", which is no intent/);
  });
});
