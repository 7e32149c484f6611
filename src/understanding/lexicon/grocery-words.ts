/*
 * Grocery head nouns, written from general knowledge of what supermarkets in the US, UK, Ireland,
 * Australia, South Africa, India, Nigeria and the Philippines sell (not from any conversation we
 * test on).
 *
 * Left out on purpose (NOT_GROCERY below enforces it): words that are more often something else in
 * an everyday message, so that seeing one should not make a message look like shopping.
 *  - Units and containers: pack, packet, bag, box, can, tin, jar, bottle, carton, case, tub, stick,
 *    slice, piece, block, bunch, dozen, pouch, sachet, tray, crate, slab (an Australian case of beer).
 *  - Generic words: food, groceries, grocery, item, thing, stuff, list, supplies, essentials,
 *    produce, provisions, meal, dinner, lunch, drink(s) ("grab drinks after work"), kit.
 *  - Foods whose word is mainly something else: date (the calendar), time ("thyme" is in), stock
 *    (shares; "broth" and "bouillon" are in), spring, mac, chip (the computer kind; "chips" is in),
 *    bar, pop, punch, shot, port, spirit(s), mate (friend; "yerba" is in), sake ("for god's sake"),
 *    rose (the flower; "rosé" is in), colours (red, white, green, blue, brown, golden), jack, swiss,
 *    american, granny, gala, fuji, jazz, jersey, conference, marie, ranch, spam, mole, jerk, msg,
 *    bbq/barbecue, hp, cheerio (goodbye; "cheerios" is in), cos ("because"), nan (grandmother; "naan"
 *    is in), pain, danish, blondie, turnover, filling, toast, dummy, iceberg, mace, hen, smelt,
 *    savory, dripping, mixer, bitter, mild, porter, perry, essence, kiev, cone, candle, monster,
 *    tango, bounty, penguin, buttons, cocktail names (margarita, mojito...) and café orders (latte,
 *    cappuccino, mocha, frappe, boba): they read as going out, not shopping.
 *  - Brand words that are ordinary words: tide, surf, vanish, finish, flash, fairy, glad, felix,
 *    pedigree, plenty, beyond, accent.
 *  - Body parts that are also cuts: leg, neck, cheek, heart, tongue, belly, back, foot, head,
 *    knuckle, bone. "breast", "thigh", "wing", "drumstick", "liver" and "kidney" stay: on a list
 *    they are nearly always meat.
 *  - Words shared with devices and everyday things: tablet(s), tab(s), battery (the phone's;
 *    "batteries" is in), bulb ("lightbulb" is in), film ("clingfilm" is in), filter, blade, pin,
 *    plate, cup, straw ("straws" is in), shell ("shells" is in), strip, finger, ball, bud, foam,
 *    drop(s), matches, lighter, toner, foundation, joint, rack, skirt, tender, treat ("treats" is
 *    in), wipe ("wipes" is in), pad ("pads" is in), snag ("snags" is in), banger ("bangers" is in),
 *    sweet ("sweets" is in), tot(s), paper in the plural ("papers"; "paper" is in, for toilet,
 *    kitchen and baking paper).
 *  - A slur that is also a British meatball (faggot), and "kraut".
 * Kept although they have other senses, because on a list they are groceries: apple, orange, lime,
 * cherry, turkey, bologna, jam, roll, spread, cookies, pepper, honey, rocket, wrap, squash, mint,
 * sage, olive, mandarin, sole, bass, chuck, paste, dip, mix (cake, trail), batter (dosa, pancake),
 * dough, pod, leaves, liquid (washing-up), powder, cleaner, wash (body, face), polish, formula.
 * Kept only in the plural: chips, crisps, fries, sprinkles, greens, shells, bangers, snags, treats,
 * chews, wipes, pads, batteries, straws, scratchings, preserves, pullups.
 */

/** A word's regular plural: "peach" -> "peaches", "berry" -> "berries", "pear" -> "pears". */
function pluralOf(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Count nouns in both forms: "sardine" gives "sardine" and "sardines"; "loaf/loaves" spells the
 * plural out (more than one may follow: "mango/mangoes/mangos"; "okra/okra" is the same in both);
 * "/chips" keeps only the plural, for words whose singular is mainly something else.
 */
function count(...words: string[]): string[] {
  return words.flatMap((w) => {
    const [one, ...many] = w.split('/');
    return [one, ...(many.length > 0 ? many : [pluralOf(one)])].filter((x) => x.length > 0);
  });
}

/** Mass nouns, in the one form people use: "rice", "flour", "ghee". */
function mass(...words: string[]): string[] {
  return words;
}

// Fruit, including tropical, Asian, African and Latin American fruit, dried fruit, and the apple
// and pear varieties people name on their own ("bramleys", "honeycrisps").
const FRUIT = [
  ...count('fruit', 'apple', 'banana', 'orange', 'grape', 'pear', 'peach', 'plum', 'mango/mangoes/mangos', 'pineapple', 'melon', 'watermelon',
    'cantaloupe', 'honeydew', 'rockmelon', 'kiwi', 'kiwifruit', 'berry', 'strawberry', 'raspberry', 'blueberry', 'blackberry', 'gooseberry',
    'cranberry', 'boysenberry', 'loganberry', 'mulberry', 'elderberry', 'lingonberry', 'huckleberry', 'tayberry', 'cloudberry', 'currant',
    'redcurrant', 'blackcurrant', 'cherry', 'lemon', 'lime', 'grapefruit', 'nectarine', 'apricot', 'clementine', 'tangerine', 'mandarin',
    'satsuma', 'kumquat', 'pomelo', 'yuzu', 'calamansi', 'kalamansi', 'papaya', 'pawpaw', 'fig', 'pomegranate', 'avocado', 'coconut', 'guava',
    'guayaba', 'passionfruit', 'maracuya', 'dragonfruit', 'pitaya', 'starfruit', 'carambola', 'persimmon', 'quince', 'loquat', 'lychee',
    'litchi', 'longan', 'rambutan', 'mangosteen', 'durian', 'jackfruit', 'breadfruit', 'feijoa', 'tamarillo', 'soursop', 'ackee', 'sapodilla',
    'chikoo', 'amla', 'jamun', 'plantain', 'platano', 'saba', 'raisin', 'sultana', 'prune', 'medjool', 'braeburn', 'honeycrisp', 'bramley',
    'bosc', 'nashi', 'physalis/physalis', 'goji', 'olive', 'tomato/tomatoes', 'tamarind', 'nance', 'mamey', 'cherimoya', 'rambai', 'salak', 'jujube'),
  ...mass('rhubarb', 'acai', 'açaí', 'sugarcane'),
];

// Vegetables, with the British, Australian, Indian, Nigerian and Filipino names.
const VEGETABLES = [
  ...count('vegetable', 'veggie', 'potato/potatoes', 'spud', 'russet', 'fingerling', 'kipfler', 'yam', 'kumara', 'onion', 'shallot',
    'scallion', 'leek', 'carrot', 'parsnip', 'turnip', 'swede', 'rutabaga', 'beet', 'beetroot', 'radish', 'daikon', 'mooli', 'jicama',
    'kohlrabi', 'celeriac', 'artichoke', 'cucumber', 'gherkin', 'courgette', 'zucchini/zucchini/zucchinis', 'marrow', 'squash', 'butternut',
    'pumpkin', 'gourd', 'aubergine', 'eggplant', 'brinjal', 'capsicum', 'pepper', 'chilli/chillies/chillis', 'chili/chilies/chilis', 'chile',
    'jalapeno', 'jalapeño', 'habanero', 'serrano', 'poblano', 'chipotle', 'ancho', 'guajillo', 'peppadew', 'tomatillo', 'cabbage',
    'cauliflower', 'sprout', 'beansprout', 'brussel', 'lettuce', 'romaine', 'endive', 'radicchio', 'chicory', 'mushroom', 'shiitake',
    'portobello', 'portabella', 'chanterelle', 'morel', 'porcini/porcini', 'enoki/enoki', 'truffle', 'fennel', 'pea', 'mangetout/mangetout',
    'snowpea', 'bean', 'edamame/edamame', 'cob', 'okra/okra/okras', 'bhindi/bhindi', 'karela', 'lauki', 'tinda', 'drumstick', 'chayote',
    'sayote', 'choko', 'nopal/nopales', 'cassava', 'yuca', 'taro', 'eddoe', 'cocoyam', 'ube', 'sunchoke', 'salsify/salsify', 'microgreen', '/greens',
    'collard', 'choy/choy', 'choi/choi', 'pakchoi', 'bokchoy', 'gailan', 'kailan', 'pechay', 'ampalaya', 'upo', 'sitaw', 'tuber',
    'leaf/leaves', 'floret', 'caper', 'parval', 'tindora', 'arbi', 'suran', 'plantain', 'fiddlehead', 'scotchbonnet'),
  ...mass('veg', 'corn', 'sweetcorn', 'asparagus', 'kale', 'spinach', 'chard', 'arugula', 'rocket', 'watercress', 'cress', 'celery',
    'broccoli', 'broccolini', 'tenderstem', 'garlic', 'ginger', 'galangal', 'turmeric', 'horseradish', 'lemongrass', 'salad', 'slaw',
    'coleslaw', 'kangkong', 'malunggay', 'moringa', 'ugu', 'ugwu', 'ewedu', 'palak', 'methi', 'aloo', 'gobi', 'samphire', 'seaweed', 'nori',
    'kombu', 'wakame', 'kelp', 'purslane', 'sorrel', 'bhaji', 'saag', 'sarson', 'sabzi', 'tatashe', 'rodo', 'mizuna', 'tatsoi', 'frisee', 'frisée', 'mesclun'),
];

// Fresh and dried herbs.
const HERBS = [
  ...count('herb', 'chive'),
  ...mass('basil', 'parsley', 'coriander', 'cilantro', 'dill', 'mint', 'rosemary', 'thyme', 'sage', 'oregano', 'tarragon', 'marjoram',
    'chervil', 'lovage', 'dhania', 'dhaniya', 'pudina', 'fenugreek', 'shiso', 'perilla', 'epazote', 'culantro', 'pandan', 'curry', 'borage'),
];

// Meat and poultry: animals, cuts, mince, sausages and cured and deli meats, with the South
// African, Australian, Irish, British, Filipino, Nigerian, Middle Eastern and Eastern European names.
const MEAT = [
  ...count('chicken', 'turkey', 'duck', 'goose/geese', 'quail', 'rabbit', 'pheasant', 'partridge', 'poussin', 'capon', 'guineafowl',
    'steak', 'chop', 'cutlet', 'fillet', 'filet', 'loin', 'tenderloin', 'sirloin', 'ribeye', 'rump', 'brisket', 'chuck', 'flank', 'rib',
    'sparerib', 'tbone', 'porterhouse', 'striploin', 'topside', 'silverside', 'roast', 'shank', 'hock', 'trotter', 'oxtail', 'breast',
    'thigh', 'drumstick', 'drumette', 'wing', 'liver', 'kidney', 'gizzard', 'giblet', 'burger', 'hamburger', 'patty', 'meatball',
    'meatloaf/meatloaves', 'sausage', '/bangers', '/snags', 'chipolata', 'frankfurter', 'hotdog', 'wiener', 'bratwurst', 'kielbasa',
    'kabanos/kabanosy', 'chorizo', 'salami', 'pepperoni', 'ham', 'gammon', 'rasher', 'lardon', 'pastrami', 'bologna', 'mortadella',
    'liverwurst', 'pâté', 'pate', 'terrine', 'nduja', 'soppressata', 'merguez', 'andouille', 'boudin', 'pudding', 'haggis/haggis', 'kebab', 'kabob',
    'shawarma', 'gyro', 'doner', 'kofta', 'kefta', 'satay', 'souvlaki', 'skewer', 'nugget', 'goujon', 'schnitzel', 'escalope', 'longganisa',
    'longanisa', 'chicharron', 'chicharon', 'sucuk', 'sujuk', 'marrowbone', 'weisswurst', 'knackwurst', 'bockwurst', 'saveloy', 'cabanossi',
    'kranski', 'wurst', 'rissole', 'tocino/tocino', 'lechon/lechon', 'ponmo/ponmo', 'kpomo/kpomo', 'suya/suya', 'jerky/jerky', 'biltong/biltong',
    'boerewors/boerewors', 'wors/wors', 'droewors/droewors', 'polony/polony', 'cevapi/cevapi', 'cevapcici/cevapcici', 'sosatie', 'frikkadel',
    'bitterballen/bitterballen', 'hotpot', 'bobotie'),
  ...mass('meat', 'beef', 'pork', 'lamb', 'mutton', 'goat', 'veal', 'venison', 'bison', 'kangaroo', 'ostrich', 'poultry', 'mince', 'keema',
    'qeema', 'bacon', 'pancetta', 'prosciutto', 'speck', 'coppa', 'guanciale', 'bresaola', 'offal', 'tripe', 'suet', 'lard', 'tallow',
    'schmaltz', 'bulgogi', 'galbi', 'kalbi', 'chashu', 'lunchmeat', 'charcuterie', 'carnitas', 'barbacoa', 'basturma', 'pastirma',
    'chicharrón', 'scrapple', 'spareribs'),
];

// Fish and seafood, fresh, smoked, tinned and dried.
const SEAFOOD = [
  ...count('fishcake', 'fishfinger', 'fishstick', 'fishball', 'sardine', 'pilchard', 'anchovy', 'sprat', 'herring', 'kipper',
    'mackerel/mackerel/mackerels', 'trout/trout/trouts', 'snapper', 'bream', 'whiting', 'mullet', 'grouper', 'flounder', 'turbot', 'brill',
    'plaice/plaice', 'sole', 'bass/bass/basses', 'perch', 'carp', 'catfish/catfish', 'tilapia', 'barramundi', 'flathead', 'kingfish/kingfish',
    'yellowtail', 'croaker', 'dory/dories/dorys', 'eel', 'shrimp/shrimp/shrimps', 'prawn', 'langoustine', 'lobster', 'crab', 'crayfish/crayfish',
    'crawfish/crawfish', 'yabby/yabbies', 'mussel', 'clam', 'cockle', 'oyster', 'scallop', 'squid/squid/squids', 'octopus/octopus/octopuses',
    'cuttlefish/cuttlefish', 'abalone', 'whelk', 'winkle', 'urchin', 'monkfish/monkfish', 'swordfish/swordfish', 'stockfish/stockfish', 'goldfish/goldfish', 'snoek', 'kingklip'),
  ...mass('fish', 'seafood', 'salmon', 'tuna', 'cod', 'haddock', 'hake', 'pollock', 'pollack', 'halibut', 'basa', 'swai', 'pangasius', 'mahi',
    'mahimahi', 'milkfish', 'bangus', 'tilefish', 'walleye', 'whitebait', 'bonito', 'katsuobushi', 'roe', 'caviar', 'ikura', 'tobiko', 'lox',
    'gravlax', 'saltfish', 'bacalao', 'bacalhau', 'calamari', 'scampi', 'surimi', 'kamaboko', 'tinapa', 'tuyo', 'dilis', 'danggit',
    'bagoong', 'sashimi', 'crabmeat', 'krill', 'shellfish', 'sushi', 'lutefisk', 'taramasalata', 'galunggong', 'tamban'),
];

// Milk, cream, butter, yoghurt and eggs, with South Asian, Eastern European, Middle Eastern and
// African dairy.
const DAIRY_AND_EGGS = [
  ...count('egg', 'yogurt', 'yoghurt', 'milkshake', 'creamer', 'custard', 'smoothie', 'lassi'),
  ...mass('milk', 'cream', 'butter', 'margarine', 'marge', 'buttermilk', 'curd', 'dahi', 'kefir', 'skyr', 'quark', 'labneh', 'labne', 'ghee',
    'eggnog', 'fraiche', 'fraîche', 'crema', 'smetana', 'tvorog', 'ayran', 'kaymak', 'whey', 'khoa', 'khoya', 'mawa', 'malai', 'chaas',
    'amasi', 'maas', 'dairy', 'buttercream', 'nunu', 'wara'),
];

// Cheese, including the ones people shop for by name alone.
const CHEESE = [
  ...count('cheese', 'cheddar', 'mozzarella', 'parmesan', 'brie', 'camembert', 'gouda', 'edam', 'bocconcini/bocconcini', 'babybel',
    'stilton', 'havarti', 'provolone'),
  ...mass('parmigiano', 'reggiano', 'pecorino', 'grana', 'padano', 'feta', 'emmental', 'emmenthal', 'gruyere', 'gruyère', 'comte', 'comté',
    'raclette', 'fontina', 'taleggio', 'gorgonzola', 'roquefort', 'dolcelatte', 'cambozola', 'wensleydale', 'jarlsberg', 'manchego',
    'halloumi', 'haloumi', 'paneer', 'ricotta', 'mascarpone', 'burrata', 'asiago', 'romano', 'muenster', 'munster', 'colby', 'pepperjack',
    'queso', 'cotija', 'panela', 'fromage', 'chevre', 'chèvre', 'kashkaval', 'kasseri', 'graviera', 'kefalotyri', 'mizithra', 'akkawi',
    'nabulsi', 'bryndza', 'oscypek', 'twarog', 'boursin', 'dairylea', 'velveeta', 'limburger', 'scamorza', 'stracciatella', 'caciocavallo',
    'mimolette', 'reblochon', 'époisses', 'epoisses', 'caerphilly', 'quesillo', 'requesón', 'requeson', 'chhena', 'chenna', 'gjetost',
    'leerdammer', 'emmentaler', 'ossau', 'idiazabal', 'sirene'),
];

// Bread, rolls, flatbreads, cakes, pastries and biscuits, with British, Irish, Australian, Indian,
// Middle Eastern, African, Latin American, Filipino and Eastern European bakery names.
const BAKERY = [
  ...count('loaf/loaves', 'roll', 'bun', 'bap', 'barm', 'bloomer', 'baguette', 'ficelle', 'bagel', 'brioche', 'challah', 'ciabatta', 'focaccia',
    'sourdough', 'pita', 'pitta', 'naan', 'roti', 'chapati', 'chapatti', 'paratha', 'parantha', 'puri', 'poori', 'kulcha', 'bhatura', 'pav/pav',
    'lavash', 'lavosh', 'simit', 'pide', 'khubz/khubz', 'barbari', 'injera', 'tortilla', 'arepa', 'pupusa', 'bolillo', 'concha', 'pandesal/pandesal',
    'ensaymada', 'hopia', 'mantou', 'bao/bao', 'baozi/baozi', 'siopao', 'croissant', 'muffin', 'crumpet', 'pikelet', 'scone', 'teacake',
    'doughnut', 'donut', 'cruller', 'eclair', 'éclair', 'profiterole', 'cake', 'cupcake', 'fairycake', 'brownie', 'flapjack', 'cookie',
    'biscuit', 'bickie', 'bikkie', 'digestive', 'hobnob', 'bourbon', 'rusk', 'waffle', 'pancake', 'crepe', 'crêpe', 'tart', 'tartlet', 'pie',
    'pasty/pasties', 'pastie', 'quiche', 'strudel', 'pretzel', 'bialy/bialys', 'knish', 'babka', 'rugelach/rugelach', 'paczki/paczki', 'kolache',
    'stollen', 'panettone', 'lebkuchen/lebkuchen', 'baklava', 'churro', 'empanada', 'samosa', 'vetkoek', 'koeksister', 'mandazi', 'lamington',
    'pavlova', 'cheesecake', 'torte', 'gateau/gateaux', 'roulade', 'sponge', 'bakewell', 'breadstick', 'crouton', 'breadcrumb', 'crispbread',
    'matzo', 'matzah', 'wafer', 'stroopwafel', 'macaron', 'macaroon', 'cannoli/cannoli', 'biscotti/biscotti', 'pastry/pastries', 'tostada',
    'taco', 'wrap', 'flatbread', 'sandwich', 'hoagie', 'panini/panini/paninis', 'bannock', 'farl', 'oatcake', 'blini/blinis', 'blintz',
    'pierogi/pierogi/pierogis/pierogies', 'pierogy', 'madeleine', 'galette', 'kueh/kueh', 'puto/puto', 'bibingka', 'turon', 'polvoron',
    'chinchin/chinchin', 'puffpuff', 'crumble', 'trifle', 'shortcake', 'appam', 'idli/idli/idlis', 'dosa', 'uttapam', 'thepla', 'bhakri',
    'phulka', 'kachori', 'khakhra', 'mathri', 'eggroll', 'springroll', 'swissroll', 'bagel', 'friand',
    'fruitcake', 'gingernut', 'snickerdoodle', 'shortbread/shortbread/shortbreads', 'tiramisu/tiramisu', 'gingerbread/gingerbread'),
  ...mass('bread', 'rye', 'pumpernickel', 'zwieback', 'grissini', 'panko', 'brack', 'barmbrack', 'cornbread', 'kunafa', 'knafeh', 'kanafeh',
    'maamoul', 'pandoro', 'dough', 'filo', 'phyllo', 'soda', 'boxty'),
];

// Flour, grains, cereals, pulses and the starches and swallows of West, East and Southern Africa.
const GRAINS_AND_PULSES = [
  ...count('oat', 'lentil', 'chickpea', 'garbanzo', 'cowpea', 'bean', 'pea', 'pinto', 'cannellini/cannellini', 'borlotti/borlotti', 'soybean',
    'groundnut', 'tigernut', 'cornflake', 'krispie', 'shreddie', 'frostie', 'poptart', 'cracker', 'ricecake', 'weetbix/weetbix', 'cereal'),
  ...mass('flour', 'atta', 'maida', 'besan', 'sooji', 'suji', 'rava', 'semolina', 'cornmeal', 'cornflour', 'cornstarch', 'polenta', 'grits',
    'masa', 'masarepa', 'harina', 'fufu', 'garri', 'gari', 'eba', 'semovita', 'semo', 'amala', 'elubo', 'poundo', 'ogi', 'akamu', 'pap',
    'mielie', 'mealie', 'mealiemeal', 'maize', 'maizemeal', 'samp', 'sorghum', 'millet', 'teff', 'quinoa', 'amaranth', 'buckwheat', 'kasha',
    'barley', 'oatmeal', 'porridge', 'muesli', 'granola', 'bran', 'wheat', 'bulgur', 'bulghur', 'freekeh', 'farro', 'spelt', 'couscous',
    'rice', 'basmati', 'jasmine', 'arborio', 'carnaroli', 'poha', 'sago', 'tapioca', 'dalia', 'daliya', 'dal', 'dhal', 'daal', 'dhall',
    'chana', 'rajma', 'moong', 'mung', 'urad', 'masoor', 'toor', 'toovar', 'arhar', 'lobia', 'fava', 'soya', 'egusi', 'ogbono', 'weetabix',
    'cheerios', 'shreddies', 'frosties', 'readybrek', 'cerelac', 'breadcrumbs', 'stuffing', 'kenkey', 'banku', 'jollof', 'ugali', 'sadza',
    'nshima', 'malanga', 'yautia', 'nixtamal', 'hominy', 'posho', 'matoke', 'mealies', 'sooji'),
];

// Pasta, noodles and dumplings.
const PASTA_AND_NOODLES = [
  ...count('noodle', 'dumpling', 'wonton', 'gyoza/gyoza', 'potsticker', 'momo', 'pelmeni/pelmeni', 'vareniki/vareniki', 'manti/manti',
    'khinkali/khinkali', '/shells', 'lasagne/lasagne', 'lasagna', 'ravioli/ravioli/raviolis', 'tortellini/tortellini', 'tortelloni/tortelloni',
    'cannelloni/cannelloni', 'gnocchi/gnocchi', 'mandu/mandu', 'siomai/siomai', 'shumai/shumai', 'lumpia/lumpia', 'dimsim', 'pierogi'),
  ...mass('pasta', 'spaghetti', 'spaghettini', 'linguine', 'linguini', 'fettuccine', 'fettuccini', 'fettucine', 'tagliatelle', 'pappardelle',
    'bucatini', 'vermicelli', 'capellini', 'penne', 'rigatoni', 'fusilli', 'farfalle', 'rotini', 'conchiglie', 'orecchiette', 'macaroni',
    'ziti', 'orzo', 'ditalini', 'cavatappi', 'gemelli', 'radiatori', 'paccheri', 'campanelle', 'trofie', 'strozzapreti', 'casarecce',
    'fideo', 'fideos', 'stelline', 'anelli', 'tortiglioni', 'mafalde', 'ramen', 'udon', 'soba', 'somen', 'bihon', 'pancit', 'misua',
    'sotanghon', 'spaetzle', 'spätzle', 'tteok', 'tteokbokki', 'japchae', 'indomie', 'shirataki', 'konjac', 'seviyan', 'sevai', 'sev',
    'macaroni', 'maggi'),
];

// Sugar, sweeteners and baking ingredients.
const BAKING = [
  ...count('sweetener', 'syrup', 'extract', '/sprinkles', 'chocolate', 'marshmallow', '/chips', 'liner', 'cherry'),
  ...mass('sugar', 'icing', 'frosting', 'stevia', 'honey', 'molasses', 'treacle', 'jaggery', 'gur', 'piloncillo', 'agave', 'yeast', 'bicarb',
    'bicarbonate', 'gelatin', 'gelatine', 'agar', 'pectin', 'vanilla', 'cocoa', 'cacao', 'marzipan', 'fondant', 'demerara', 'muscovado',
    'dextrose', 'glucose', 'splenda', 'xylitol', 'erythritol', 'custard', 'rennet', 'shortening', 'crisco', 'nonpareils', 'jimmies',
    'cornflour', 'arrowroot', 'meringue', 'jello', 'batter'),
];

// Nuts and seeds.
const NUTS_AND_SEEDS = [
  ...count('nut', 'almond', 'walnut', 'pecan', 'cashew', 'peanut', 'pistachio', 'hazelnut', 'macadamia', 'chestnut', 'pinenut', 'seed',
    'pepita', 'flaxseed', 'linseed', 'sunflower', 'cobnut', 'filbert', 'tigernut', 'groundnut', 'kulikuli/kulikuli', 'beechnut', 'candlenut'),
  ...mass('sesame', 'chia', 'flax', 'hemp', 'poppy', 'poppyseed', 'makhana'),
];

// Oils, fats and vinegars.
const OILS_AND_VINEGARS = [
  ...count('oil', 'vinegar'),
  ...mass('canola', 'rapeseed', 'ghee', 'lard', 'balsamic', 'margarine', 'evoo', 'vanaspati', 'dalda'),
];

// Sauces, condiments, dips, pickles, spreads, stocks and soup bases from around the world.
const SAUCES_AND_CONDIMENTS = [
  ...count('sauce', 'dip', 'spread', 'dressing', 'vinaigrette', 'pickle', 'relish', 'chutney', 'gherkin', 'caper', 'olive', '/preserves',
    'condiment', 'marinade', 'paste', 'cube', 'gravy/gravies', 'mayo', 'ketchup', 'catsup', 'salsa', 'pesto', 'jam', 'jelly', 'marmalade',
    'compote', 'curd', 'puree', 'purée', 'coulis/coulis'),
  ...mass('mayonnaise', 'mustard', 'aioli', 'hummus', 'houmous', 'humous', 'hommus', 'tahini', 'tahina', 'achar', 'achaar', 'sriracha',
    'tabasco', 'gochujang', 'doenjang', 'ssamjang', 'sambal', 'harissa', 'zhug', 'zhoug', 'chimichurri', 'adobo', 'sofrito', 'recaito',
    'sazon', 'sazón', 'worcestershire', 'hoisin', 'teriyaki', 'ponzu', 'miso', 'dashi', 'mirin', 'tamari', 'shoyu', 'soy', 'patis', 'bagoong',
    'vegemite', 'marmite', 'bovril', 'promite', 'nutella', 'tzatziki', 'raita', 'guacamole', 'guac', 'babaganoush', 'muhammara', 'toum',
    'wasabi', 'piccalilli', 'sauerkraut', 'kimchi', 'chakalaka', 'shito', 'ajvar', 'broth', 'bouillon', 'consomme', 'consommé', 'bisto', 'oxo',
    'knorr', 'kewpie', 'tapenade', 'romesco', 'bechamel', 'béchamel', 'hollandaise', 'bearnaise', 'béarnaise', 'alfredo', 'marinara',
    'bolognese', 'arrabbiata', 'puttanesca', 'carbonara', 'napoletana', 'passata', 'sambar', 'remoulade', 'rémoulade', 'tartare', 'applesauce',
    'aminos', 'biscoff', 'speculoos', 'cajeta', 'kecap', 'tkemali', 'satsivi', 'sambol', 'nampla', 'tamarind', 'mostarda', 'ketjap',
    'tartar', 'sweetchilli', 'satay'),
];

// Salt, pepper, spices, spice blends and seasonings, including South Asian, Middle Eastern, African,
// East Asian and Latin American ones.
const SPICES = [
  ...count('spice', 'seasoning', 'peppercorn', 'clove', 'granule', 'pod'),
  ...mass('salt', 'pepper', 'cumin', 'jeera', 'coriander', 'turmeric', 'haldi', 'paprika', 'cayenne', 'cinnamon', 'dalchini', 'cassia',
    'nutmeg', 'cardamom', 'cardamon', 'elaichi', 'anise', 'aniseed', 'fennel', 'saunf', 'fenugreek', 'methi', 'ajwain', 'carom', 'asafoetida',
    'asafetida', 'hing', 'masala', 'chaat', 'amchur', 'amchoor', 'kalonji', 'nigella', 'sumac', 'sumaq', 'zaatar', 'zatar', 'baharat',
    'hanout', 'dukkah', 'duqqa', 'berbere', 'mitmita', 'yaji', 'allspice', 'pimento', 'saffron', 'kesar', 'gochugaru', 'furikake', 'togarashi',
    'shichimi', 'ajinomoto', 'oregano', 'curry', 'tandoori', 'tikka', 'achiote', 'annatto', 'epazote', 'laung', 'juniper', 'caraway', 'dill',
    'periperi', 'piripiri', 'chipotle', 'ancho', 'rasam', 'chili', 'chilli', 'ginger', 'galangal', 'lemongrass', 'vanilla', 'iru', 'dawadawa',
    'uziza', 'ehuru', 'phoron', 'mustard', 'celery', 'sazon', 'adobo'),
];

// Ready meals, tinned and frozen foods, and plant-based proteins.
const READY_AND_FROZEN = [
  ...count('pizza', '/fries', 'wedge', 'hashbrown', 'nugget', 'burrito', 'enchilada', 'tamale', 'tamal/tamales', 'quesadilla',
    'chimichanga', 'taquito', 'fajita', 'pie', 'bhaji', 'pakora', 'vada', 'samosa', 'kachori', 'dhokla/dhokla', 'falafel',
    'dolma/dolmas/dolmades', 'kibbeh/kibbeh', 'croquette', 'popsicle', 'icepop', 'lolly/lollies', 'icelolly/icelollies', 'cornetto', 'sundae',
    'sorbet', 'sherbet', 'gelato', 'icecream', 'soup', 'stew', 'curry/curries', 'chowder', 'bisque', 'onigiri', 'salad', 'calzone',
    'stromboli', 'empanada', 'akara/akara', 'moimoi/moimoi', 'tempura/tempura', 'veggieburger', 'beanburger', 'risotto', 'paella', 'biryani',
    'pulao', 'pilau', 'lumpia'),
  ...mass('ice', 'tofu', 'tempeh', 'seitan', 'quorn', 'beancurd', 'yuba', 'natto', 'tvp', 'spaghettios', 'borscht', 'borsch', 'gazpacho',
    'minestrone', 'laksa', 'pho', 'tabbouleh', 'tabouli', 'ratatouille', 'congee', 'lugaw', 'arroz', 'frijoles', 'jollof', 'coleslaw'),
];

// Snacks, crisps, biscuits, sweets and chocolate, with the brand names people use as plain nouns.
const SNACKS_AND_SWEETS = [
  ...count('snack', '/crisps', '/chips', 'pretzel', 'cracker', 'nacho', 'cookie', 'biscuit', 'oreo', 'digestive', 'hobnob', 'jaffa', 'timtam',
    'triscuit', 'ritz/ritz', 'wafer', 'pringle', 'dorito', 'cheeto', 'frito', 'tostito', 'wotsit', 'quaver', 'tayto', 'skittle', 'smartie',
    'malteser', 'rolo', 'kitkat', 'twix/twix', 'snicker', 'crunchie', 'candy/candies', 'lolly/lollies', 'lollipop', 'gummy/gummies', 'gummi',
    'jellybean', 'jelly/jellies', 'toffee', 'caramel', 'fudge/fudge', 'marshmallow', 'mint', 'humbug', 'gobstopper', 'bonbon', 'truffle',
    'praline', 'chocolate', 'choc', 'brownie', 'papad', 'papadum', 'papadam', 'poppadom', 'poppadum', 'appalam', 'chakli', 'chikki', 'ladoo',
    'laddu', 'laddoo', 'barfi', 'burfi', 'peda', 'jalebi', 'rasgulla', 'lokum', 'brigadeiro', 'yema', 'polvoron', 'rind', 'crackling',
    '/scratchings', 'pinwheel', 'arrowroot', 'skyflake', 'licorice', 'liquorice', 'bubblegum', 'gum', 'tictac', 'mentos/mentos',
    'haribo/haribo', 'starburst/starburst', 'pastille', 'jellybaby/jellybabies', 'dragee', 'cheezit', 'goldfish', 'pocky/pocky',
    'mochi/mochi', 'senbei/senbei', 'alfajor/alfajores', 'turron/turrones', 'murukku/murukku', 'bhujia/bhujia', 'namkeen/namkeen',
    'halwa/halwa', 'halva/halva', 'halvah', '/treats', 'popcorn/popcorn', 'chocolatebar', 'candybar'),
  ...mass('sweets', 'confectionery', 'candyfloss', 'nougat', 'marzipan', 'brittle', 'chex', 'mithai', 'chevda', 'chivda', 'farsan',
    'khakhra', 'mathri', 'honeycomb', 'fudge', 'snacks', 'nibbles', 'chocolates'),
];

// Drinks: water, soft drinks, juice, tea and coffee, and beer, wine, cider and spirits.
const DRINKS = [
  ...count('beverage', 'juice', 'smoothie', 'milkshake', 'soda', 'cola', 'coke', 'pepsi', 'sprite', 'fanta', 'lemonade', 'limeade',
    'orangeade', 'cordial', 'squash/squash/squashes', 'tonic', 'seltzer', 'kombucha', 'teabag', 'tea/teas', 'coffee', 'espresso', 'decaf',
    'capsule', 'beer', 'lager', 'ale', 'stout', 'pilsner', 'pilsener', 'ipa', 'cider', 'wine', 'prosecco', 'champagne', 'sherry', 'vermouth',
    'whisky/whiskies', 'whiskey', 'bourbon', 'vodka', 'gin', 'rum', 'tequila', 'brandy/brandies', 'cognac', 'liqueur', 'tinny/tinnies',
    'stubby/stubbies', 'alcopop', 'shandy/shandies', 'radler', 'gatorade', 'powerade', 'lucozade', 'redbull', 'chai', 'gingerale',
    'rootbeer', 'icedtea'),
  ...mass('water', 'booze', 'alcohol', 'liquor', 'kvass', 'cava', 'rosé', 'merlot', 'shiraz', 'syrah', 'chardonnay', 'sauvignon', 'pinot',
    'malbec', 'riesling', 'rioja', 'chianti', 'cabernet', 'zinfandel', 'grigio', 'claret', 'moscato', 'tempranillo', 'sangiovese',
    'beaujolais', 'chablis', 'sancerre', 'lambrusco', 'viognier', 'grenache', 'primitivo', 'verdejo', 'albarino', 'albariño', 'semillon',
    'gewurztraminer', 'rosado', 'sekt', 'crémant', 'cremant', 'scotch', 'mezcal', 'schnapps', 'baileys', 'amaretto', 'aperol', 'campari',
    'pimms', 'soju', 'mead', 'ribena', 'irnbru', 'lilt', 'vimto', 'yakult', 'horchata', 'sarsaparilla', 'heineken', 'guinness', 'matcha',
    'rooibos', 'chamomile', 'camomile', 'peppermint', 'oolong', 'sencha', 'genmaicha', 'assam', 'darjeeling', 'yerba', 'milo', 'horlicks',
    'ovaltine', 'bournvita', 'nescafe', 'nescafé', 'zobo', 'kunu', 'mageu', 'mahewu', 'sobolo', 'bissap', 'hibiscus', 'guarana', 'nectar',
    'eggnog', 'absinthe', 'ouzo', 'raki', 'arak', 'grappa', 'limoncello', 'sambuca', 'kahlua', 'jägermeister', 'jagermeister', 'marsala',
    'madeira', 'retsina', 'pulque', 'tepache', 'mauby', 'kefir'),
];

// Baby: nappies, formula, wipes and baby food.
const BABY = [
  ...count('nappy/nappies', 'diaper', '/wipes', '/pullups', 'pacifier', 'teether', 'puree', 'bib', 'babywipe'),
  ...mass('formula', 'cerelac', 'huggies', 'pampers', 'calpol', 'sudocrem', 'similac', 'enfamil', 'aptamil'),
];

// Pet food, treats and litter.
const PET = [
  ...count('/treats', '/chews', 'rawhide', 'dentastix/dentastix', 'greenie', 'mealworm', 'biscuit', 'dogchew'),
  ...mass('kibble', 'litter', 'catnip', 'birdseed', 'whiskas', 'purina', 'iams', 'catfood', 'dogfood', 'fishfood'),
];

// Household: cleaning, laundry, dishwashing, kitchen wrap and foil, bin bags, batteries and the like.
const HOUSEHOLD = [
  ...count('detergent', 'softener', 'conditioner', 'sponge', 'scourer', 'cloth', 'dishcloth', 'spray', 'cleaner', 'disinfectant',
    'freshener', 'descaler', 'unblocker', 'degreaser', 'insecticide', 'repellent', 'mothball', 'tealight', 'firelighter', 'lightbulb',
    '/batteries', 'binbag', 'binliner', 'liner', 'ziploc', 'ziplock', 'toothpick', 'skewer', '/straws', 'napkin', 'serviette', 'towel',
    'tissue', 'glove', 'pod', 'capsule', 'powder', 'mix/mixes', 'clothespin'),
  ...mass('bleach', 'foil', 'clingfilm', 'clingwrap', 'parchment', 'polish', 'starch', 'charcoal', 'paper', 'dettol', 'domestos', 'lysol',
    'clorox', 'windex', 'febreze', 'harpic', 'cif', 'jif', 'zoflora', 'persil', 'brillo', 'drano', 'kleenex', 'andrex', 'charmin',
    'cottonelle', 'handwash', 'borax', 'ammonia', 'liquid', 'bicarb', 'soda'),
];

// Personal care and pharmacy-aisle basics.
const PERSONAL_CARE = [
  ...count('shampoo', 'conditioner', 'bodywash', 'showergel', 'gel', 'soap', 'sanitiser', 'sanitizer', 'deodorant', 'deo', 'antiperspirant',
    'toothpaste', 'toothbrush', 'mouthwash', 'razor', 'razorblade', 'aftershave', 'lotion', 'moisturiser', 'moisturizer', 'sunscreen',
    'sunblock', 'suncream', 'lipbalm', 'balm', 'chapstick', 'lipstick', 'mascara', 'eyeliner', 'cleanser', 'serum', 'dye', 'tampon',
    '/pads', 'pantyliner', 'plaster', 'bandaid', 'bandage', 'condom', 'lozenge', 'antacid', 'antihistamine', 'painkiller', 'vitamin',
    'multivitamin', 'probiotic', 'swab', 'qtip', 'shaver', 'tweezer', 'hairspray', 'perfume', 'cologne', 'tissue', 'cream', 'ointment',
    'wash', 'facewash', 'exfoliant', 'toothbrush', 'floss/floss', 'shampoo', 'hairdye', 'hairgel', 'eyedrop', 'earplug',
    'bodyspray', 'electrolyte', 'cottonbud'),
  ...mass('mousse', 'talc', 'henna', 'vaseline', 'paracetamol', 'acetaminophen', 'ibuprofen', 'aspirin', 'naproxen', 'tylenol', 'advil',
    'panadol', 'nurofen', 'calpol', 'gaviscon', 'rennie', 'rennies', 'cetirizine', 'loratadine', 'piriton', 'claritin', 'benadryl', 'zyrtec',
    'sudafed', 'lemsip', 'strepsils', 'gauze', 'antiseptic', 'savlon', 'germolene', 'sudocrem', 'calamine', 'dioralyte', 'pedialyte',
    'imodium', 'laxative', 'melatonin', 'saline', 'lube', 'toiletries', 'cottonwool', 'wool', 'aloe', 'vicks', 'betadine', 'arnica', 'biotin',
    'collagen', 'creatine', 'magnesium', 'omeprazole', 'loperamide', 'dettol', 'nivea', 'neosporin', 'hydrocortisone'),
];

/**
 * Words left out of the set whatever the lists above hold (the comment at the top of the file says
 * why): units, generic words, and words more often something other than groceries.
 */
const NOT_GROCERY: readonly string[] = [
  'order', 'orders', 'card', 'cards', 'account', 'accounts', 'ticket', 'tickets', 'date', 'dates', 'time', 'times', 'spring', 'springs',
  'pack', 'packs', 'packet', 'packets', 'bag', 'bags', 'box', 'boxes', 'can', 'cans', 'tin', 'tins', 'jar', 'jars', 'bottle', 'bottles',
  'carton', 'cartons', 'case', 'cases', 'tub', 'tubs', 'stick', 'sticks', 'slice', 'slices', 'piece', 'pieces', 'block', 'blocks', 'bunch',
  'bunches', 'dozen', 'dozens', 'pouch', 'pouches', 'sachet', 'sachets', 'tray', 'trays', 'crate', 'crates', 'slab', 'slabs',
  'list', 'lists', 'stuff', 'thing', 'things', 'item', 'items', 'food', 'foods', 'groceries', 'grocery', 'supplies', 'essentials',
  'produce', 'provisions', 'meal', 'meals', 'dinner', 'dinners', 'lunch', 'lunches', 'drink', 'drinks', 'kit', 'kits',
  'stock', 'stocks', 'mac', 'java', 'python', 'mouse', 'chip', 'bar', 'bars', 'pop', 'punch', 'shot', 'shots', 'port', 'spirit', 'spirits',
  'mate', 'sake', 'rose', 'red', 'white', 'green', 'blue', 'brown', 'golden', 'jack', 'swiss', 'american', 'granny', 'gala', 'fuji', 'jazz',
  'jersey', 'conference', 'marie', 'ranch', 'spam', 'mole', 'jerk', 'msg', 'bbq', 'barbecue', 'hp', 'cheerio', 'cos', 'nan', 'pain', 'danish',
  'danishes', 'blondie', 'turnover', 'filling', 'toast', 'dummy', 'dummies', 'iceberg', 'mace', 'hen', 'hens', 'smelt', 'savory', 'dripping',
  'mixer', 'mixers', 'bitter', 'mild', 'porter', 'porters', 'perry', 'essence', 'kiev', 'kievs', 'cone', 'cones', 'candle', 'candles',
  'monster', 'tango', 'bounty', 'penguin', 'buttons', 'margarita', 'mojito', 'mimosa', 'sangria', 'cocktail', 'cocktails', 'latte',
  'cappuccino', 'mocha', 'frappe', 'boba',
  'tide', 'surf', 'vanish', 'finish', 'flash', 'fairy', 'glad', 'felix', 'pedigree', 'plenty', 'beyond', 'accent',
  'leg', 'legs', 'neck', 'cheek', 'heart', 'hearts', 'tongue', 'belly', 'back', 'foot', 'feet', 'head', 'heads', 'knuckle', 'bone', 'bones',
  'tablet', 'tablets', 'tab', 'tabs', 'battery', 'bulb', 'bulbs', 'film', 'filter', 'filters', 'blade', 'blades', 'pin', 'pins', 'plate',
  'plates', 'cup', 'cups', 'straw', 'shell', 'strip', 'strips', 'finger', 'fingers', 'ball', 'balls', 'bud', 'buds', 'foam', 'drop', 'drops',
  'matches', 'lighter', 'toner', 'foundation', 'joint', 'rack', 'skirt', 'tender', 'tenders', 'treat', 'wipe', 'pad', 'snag', 'banger',
  'sweet', 'tot', 'tots', 'papers', 'faggot', 'faggots', 'kraut',
  'corona', 'stella', 'rocky', 'tiger', 'chelsea', 'washing', 'desiccated',
];

/**
 * Lower-case single words that, as the head (last word) of a line on a shopping list, name
 * something bought at a grocery store or supermarket: "sardines", "two loaves" of bread, "paper
 * towels" -> "towels", "garam masala" -> "masala", "bin bags"... (not "bags": see the top of the
 * file). Sections: fruit, vegetables, herbs, meat and poultry, fish and seafood, dairy and eggs,
 * cheese, bakery, grains and pulses, pasta and noodles, baking, nuts and seeds, oils and vinegars,
 * sauces and condiments, spices, ready and frozen, snacks and sweets, drinks, baby, pet, household,
 * personal care. Count nouns are in both forms ("sardine", "sardines"; "loaf", "loaves"); mass
 * nouns ("rice", "ghee") in one; a few words only in the form that names the grocery ("chips", not
 * "chip"). Words more often something else ("date", "stock", "order") and units ("pack", "jar")
 * are left out.
 */
export const GROCERY_NOUNS: ReadonlySet<string> = (() => {
  const excluded = new Set(NOT_GROCERY);
  const all = [
    ...FRUIT, ...VEGETABLES, ...HERBS, ...MEAT, ...SEAFOOD, ...DAIRY_AND_EGGS, ...CHEESE, ...BAKERY, ...GRAINS_AND_PULSES,
    ...PASTA_AND_NOODLES, ...BAKING, ...NUTS_AND_SEEDS, ...OILS_AND_VINEGARS, ...SAUCES_AND_CONDIMENTS, ...SPICES, ...READY_AND_FROZEN,
    ...SNACKS_AND_SWEETS, ...DRINKS, ...BABY, ...PET, ...HOUSEHOLD, ...PERSONAL_CARE,
  ];
  return new Set(all.filter((w) => !excluded.has(w)));
})();
