import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../src/understanding/engine/patterns.js';

const words = (text: string) => text.split(' ');

describe('phrase patterns', () => {
  it('reads every alternative of a group, an empty one making it optional', () => {
    const p = compilePatterns(['[i|we|] need {items} [please|]'], 'longest-first');
    expect(p.match(words('we need milk please'))).toEqual([{ items: ['milk'] }, { items: ['milk', 'please'] }]);
    expect(p.match(words('need eggs'))).toEqual([{ items: ['eggs'] }]);
    expect(p.match(words('they need eggs'))).toEqual([]);
  });

  it('tries the phrasing that spells more words first', () => {
    const p = compilePatterns(['forget {x}', 'forget about {x}'], 'longest-first');
    expect(p.match(words('forget about the milk'))).toEqual([{ x: ['the', 'milk'] }, { x: ['about', 'the', 'milk'] }]);
  });

  it('keeps the written order when asked to', () => {
    const p = compilePatterns(['{x}', 'tell me {x}'], 'as-written');
    expect(p.match(words('tell me the price'))).toEqual([{ x: ['tell', 'me', 'the', 'price'] }, { x: ['the', 'price'] }]);
  });

  it('gives each slot the fewest tokens that still let the rest match, once per phrasing', () => {
    const p = compilePatterns(['move {a} to {b}'], 'longest-first');
    expect(p.match(words('move milk to to the list'))).toEqual([{ a: ['milk'], b: ['to', 'the', 'list'] }]);
  });

  it('lists one filling once, however many phrasings give it', () => {
    const p = compilePatterns(['[a|] [a|] {x}'], 'longest-first');
    expect(p.match(words('a milk'))).toEqual([{ x: ['milk'] }, { x: ['a', 'milk'] }]);
  });

  it('knows its literal words, for typo correction', () => {
    expect([...compilePatterns(['[take|get rid of] {items} [off|]'], 'longest-first').words].sort()).toEqual(['get', 'of', 'off', 'rid', 'take']);
  });

  // A pattern with several long groups stands for tens of thousands of phrasings; none is spelled out.
  it('matches a pattern of many thousand phrasings without building them', () => {
    const group = (n: number, w: string) => `[${Array.from({ length: n }, (_, i) => `${w}${i}`).join('|')}|]`;
    const p = compilePatterns([`${group(40, 'a')} ${group(40, 'b')} ${group(40, 'c')} list {name}`], 'longest-first');
    expect(p.match(words('a3 c7 list party'))).toEqual([{ name: ['party'] }]);
  });

  it('gives as its best match the first of all its matches, for sources starting with a word, a slot or an optional group', () => {
    const p = compilePatterns(['[i|we|] need {items} [please|]', '{items} [please|now]', 'need {items} now', '{x} {y} please'], 'longest-first');
    for (const text of ['we need milk please', 'need eggs now', 'milk please', 'eggs', 'bread now please']) {
      expect(p.best(words(text)), text).toEqual(p.match(words(text))[0]);
    }
  });

  it('says which words a match can start with, or nothing when a slot may lead', () => {
    expect([...compilePatterns(['[i|we|] need {x}', 'get {x}'], 'longest-first').firstWords!].sort()).toEqual(['get', 'i', 'need', 'we']);
    expect(compilePatterns(['get {x}', '{x} please'], 'longest-first').firstWords).toBeUndefined();
  });

  it('knows words one of which every match holds, so tokens without any never match', () => {
    const p = compilePatterns(['how much [is|are] {q}', '{q} [price|cost]'], 'longest-first');
    const needed = p.anyNeeded!;
    for (const text of ['how much is milk', 'milk price', 'eggs cost', 'add milk', 'what is it']) {
      const matched = p.match(words(text)).length > 0;
      if (matched) expect(words(text).some((w) => needed.has(w)), text).toBe(true);
    }
    expect(p.match(words('add milk'))).toEqual([]);
    expect(compilePatterns(['[a|] {x}'], 'longest-first').anyNeeded).toBeUndefined();
  });
});
