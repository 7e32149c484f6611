import { describe, expect, it } from 'vitest';
import { defaultEvalsDir, loadUtterances } from '../../../evals/load-evals.js';
import { loadNluModel } from '../../../src/understanding/model/index.js';

const model = loadNluModel();
const call = (name: string, args: Record<string, unknown>) => ({ name, args });

/**
 * Sentences written for this test, with products and list names none of the eval files uses,
 * in frames worded differently from them: what the model does with a request it never saw.
 */
const CASES: [text: string, intent: string, spans: string[], calls: ReturnType<typeof call>[]][] = [
  ['could you stick some pomegranate molasses on my list', 'add_to_list', ['ITEM:pomegranate molasses'], [call('add_to_list', { items: [{ name: 'pomegranate molasses' }] })]],
  ['please add three tins of coconut cream', 'add_to_list', ['ITEM:three tins of coconut cream'], [call('add_to_list', { items: [{ name: 'coconut cream', quantity: 3, unit: 'can' }] })]],
  ['put 2 jars of harissa and some couscous on the list', 'add_to_list', ['ITEM:2 jars of harissa', 'ITEM:couscous'],
    [call('add_to_list', { items: [{ name: 'harissa', quantity: 2, unit: 'jar' }, { name: 'couscous' }] })]],
  ['take the sourdough starter off my list', 'remove_from_list', ['ITEM:sourdough starter'], [call('remove_from_list', { items: [{ name: 'sourdough starter' }] })]],
  ['remove kohlrabi from the farmers market list', 'remove_from_list', ['ITEM:kohlrabi', 'LIST:farmers market'],
    [call('remove_from_list', { items: [{ name: 'kohlrabi' }], list: 'farmers market' })]],
  ["what's on the farmers market list", 'view_list', ['LIST:farmers market'], [call('view_list', { list: 'farmers market' })]],
  ['is tahini on my list', 'view_list:item', ['ITEM:tahini'], [call('view_list', { item: 'tahini' })]],
  ['wipe my whole grocery list', 'clear_list', [], [call('clear_list', {})]],
  ['set up a new list named beach house', 'create_list', ['LIST:beach house'], [call('create_list', { name: 'beach house' })]],
  ['change the kombucha to 4 bottles', 'update_list_item', ['ITEM:kombucha'], [call('update_list_item', { name: 'kombucha', quantity: 4, unit: 'bottle' })]],
  ['how much does saffron cost', 'get_price', ['ITEM:saffron'], [call('get_price', { query: 'saffron' })]],
  ['search for gluten free gnocchi', 'search_products', ['ITEM:gluten free gnocchi'], [call('search_products', { query: 'gluten free gnocchi' })]],
  ['any deals on halloumi', 'match_deals', ['ITEM:halloumi'], [call('match_deals', { items: ['halloumi'] })]],
  ['find me a cheaper alternative to nutella', 'find_substitutes', ['ITEM:nutella'], [call('find_substitutes', { name: 'nutella' })]],
  ['let me know when pistachios go on sale', 'track_price', ['ITEM:pistachios'], [call('track_price', { name: 'pistachios' })]],
  ["i'm allergic to sesame", 'remember_preference:allergy', ['VALUE:sesame'], [call('remember_preference', { kind: 'allergy', value: 'sesame' })]],
  ['what time does the football game start', 'none', [], []],
  ['yes please do that', 'act:yes', [], []],
];

describe('the model on sentences it never saw', () => {
  it('none of them is in the eval data', () => {
    const known = new Set(loadUtterances(defaultEvalsDir()).map((u) => u.text.toLowerCase()));
    expect(CASES.map(([text]) => text).filter((t) => known.has(t.toLowerCase()))).toEqual([]);
  });

  it.each(CASES)('%s', (text, intent, spans, calls) => {
    expect(model.classify(text).intent).toBe(intent);
    expect(model.tag(text).spans.map((s) => `${s.label}:${s.text}`)).toEqual(spans);
    const proposal = model.propose(text);
    expect(proposal.calls).toEqual(calls);
    // Right, and not written off: an unsure one is asked about, never dropped as nonsense.
    expect(proposal.confidence).toBeGreaterThan(0.25);
  });

  it('is sure of most of them: four in five at a confidence of 0.7 or more', () => {
    const sure = CASES.filter(([text]) => model.propose(text).confidence >= 0.7);
    expect(sure.length / CASES.length).toBeGreaterThanOrEqual(0.8);
  });

  it('ranks every intent with probabilities that sum to one, the best first', () => {
    const { intent, confidence, ranked } = model.classify('could you stick some pomegranate molasses on my list');
    expect(ranked[0]).toEqual({ intent, p: confidence });
    expect(ranked.map((r) => r.intent).sort()).toEqual([...model.file.classifier.classes].sort());
    expect(ranked.reduce((sum, r) => sum + r.p, 0)).toBeCloseTo(1, 9);
    for (let k = 1; k < ranked.length; k++) expect(ranked[k]!.p).toBeLessThanOrEqual(ranked[k - 1]!.p);
  });

  it('gives token spans that point at the words they name', () => {
    const { tokens, spans } = model.tag('put 2 jars of harissa and some couscous on the list');
    for (const s of spans) expect(tokens.slice(s.start, s.end).join(' ')).toBe(s.text);
  });

  it('proposes nothing, with a low confidence, for an intent it cannot build from the words', () => {
    // An add that names nothing to add: "it" needs the conversation, which the model does not have.
    const proposal = model.propose('add it to the list please');
    expect(proposal.intent).toBe('add_to_list');
    expect(proposal).toMatchObject({ calls: [], built: false });
    expect(proposal.confidence).toBeLessThan(0.3);
  });
});
