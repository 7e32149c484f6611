import { describe, expect, it } from 'vitest';
import { decideOffline } from '../../src/agent/index.js';
import { createUnderstanding } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const { understand } = createUnderstanding({ vocabulary: VOCABULARY });

describe('a thing wished for', () => {
  it('is put to the person before it is written: "some tortillas would be good"', () => {
    const decision = decideOffline(understand('some tortillas would be good'));
    expect(decision.kind).toBe('ask');
    expect(decision.kind === 'ask' ? decision.calls : []).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'tortillas' }] } }]);
  });

  it('reads "a melon would be nice" the same way, and "that would be great" as no thing at all', () => {
    const melon = decideOffline(understand('a melon would be nice'));
    expect(melon.kind === 'ask' ? melon.calls : []).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'melon', quantity: 1 }] } }]);
    expect(understand('that would be great').calls).toEqual([]);
  });
});
