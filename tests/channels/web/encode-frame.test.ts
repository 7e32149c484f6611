import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toListSnapshot, type ListService } from '../../../src/grocery/lists/index.js';
import { encodeFrame } from '../../../src/channels/web/encode-frame.js';
import { createProductCache } from '../../../src/store/cache/index.js';
import { catalogOf } from '../../helpers/catalog.js';
import { ALICE, listServiceOn, setupLists } from '../../grocery/lists/fixtures.js';

let env: ReturnType<typeof setupLists>;
let lists: ListService;
let listId: number;

beforeEach(() => {
  env = setupLists();
  // As createCore wires it: unchanged aisles of a list keep their snapshot arrays between views.
  lists = listServiceOn(env.db, { products: catalogOf(env.db, { cache: createProductCache() }), now: () => env.clock.t });
  listId = lists.defaultList(ALICE).id;
  lists.addItems(ALICE, listId, Array.from({ length: 30 }, (_, i) => ({ name: `thing "${i}"`, note: i % 7 === 0 ? 'the big one\n' : undefined })));
  lists.addItems(ALICE, listId, [{ name: 'milk' }, { name: 'eggs' }, { name: 'apples', quantity: 2, unit: 'lb' }, { name: 'bread' }]);
});
afterEach(() => env.cleanup());

describe('a frame carrying a whole list', () => {
  const snapshot = () => toListSnapshot(lists.view(ALICE, listId));
  const frames = () => [
    { type: 'reply', replyTo: 'm1', text: 'Your list', choices: [], list: snapshot() },
    { type: 'list_changed', listId, list: snapshot() },
    { type: 'welcome', token: 't', resumed: true, demoStore: false, history: [{ role: 'user', text: 'hi', at: 1 }], list: snapshot(), alerts: [] },
    { type: 'welcome', token: 't', resumed: false, demoStore: false, history: [], list: null, alerts: [] },
  ];

  it('reaches the page as the same frame, before and after changes to the list', () => {
    const same = () => {
      for (const frame of frames()) expect(JSON.parse(encodeFrame(frame).toString())).toEqual(JSON.parse(JSON.stringify(frame)));
    };
    same();
    lists.addItems(ALICE, listId, [{ name: 'bananas' }, { name: 'milk' }]);
    same();
    lists.removeItems(ALICE, listId, [{ name: 'thing "3"' }, { name: 'bread' }]);
    lists.setChecked(ALICE, listId, 'eggs', true);
    same();
  });
});
