import type { IntentRule } from '../engine/intent.js';
import { unresolved } from './support/shopping-phrases.js';

/**
 * The `substitutes_bare` intent: "something cheaper", "any alternatives" with nothing named: asks which thing.
 */
export const substitutesBareIntent: IntentRule = { name: 'substitutes_bare', patterns: ['[something|anything|any|is there anything|is there something|got anything|do you have anything|show me something|find something|find me something] [cheaper|less expensive|similar|healthier]',
  'cheaper [one|option|alternative|version|ones|options|brand]', '[what are|any|got any|show me|are there] [the|some|any|] [alternatives|substitutes|other options|cheaper options]'],
  build: () => unresolved() };
