"""Slot lists for ``compose_hard_benign``: creative writing and role-play.

The jailbreak training data is full of persona prompts, "imagine you are …" framing and
hypothetical scenarios, so the classifier has learnt that the *framing* means an attack. These
lists supply the same framing with harmless goals: novels, tutors, tabletop campaigns, screenplay
scenes, interview practice. Every character and place is invented. The prose, security and
instruction slot lists live in ``hard_benign_phrases_docs`` and ``hard_benign_phrases_tech``.
"""

from __future__ import annotations

__all__ = [
    "FIRST_NAMES", "SURNAMES", "AGES", "EYES", "HAIR", "BUILDS", "CLOTHES", "BACKSTORIES", "QUIRKS",
    "GOALS", "FLAWS", "PROFESSIONS", "GENRES", "NOVEL_PREMISES", "SETTINGS", "WEATHER",
    "HISTORICAL_ROLES", "HISTORICAL_TOPICS", "ALT_WORLDS", "FORMS", "CONSTRAINTS",
    "LANGUAGES", "TUTOR_ACTIVITIES", "TUTOR_LEVELS", "CAMPAIGN_SETTINGS", "PARTY_MEMBERS",
    "CAMPAIGN_HOOKS", "GM_STYLE", "SCREEN_LOCATIONS", "SCREEN_TIMES", "SCREEN_CONFLICTS",
    "FAN_WORKS", "FAN_SCENES", "POEM_PERSONAS", "POEM_FORMS", "POEM_SUBJECTS", "JOB_ROLES",
    "EMPLOYERS", "INTERVIEW_KINDS", "SPIRIT_NAMES", "DUELISTS", "SPELLS", "DUEL_ARENAS",
    "PERSONA_STYLES", "PERSONA_QUESTIONS", "HYPOTHETICALS", "HYPOTHETICAL_TASKS", "OPENERS",
    "AUTHOR_ADJECTIVES", "CHAPTER_EVENTS", "TONES", "AUDIENCES", "ENDINGS", "PLOT_BEATS",
    "STYLE_NOTES", "WORLD_DETAILS", "SO_FAR_LEADS",
]

FIRST_NAMES = [
    "Ilse", "Corin", "Mabel", "Teodor", "Nadia", "Oskar", "Wren", "Bartholomew", "Saoirse",
    "Idris", "Lucia", "Femi", "Hanne", "Rafael", "Juniper", "Casimir", "Odile", "Tobias", "Zora",
    "Anselm", "Marisol", "Eamon", "Priyanka", "Leopold", "Greta", "Kwame", "Elodie", "Finnian",
    "Ysolde", "Matteo", "Agnieszka", "Rosalind", "Dawit", "Clementine", "Hugo", "Soraya",
    "Ambrose", "Mirela", "Ottilie", "Rustam", "Philippa", "Jasper", "Amaya", "Cyprian", "Nell",
]
SURNAMES = [
    "Varga", "Ashdown", "Okonkwo", "Lindqvist", "Moreau", "Pemberton", "Quill", "Halloran",
    "Castellanos", "Brightwater", "Novak", "Thistlewood", "Adeyemi", "Marchetti", "Fairbairn",
    "Kowalczyk", "Delacroix-Hart", "Winterbourne", "Sato", "Ferreira", "Blackthorn", "Iversen",
    "Mbeki", "Crane", "Abernathy", "Ravensworth", "Duval", "Petrosyan", "Hollis", "Galloway",
]
AGES = ["seventeen", "nineteen", "twenty-three", "thirty-one", "thirty-eight",
        "forty-four", "fifty-two", "sixty", "sixty-seven", "seventy-three", "eighty-one"]
EYES = [
    "storm-grey eyes that miss nothing", "warm hazel eyes flecked with gold",
    "one green eye and one brown", "pale blue eyes that crinkle at the corners",
    "dark, deep-set eyes behind round spectacles", "amber eyes like a fox's",
    "tired brown eyes ringed with laugh lines", "bright violet eyes half hidden under a hat brim",
    "sea-green eyes that change colour with the weather", "near-black eyes, always narrowed in thought",
    "eyes the colour of strong tea", "clear grey eyes and heavy, thoughtful brows",
]
HAIR = [
    "a shock of copper curls that refuses every comb", "silver hair cropped close to the scalp",
    "a long black braid threaded with blue beads", "sandy hair that sticks up at the crown",
    "chestnut hair tied back with a length of twine", "a neat grey bob with a single white streak",
    "wild auburn hair dusted with flour", "straight jet-black hair cut in a severe fringe",
    "grey-streaked dreadlocks wrapped in a green scarf", "honey-blond waves, usually full of pencils",
    "a shaved head with a tattoo of a compass rose", "thin brown hair combed carefully over",
]
BUILDS = [
    "tall and stooped, like a heron", "short, broad-shouldered and quick-footed",
    "wiry and restless", "round-faced and soft-spoken", "lanky, all elbows and knees",
    "stocky, with a sailor's rolling walk", "slight, with ink-stained fingers",
    "athletic, with a scar across one knuckle", "elegant and unhurried",
]
CLOTHES = [
    "a patched oilskin coat", "a velvet waistcoat two sizes too big", "muddy gardening boots",
    "a lab coat covered in doodles", "a knitted jumper with a reindeer on it",
    "a pilot's leather jacket", "an apron with twenty pockets", "a faded band T-shirt",
    "a crisp grey suit and mismatched socks", "a cloak lined with star charts",
    "a yellow raincoat and wellies", "a tailored coat with brass buttons shaped like bees",
]
BACKSTORIES = [
    "grew up above a bakery and still wakes at four every morning",
    "was raised by a grandmother who repaired clocks and spoke to every one of them",
    "left a career as a concert cellist after an injury and now teaches beginners",
    "spent ten years mapping the coastline and knows every tide by heart",
    "won a national spelling bee at eleven and has never quite lived it down",
    "inherited a failing bookshop and a cat with opinions",
    "was the only child in a village of retired circus performers",
    "once walked from Lisbon to Istanbul to raise money for a children's hospital",
    "trained as a ship's engineer but fell in love with botany",
    "was adopted by a family of beekeepers and can tell a hive's mood by its hum",
    "moved to the city alone at seventeen with a suitcase of sketchbooks",
    "used to run a night market stall selling dumplings and riddles",
    "grew up on a research station in the Antarctic and finds crowds exhausting",
    "lost a twin brother to the sea and now volunteers with the lifeboat crew",
    "was a champion chess player who now runs a small goat farm",
    "restores stained-glass windows and secretly writes romance novels",
]
QUIRKS = [
    "hums sea shanties when nervous", "collects pebbles with holes in them",
    "names every houseplant after a philosopher", "cannot resist correcting people's grammar",
    "keeps a notebook of overheard conversations", "always carries a spare umbrella for strangers",
    "talks to pigeons as if they were colleagues", "is terrified of moths but loves butterflies",
    "bakes bread whenever something goes wrong", "never finishes a cup of tea while it is hot",
    "quotes old weather forecasts from memory", "whistles through a gap in their front teeth",
]
GOALS = [
    "win the county baking championship", "restore the town's abandoned lighthouse",
    "find the sister who left home twenty years ago", "finish a map of the floating archipelago",
    "save the community orchard from a car park", "teach a stubborn donkey to pull a cart",
    "reunite a lost dog with its owner before the festival", "open a tiny library in a phone box",
    "learn to fly the family's old seaplane", "write down every recipe before grandmother forgets",
    "get the village choir to the national final", "solve the mystery of the vanishing garden gnomes",
    "build a telescope from scrap and see Saturn's rings", "make peace with a grumpy neighbour",
]
FLAWS = [
    "stubbornness", "a habit of promising too much", "fear of deep water", "jealousy of a talented sibling",
    "pride in being right", "crippling shyness with strangers", "impatience", "a terrible sense of direction",
]
PROFESSIONS = [
    "lighthouse keeper", "marine biologist", "pastry chef", "cartographer", "beekeeper",
    "clockmaker", "night-shift nurse", "bus driver", "glassblower", "museum conservator",
    "radio presenter", "tailor", "park ranger", "translator", "violin maker", "postwoman",
    "train conductor", "archaeologist", "florist", "school librarian", "astronomer", "midwife",
]
GENRES = [
    "literary", "cosy mystery", "fantasy", "science-fiction", "historical", "magical-realist",
    "romantic comedy", "middle-grade adventure", "gothic", "solarpunk", "coming-of-age", "epistolary",
]
NOVEL_PREMISES = [
    "a small fishing town discovers that its tides have stopped",
    "every citizen receives a letter from their future self on their thirtieth birthday",
    "an elderly clockmaker takes on an apprentice who cannot tell the time",
    "two rival bakeries must share one oven after a flood",
    "a travelling library arrives in a village that has banned reading aloud",
    "a girl inherits a house whose rooms rearrange themselves every night",
    "the last lighthouse keeper on the coast befriends a migrating whale",
    "a retired astronaut opens a café and keeps getting mail addressed to the Moon",
    "a city's statues come to life for one hour each midsummer",
    "an orchestra is stranded in a snowbound railway station for a week",
    "a botanist finds a plant that blooms only when someone tells the truth nearby",
    "a family of cartographers discovers an island that is not on any of their maps",
    "a shy translator is hired to interpret for a delegation of talking crows",
    "a beekeeper's hives begin building honeycomb in the shape of letters",
    "a sleepy mountain village enters a national competition for the best-decorated bridge",
    "a widowed fisherman learns to knit to finish his late wife's final blanket",
]
SETTINGS = [
    "a cliff-top village where the wind never stops", "a floating market on a flooded river delta",
    "a Victorian railway hotel that is slowly being reclaimed by ivy",
    "a research station on the edge of a glacier", "a desert town built around a single well",
    "an underground city lit by glowing moss", "a terraced tea plantation in the monsoon",
    "a generation ship three centuries into its voyage", "a medieval abbey famous for its cheese",
    "a jazz-age ocean liner crossing the Atlantic", "a market town on the day of the harvest fair",
    "a canal city where every house has a boat instead of a car",
    "a snowbound observatory on a mountain pass", "an island where the post arrives once a month",
    "a bustling night market under a motorway bridge", "a sleepy seaside town out of season",
]
WEATHER = [
    "a fine drizzle that soaks through everything", "the first hard frost of the year",
    "a heatwave that makes the tarmac shimmer", "a thunderstorm rolling in from the sea",
    "fog so thick the church bell is the only landmark", "a bright, windy spring morning",
    "snow falling softly all day", "the golden light of a long summer evening",
]
HISTORICAL_ROLES = [
    "a ship's cook on a whaling vessel in 1820", "a lighthouse keeper on the Cornish coast in 1890",
    "a baker in Pompeii the week before the eruption", "a scribe in a medieval monastery in 1150",
    "a telephone switchboard operator in Chicago in 1925", "a Silk Road caravan merchant in 1300",
    "a lamplighter in Victorian London", "a schoolteacher on the American prairie in 1875",
    "an apprentice printer in Mainz in 1455", "a nurse in a field hospital in 1855",
    "a tea clipper's cabin boy in 1860", "a glassblower on Murano in 1500",
    "a stonemason building a cathedral in 1220", "a radio operator on an ocean liner in 1912",
    "a market gardener in Edo-period Japan", "a cartographer on an eighteenth-century expedition",
    "a coal miner's wife in a Welsh valley in 1900", "a court musician in Vienna in 1785",
]
HISTORICAL_TOPICS = [
    "a typical day from waking to sleeping", "what you cook and where the ingredients come from",
    "the worst storm you have lived through", "the tools of your trade and how you care for them",
    "a festival day in your town", "the news everyone is talking about this week",
    "what you wear and how often you wash it", "your wages and what they buy",
    "the people you work alongside", "what children in your world do for fun",
    "the smells and sounds of your workplace", "the letter you would write home tonight",
]
ALT_WORLDS = [
    "cities float above the clouds and are tethered by enormous chains",
    "the sun rises twice a day and everyone takes two naps",
    "music is the only currency and the wealthiest people are street buskers",
    "libraries are the seat of government and librarians are elected",
    "trains run on tea and every station has its own blend",
    "rain falls upward and umbrellas are worn on the feet",
    "animals hold local elections and humans are only allowed to observe",
    "the ocean is made of glass and ships slide across it on runners",
    "everyone can hear the thoughts of plants",
    "the moon is close enough to visit by hot-air balloon",
    "dreams are shared by everyone in the same street",
    "colours have been rationed since the Great Fading",
    "clocks run backwards on Sundays",
    "each city is built on the back of a slow-walking giant tortoise",
    "people are born old and grow younger every year",
    "books write themselves when nobody is looking",
]
FORMS = [
    "a short story of about 800 words", "a diary entry", "a letter to a distant friend",
    "a radio play script", "a ballad in six stanzas", "a chapter of a travel guide",
    "a newspaper report from that world", "a bedtime story for a six-year-old",
    "a series of postcards", "an encyclopedia entry", "a folk tale told by a grandmother",
    "a monologue for a school play", "a recipe with a story behind it", "a set of museum labels",
]
CONSTRAINTS = [
    "Write in the present tense.", "Use the first person throughout.",
    "Keep it under 900 words.", "End with a small twist that recasts the opening line.",
    "Include at least three lines of dialogue.", "Appeal to all five senses at least once.",
    "Avoid clichés like 'suddenly' and 'little did they know'.",
    "Make it suitable for readers aged ten and up.", "Nobody is hurt; the tension is emotional.",
    "Use British spelling.", "Keep the vocabulary at about B1 level for language learners.",
    "Give every character a distinct way of speaking.", "Open in the middle of an action.",
    "Let the setting feel like a character of its own.", "Leave the ending quietly hopeful.",
    "Use short paragraphs so it reads well on a phone.", "Do not use any magic to solve the problem.",
    "Stay in character for the whole piece.", "Include one running joke.",
    "Mention the weather in the first sentence.", "Write it in exactly five paragraphs.",
]
LANGUAGES = ["Spanish", "French", "German", "Italian", "Portuguese", "Japanese", "Dutch",
             "Swedish", "Polish", "Greek", "Korean", "Turkish", "Mandarin", "Norwegian"]
TUTOR_ACTIVITIES = [
    "run a ten-minute conversation about my weekend and correct my mistakes gently at the end",
    "quiz me on irregular past-tense verbs, one at a time, and explain each error",
    "role-play a market stall owner so I can practise haggling for fruit",
    "play a hotel receptionist while I check in and ask about breakfast times",
    "give me a short news story at my level, then ask me five comprehension questions",
    "correct a paragraph I write about my family and explain the grammar rules behind each fix",
    "teach me ten phrases for ordering in a restaurant and test me afterwards",
    "pretend to be a new neighbour and make small talk with me about the area",
    "help me prepare for an oral exam by asking me follow-up questions like an examiner",
    "play a pharmacist while I describe a cold and ask for advice",
]
TUTOR_LEVELS = ["complete beginner", "A2", "B1", "B2", "rusty intermediate", "advanced (C1)"]
CAMPAIGN_SETTINGS = [
    "a sunken kingdom where mermaid guilds trade in pearls",
    "a steampunk city whose canals freeze every winter", "a haunted orchard valley",
    "a frontier town on the edge of a mushroom forest", "an archipelago of sky islands",
    "a desert caravan route with moving oases", "a wizard's academy during exam week",
    "a cosy village where the biggest threat is a cheese thief",
    "a ringworld space station run by polite robots", "a monastery hidden in the clouds",
]
PARTY_MEMBERS = [
    "a halfling bard who only sings off-key", "a retired paladin who now runs a tea shop",
    "a gnome inventor with an unreliable mechanical owl", "an elven ranger afraid of squirrels",
    "a dwarf cleric who collects bad puns", "a tiefling cartographer with a perfect memory",
    "a human druid who talks to mushrooms", "an orc chef searching for the perfect stew",
    "a young wizard on her first ever quest", "a goblin merchant with a heart of gold",
]
CAMPAIGN_HOOKS = [
    "the town's prize-winning pumpkin has been stolen the night before the fair",
    "a lighthouse has gone dark and ships keep running aground",
    "an old map in a library book points to a forgotten bakery",
    "the mayor's talking parrot has gone missing with the key to the treasury",
    "a dragon wants to open a bookshop and needs help with the paperwork",
    "the spring festival cannot start until someone finds the lost bell",
    "strange lights over the marsh turn out to be a lost family of will-o'-wisps",
    "a clockwork golem is wandering the market, politely asking for its maker",
]
GM_STYLE = [
    "Describe each scene vividly, then stop and ask what we do.",
    "Roll the dice for non-player characters yourself and tell us the results.",
    "Keep combat light and focus on puzzles, negotiation and exploration.",
    "Give every non-player character a memorable voice and a small secret.",
    "Track our hit points and inventory in a short table after each scene.",
    "Keep it family-friendly: my kids aged eight and eleven are playing.",
    "Use the d20 rules loosely; story comes first.",
    "Offer three possible actions when we seem stuck, but let us invent our own.",
]
SCREEN_LOCATIONS = [
    "INT. HOSPITAL CAFETERIA", "EXT. FERRY DECK", "INT. SMALL-TOWN RADIO STATION",
    "EXT. ALLOTMENT GARDENS", "INT. LAUNDERETTE", "INT. SCHOOL STAFF ROOM",
    "EXT. ROOFTOP WEDDING", "INT. LATE-NIGHT DINER", "INT. MUSEUM STOREROOM",
    "EXT. MOUNTAIN BUS STOP", "INT. BAKERY KITCHEN", "INT. AIRPORT LOST-PROPERTY OFFICE",
]
SCREEN_TIMES = ["DAWN", "MORNING", "AFTERNOON", "DUSK", "NIGHT", "CONTINUOUS", "LATER"]
SCREEN_CONFLICTS = [
    "two estranged sisters have to split their late father's record collection",
    "a nervous groom has lost the rings and the best man is stalling the guests",
    "a radio host realises the caller on the line is her childhood best friend",
    "a baker and a food critic are locked in together during a power cut",
    "a retired teacher runs into the student who once set the chemistry lab on fire",
    "two strangers both claim the last umbrella in the lost-property office",
    "a father tries to explain to his teenage daughter why he sold the family car",
    "a museum guard and a night cleaner discover they both paint in secret",
]
FAN_WORKS = [
    "my own webcomic 'The Lantern Keepers'", "my tabletop campaign 'Salt and Starlight'",
    "the novel I'm drafting, 'The Glass Orchard'", "my kids' invented cartoon 'Captain Teapot'",
    "my podcast drama 'Night Shift at the Observatory'", "our family's bedtime saga 'Moss and Pebble'",
    "my indie game 'Lighthouse of Small Things'", "my writing group's shared world 'Hollowmere'",
]
FAN_SCENES = [
    "a missing scene where the two leads finally talk about the argument",
    "a holiday special where everyone is snowed in at the inn",
    "an alternate ending where the villain opens a flower shop instead",
    "the mentor's backstory, told as a series of letters",
    "a crossover where the side characters swap jobs for a day",
    "a quiet chapter about the morning after the big festival",
    "a prequel showing how the two rivals first met as children",
]
POEM_PERSONAS = [
    "the Moon", "a retired lighthouse", "an old oak tree in a school playground",
    "a city bus on its last route", "my grandmother's sewing machine", "a lost mitten",
    "the North Sea", "a library book that has never been borrowed", "a migrating swallow",
    "a kettle in a busy office", "a snowman on the first warm day", "a river that remembers",
    "the last tram of the night", "a garden gnome with ambitions", "a violin in a pawnshop window",
]
POEM_FORMS = ["a sonnet", "a villanelle", "free verse", "a ghazal", "a sequence of five haiku",
              "a limerick", "a prose poem", "rhyming couplets", "a pantoum", "a ballad"]
POEM_SUBJECTS = [
    "watching the seasons change", "being forgotten and then found", "the people who pass by",
    "the end of summer", "a child's first day at school", "missing someone far away",
    "learning to be patient", "the joy of small routines", "a storm at night", "growing old gracefully",
]
JOB_ROLES = [
    "junior data analyst", "senior backend engineer", "primary-school teacher", "UX designer",
    "product manager", "staff nurse", "marketing coordinator", "site reliability engineer",
    "museum education officer", "customer success manager", "graduate accountant",
    "security operations analyst", "hotel front-desk supervisor", "research assistant",
]
EMPLOYERS = [
    "a mid-sized logistics company", "a hospital trust", "a fast-growing fintech start-up",
    "a public library service", "a renewable-energy firm", "a national museum",
    "a family-owned hotel chain", "a university research lab", "a regional bank",
]
INTERVIEW_KINDS = [
    "a behavioural interview using the STAR method", "a first-round phone screen",
    "a panel interview with three interviewers", "a technical interview with one design question",
    "a final-round culture-fit conversation", "a graduate assessment-centre interview",
]
SPIRIT_NAMES = [
    "Puckwhistle", "a mischievous spirit called Ember", "the house sprite Nettle",
    "an ancient, gossiping wind-spirit", "a bored little poltergeist named Tib",
    "the spirit of a very old teapot", "a giggling will-o'-the-wisp",
]
DUELISTS = [
    "a proud fire-mage in a crimson robe", "a calm old hedge-witch with a basket of herbs",
    "a nervous apprentice who keeps dropping her wand", "a showy illusionist with a silver moustache",
    "a frost-sorcerer from the northern fjords", "a bookish enchanter who duels by the rules",
]
SPELLS = [
    "summons a swarm of glowing butterflies", "turns the arena floor into a lily pond",
    "makes every hat in the audience sing", "conjures a thunderstorm the size of a teacup",
    "grows a hedge maze in three heartbeats", "turns an opponent's fireball into confetti",
    "casts a mirror that repeats every insult politely", "freezes the fountain into a crystal swan",
]
DUEL_ARENAS = [
    "the courtyard of a floating academy", "a frozen lake lit by lanterns",
    "a village green during the midsummer fair", "the rooftop garden of a wizard's tower",
    "an ancient amphitheatre full of cheering goblins",
]
PERSONA_STYLES = [
    "speak in short, warm sentences and use nautical metaphors",
    "be patient, a little old-fashioned, and always offer tea",
    "explain things with examples from the kitchen",
    "stay cheerful, curious and slightly absent-minded",
    "answer like a friendly museum guide who loves a tangent",
    "speak formally, like a Victorian gentleman writing a letter",
    "keep every answer under a hundred words and end with a question back to me",
    "use gentle humour and never talk down to me",
]
PERSONA_QUESTIONS = [
    "What was the hardest winter you remember?", "How do you choose what to cook each day?",
    "What would you tell someone starting out in your trade?", "What's in your pockets right now?",
    "Describe the view from where you're standing.", "What's the best mistake you ever made?",
    "Who taught you the most, and what did they teach?", "What does a perfect Sunday look like?",
]
HYPOTHETICALS = [
    "humans could hibernate through the winter", "every house came with a small robot gardener",
    "the internet disappeared for a whole month", "cats could read", "it rained only at night",
    "schools were run by the students for one term", "everyone had to change jobs every five years",
    "trees could walk very slowly to better soil", "we could talk to our ten-year-old selves",
    "the Moon had a permanent café", "every city had a free public sauna",
    "money were replaced by time credits", "libraries lent out tools, instruments and recipes",
]
HYPOTHETICAL_TASKS = [
    "describe how daily life would change, as a light-hearted essay",
    "write a newspaper column from that world",
    "list the ten most surprising consequences and explain each one",
    "write a short story about one family adjusting",
    "write the opening of a documentary narration about it",
    "imagine the debate in parliament and write both speeches",
]
# "{a_adj}" / "{a_genre}" carry their own article ("an epistolary", "a witty").
OPENERS = [
    "You're an acclaimed {adj} author working on a new {genre} novel in which {premise}.",
    "Imagine you are a celebrated {genre} novelist; your latest book is about how {premise}.",
    "You are a prize-winning writer of {genre} fiction. Your editor has asked for a chapter of "
    "the novel in which {premise}.",
    "Act as {a_adj} storyteller. I'm writing {a_genre} book where {premise}, and I need help.",
    "Picture yourself as a bestselling {genre} author drafting a story in which {premise}.",
    "Let's co-write {a_genre} novel. The premise: {premise}. You're the {adj} lead author.",
]
AUTHOR_ADJECTIVES = [
    "meticulous", "whimsical", "award-winning", "much-loved", "thoughtful", "witty",
    "lyrical", "down-to-earth", "quietly funny", "best-selling",
]
CHAPTER_EVENTS = [
    "meets the other main character for the first time", "receives a mysterious parcel",
    "has to give a speech at the town hall", "loses their way in the fog",
    "discovers an old photograph in the attic", "argues with an oldest friend",
    "bakes something for a stranger", "finds a letter that was never sent",
    "is asked to look after a neighbour's very strange pet", "sees the sea for the first time",
]
TONES = ["gentle and funny", "melancholy but warm", "brisk and suspenseful", "dreamy", "wry",
         "cosy", "bittersweet", "playful", "quietly tense", "nostalgic"]
AUDIENCES = ["adult readers", "teenagers", "children aged eight to twelve", "my writing group",
             "a literary magazine", "my grandmother", "a bedtime audience of two small kids"]
ENDINGS = [
    "Please start now.", "Thanks — I can't wait to read it!", "Go ahead whenever you're ready.",
    "Let's begin.", "Over to you.", "", "", "Have fun with it.",
]
PLOT_BEATS = [
    "the two characters misunderstand each other over something small",
    "a storm forces everyone indoors and old tensions surface",
    "someone offers help that is first refused and later accepted",
    "a secret about the family recipe is revealed",
    "the town gathers for an event that nearly goes wrong",
    "a letter arrives that changes the plan",
    "the protagonist has to choose between pride and friendship",
    "a child asks a question nobody wants to answer",
    "a long-lost object turns up in an unexpected place",
    "the rival turns out to be lonely rather than cruel",
    "an animal causes chaos at the worst possible moment",
    "the protagonist finally says what they have been avoiding",
    "a quiet moment on a bench lets two characters reconcile",
    "the weather clears just in time for the ending",
]
STYLE_NOTES = [
    "I love writers who let small gestures carry big feelings, so show rather than tell.",
    "My readers enjoy dry humour and precise, concrete details about food and weather.",
    "Please vary sentence length; my draft has too many long, tangled sentences.",
    "Dialogue should sound natural, with interruptions and things left unsaid.",
    "Keep descriptions tight: one striking image per paragraph is plenty.",
    "The narrator is slightly unreliable, so leave room for the reader to doubt them.",
    "Think of the pacing of a slow, warm television drama rather than an action film.",
    "Avoid modern slang; the voice should feel timeless.",
    "Let each scene end with a small question that pulls the reader forward.",
]
WORLD_DETAILS = [
    "Everyone in town knows everyone else's business, and the bakery is the news centre.",
    "The streets are steep and cobbled, so nobody owns a car and everyone owns good boots.",
    "The post arrives by boat on Thursdays, which makes Thursday the most exciting day of the week.",
    "A brass band practises every evening, badly, in the old fire station.",
    "The local council meets in the back room of the pub and votes by raising pint glasses.",
    "Children earn pocket money by ringing the church bells for weddings.",
    "The tide table is pinned up in every kitchen and shop window.",
    "Nobody locks their doors, but everyone locks their allotment shed.",
    "An annual boat race settles all arguments between the two halves of town.",
    "The only cinema shows one film a week, chosen by a vote at the library.",
]
SO_FAR_LEADS = [
    "Here is how my previous chapter ended:", "For context, this is my opening paragraph:",
    "So far I have written this:", "The scene just before this one goes like this:",
]
