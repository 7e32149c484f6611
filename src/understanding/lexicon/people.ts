/**
 * The people a shopper talks about: who needs things ("the baby needs wipes"), who a preference
 * is about ("my lad's allergic to tree nuts"), who a list is shared with ("can my flatmate see
 * it"). One word each, as typed after tokenizing; "my"/"our"/"the" go in front where they are used.
 */

/** Members of a household, family and friends, in several Englishes and registers. */
export const HOUSEHOLD: ReadonlySet<string> = new Set([
  'son', 'sons', 'daughter', 'daughters', 'kid', 'kids', 'kiddo', 'kiddos', 'child', 'children', 'baby', 'toddler', 'twins', 'boys', 'girls',
  'boy', 'girl', 'lad', 'lads', 'lass', 'youngest', 'eldest', 'oldest', 'teenager', 'teen', 'teens', 'stepson', 'stepdaughter',
  'husband', 'hubby', 'wife', 'missus', 'partner', 'spouse', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'bf', 'gf',
  'mom', 'mum', 'mam', 'mommy', 'mummy', 'mother', 'dad', 'daddy', 'father', 'parents', 'nan', 'nana', 'gran', 'granny', 'grandma',
  'grandpa', 'grandad', 'granddad', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'grandkids', 'grandchildren',
  'sister', 'brother', 'sis', 'bro', 'siblings', 'aunt', 'auntie', 'uncle', 'cousin', 'nephew', 'niece', 'in-laws',
  'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'son-in-law', 'daughter-in-law',
  'roommate', 'roommates', 'flatmate', 'flatmates', 'housemate', 'housemates', 'friend', 'friends', 'mate', 'mates', 'guests',
  'family', 'household', 'fam',
]);

/** Animals a household shops for ("the dog needs food"). */
export const PETS: ReadonlySet<string> = new Set(['dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'pup', 'puppies', 'kittens', 'rabbit', 'hamster', 'parrot']);

/** Words before a household member: "my son", "our kids", "the baby". */
export const PEOPLE_OWNERS: readonly string[] = ['my', 'our', 'the'];

/** "my son", "our kids", "the baby", ...: a household member as the subject of a sentence. */
export const HOUSEHOLD_SUBJECTS: readonly string[] = PEOPLE_OWNERS.flatMap((owner) => [...HOUSEHOLD].map((who) => `${owner} ${who}`));
