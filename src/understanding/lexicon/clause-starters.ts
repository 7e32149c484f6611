/**
 * Where a new clause starts in a message ("take off the bread and add bagels") and what makes a clause a remark ("they already have some").
 */
/** Words after a break that start a new request ("..., remove eggs"). */
export const CLAUSE_STARTERS: ReadonlySet<string> = new Set(['add', 'put', 'throw', 'toss', 'remove', 'delete', 'take', 'scratch', 'cross', 'strike', 'nix', 'get', 'grab',
  'buy', 'pick', 'clear', 'empty', 'show', 'find', 'search', 'check', 'change', 'make', 'set', 'track', 'watch', 'what', 'how', 'is', 'are',
  'do', 'did', 'swap', 'replace', 'forget', 'never', 'tell', 'let', 'alert', 'i', 'we', 'uncheck', 'untick', 'unmark', 'mark', 'rename', 'share', 'send', 'create',
  'start', 'tick', 'drop', 'any', 'price', 'notify', 'remind', 'no', 'scrap', 'pull', 'ditch', 'update', 'bump', 'empty', 'show', 'read', 'am', 'place', 'submit', 'checkout']);

/** Command verbs that start a request of their own even right after a list is named ("... on my list add bread"). */
export const ACTION_STARTERS: ReadonlySet<string> = new Set(['add', 'put', 'throw', 'toss', 'remove', 'delete', 'take', 'scratch', 'cross', 'strike', 'nix', 'get', 'grab', 'buy', 'pick',
  'clear', 'empty', 'show', 'find', 'search', 'change', 'make', 'set', 'track', 'watch', 'swap', 'replace', 'uncheck', 'untick', 'unmark', 'rename', 'share', 'send', 'create',
  'drop', 'scrap', 'ditch', 'update', 'bump', 'read']);

/** Words that open a question, whose verb may come after the list is named ("what does my list add up to"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'how', 'which', 'does', 'do', 'is', 'are', 'did', 'can', 'could', 'will', 'would', 'should', 'where', 'when', 'why', 'who']);

/** Verbs of a remark's someone: "my daughter has been asking", "jess bought some", "my husband hates them". */
export const REMARK_VERBS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'bought', 'got', 'brought', 'picked', 'hates', 'loves', 'likes', 'wants',
  'does', 'did', 'will', 'would', 'can', 'cannot', 'never', 'always', 'already', 'just', 'eats', 'drinks', 'says', 'said', 'thinks', 'asked', 'asks', 'keeps',
  'finished', 'used', 'ate', 'drank', 'made', 'makes', 'do', 'found', 'grabbed', 'saw',
  // "the kids go through loads", "they love it": what a group does, said in the present.
  'go', 'goes', 'eat', 'drink', 'love', 'like', 'hate', 'use', 'uses', 'prefer', 'prefers', 'tells', 'told',
  // "grandma's bringing some", "my sister bring from her garden": someone else getting it.
  'bring', 'brings', 'bringing', 'buying', 'getting', 'picking', 'grows', 'grow', 'makes', 'making']);

/** Who a remark after a request is about ("they get too much sugar", "the kids drink a lot", "someone finished it"). */
export const REMARK_SUBJECTS: ReadonlySet<string> = new Set(['they', 'it', 'he', 'she', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'kids', 'baby', 'recipe', 'that', 'this']);

/** Words after which "i" or "we" belong to the same clause ("what i put", "did we add", "i think i need"). */
export const BINDS_SUBJECT: ReadonlySet<string> = new Set(['and', 'or', 'but', 'if', 'that', 'what', 'when', 'where', 'which', 'whether', 'so', 'do', 'did', 'does', 'can', 'could', 'would',
  'should', 'will', 'think', 'guess', 'hope', 'know', 'mean', 'meant', 'wish', 'than', 'unless', 'until', 'before', 'after', 'once', 'while', 'as', 'how', 'have',
  'has', 'had', 'am', 'are', 'is', 'was', 'were', 'maybe', 'perhaps', 'then', 'because', 'cause', 'since', 'things', 'stuff', 'everything', 'anything', 'something',
  'whatever', 'whichever', 'who', 'whoever', 'the', 'all', 'ones', 'one', 'those', 'these', 'items', 'food', 'groceries']);

/** Words after "something" or "anything" that start a substitute question ("something cheaper"). */
export const SUBSTITUTE_AFTER_SOMETHING: ReadonlySet<string> = new Set(['cheaper', 'similar', 'like', 'healthier', 'instead', 'less']);

/** Words after "substitutes" that name what is replaced ("substitutes for"). */
export const SUBSTITUTE_LINKS: ReadonlySet<string> = new Set(['for', 'to', 'of']);

/** Forms of "be" that make what comes before them a subject ("the kids are ...", "the juice is in my cart"). */
export const BE_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/** Words before "is" that do not start a remark ("my list is ...", "it is ..."). */
export const NOT_REMARK_SUBJECTS: ReadonlySet<string> = new Set(['my', 'our', 'code', 'it']);

/** What the speaker did something to, in a remark after a request ("bought some", "found both"). */
export const DONE_TO_THEM: ReadonlySet<string> = new Set(['both', 'them', 'it', 'some', 'one', 'those', 'these', 'all', 'plenty', 'enough', 'a', 'loads', 'lots', 'tons', 'heaps']);

/** Before someone who did something: "my daughter has been asking for it". */
export const POSSESSIVES_OF_PEOPLE: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their']);

/** First words of a clause that is not about someone else doing something: the speaker, the agent, a question. */
export const NOT_SOMEONE: ReadonlySet<string> = new Set(['you', 'u', 'i', 'we', 'it', 'they', 'how', 'what', 'why', 'where', 'when', 'which', 'who', 'whose', 'the', 'a', 'an', 'is', 'are', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'will', 'please', 'and', 'or', 'but', 'if', 'so', 'there', 'here', 'this', 'that',
  // "better go with two bags", "maybe go for the big one": advice to the speaker, no one else's doing.
  'better', 'best', 'maybe', 'perhaps', 'probably', 'just', 'only', 'also', 'then', 'now', 'let', 'lets']);

/** Words of a diet or an allergy: a clause with one is a preference, not a remark. */
export const DIET_WORDS: ReadonlySet<string> = new Set(['allergic', 'allergy', 'allergies', 'intolerant', 'vegan', 'vegetarian', 'celiac', 'coeliac', 'diabetic']);
