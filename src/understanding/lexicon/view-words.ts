/**
 * The words of asking to see or count a list ("what does my shopping list consist of").
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */

/**
 * Words a question about the whole list is made of once the list phrase is taken out: "what does
 * my shopping list consist of", "give me all contents of my shopping list", "tell me what i can
 * find on the shopping list". A clause that names a list and holds only these (and one of
 * {@link VIEW_CUES}) asks to see it.
 */
export const VIEW_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'had', 'i', 'we', 'you',
  'me', 'us', 'my', 'our', 'the', 'a', 'all', 'everything', 'every', 'each', 'thing', 'things', 'item', 'items', 'stuff', 'contents', 'content', 'entire',
  'whole', 'full', 'complete', 'on', 'in', 'of', 'it', 'there', 'to', 'show', 'tell', 'read', 'give', 'list', 'see', 'find', 'display', 'view', 'open',
  'pull', 'up', 'bring', 'look', 'at', 'check', 'go', 'over', 'through', 'name', 'say', 'says', 'hear', 'know', 'remind', 'let', 'again', 'so', 'far',
  'now', 'right', 'currently', 'moment', 'this', 'time', 'put', 'write', 'wrote', 'written', 'down', 'added', 'add', 'got', 'get', 'need', 'buy',
  'can', 'could', 'would', 'will', 'should', 'entail', 'entails', 'involve', 'involves', 'consist', 'consists', 'contain', 'contains', 'include',
  'includes', 'available', 'kind', 'kinds', 'sort', 'type', 'types', 'purchases', 'products', 'groceries', 'left', 'remaining', 'still', 'else',
  'out', 'loud', 'back', 'for', 'with', 'summary', 'rundown', 'overview', 'recap', 'please', 'just', 'exactly', 'listed', 'today', 'yet', 'that',
  'am', 'be', 'going', 'gonna', 'and', 'or', 'many', 'much', 'how', 'long', 'big', 'count', 'number', 'total', 'number', 'want', 'like', 'some']);

/** Words that make such a clause a question or a request to show ("what", "show", "contents"). */
export const VIEW_CUES: ReadonlySet<string> = new Set(['what', 'which', 'show', 'tell', 'read', 'give', 'display', 'view', 'see', 'open', 'pull', 'bring',
  'look', 'name', 'contents', 'content', 'hear', 'remind', 'everything', 'summary', 'rundown', 'overview', 'recap', 'count', 'how', 'check', 'go']);

/** Things a question counts or lists that are not one item ("how many things", "which items"). */
export const LIST_CONTENTS: ReadonlySet<string> = new Set(['items', 'item', 'things', 'thing', 'stuff', 'groceries', 'products', 'purchases', 'contents',
  'content', 'everything', 'entries', 'lines']);

/** Words for what is on a list that no list is named: "name the items on my list", "call out everything on it". */
export const WHAT_IS_ON_IT: ReadonlySet<string> = new Set(['items', 'item', 'things', 'thing', 'stuff', 'contents', 'everything', 'all', 'the', 'on', 'in', 'it']);
