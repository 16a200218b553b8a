"""Slot lists for ``compose_hard_benign``: document-like prose (the ``benign_prose`` technique).

Abstracts, patents, news, encyclopedia entries, contracts, minutes, release notes, recipes,
reviews, forum posts, reference lists and legal boilerplate: the text users paste in and
retrieval pipelines hand over. Legal and technical prose is full of "shall override",
"notwithstanding", "disregard", "access" and "system", which is why it belongs here. All
names, institutions, products and results are invented.
"""

from __future__ import annotations

__all__ = [
    "MED_CONDITIONS",
    "MED_INTERVENTIONS",
    "MED_OUTCOMES",
    "MED_DESIGNS",
    "MED_POPULATIONS",
    "PHYS_SYSTEMS",
    "PHYS_METHODS",
    "PHYS_OBSERVABLES",
    "PHYS_FINDINGS",
    "BIO_ORGANISMS",
    "BIO_GENES",
    "BIO_PROCESSES",
    "BIO_METHODS",
    "ECO_HABITATS",
    "ECO_DRIVERS",
    "ECO_TAXA",
    "PATENT_FIELDS",
    "PATENT_DEVICES",
    "PATENT_PARTS",
    "PATENT_PROBLEMS",
    "PATENT_ADVANTAGES",
    "NEWS_PLACES",
    "NEWS_BODIES",
    "NEWS_EVENTS",
    "NEWS_ROLES",
    "NEWS_QUOTES",
    "NEWS_NAMES",
    "ENC_TOWNS",
    "ENC_REGIONS",
    "ENC_INDUSTRIES",
    "ENC_LANDMARKS",
    "ENC_SPECIES",
    "ENC_HABITATS",
    "ENC_DIETS",
    "PRODUCTS",
    "PRODUCT_FEATURES",
    "LEGAL_CLAUSES",
    "PARTIES",
    "MEETING_BODIES",
    "AGENDA_ITEMS",
    "DECISIONS",
    "ACTIONS",
    "APP_NAMES",
    "RELEASE_ADDED",
    "RELEASE_FIXED",
    "RELEASE_CHANGED",
    "RECIPES",
    "REVIEWS",
    "FORUM_TOPICS",
    "FORUM_PROBLEMS",
    "FORUM_TRIED",
    "REF_AUTHORS",
    "REF_JOURNALS",
    "REF_TITLES",
    "COPYRIGHT_NOTICES",
    "COOKIE_BANNERS",
    "PROSE_QUESTIONS",
    "SITE_NAMES",
    "NAV_BITS",
    "ABSTRACT_LIMITS",
    "PATENT_DETAILS",
]

MED_CONDITIONS = [
    "type 2 diabetes",
    "chronic low back pain",
    "moderate asthma",
    "atrial fibrillation",
    "postpartum depression",
    "knee osteoarthritis",
    "community-acquired pneumonia",
    "chronic kidney disease",
    "migraine without aura",
    "iron-deficiency anaemia",
    "heart failure with preserved ejection fraction",
    "mild cognitive impairment",
    "gestational diabetes",
    "plaque psoriasis",
    "irritable bowel syndrome",
    "hypertension",
]
MED_INTERVENTIONS = [
    "a twelve-week supervised exercise programme",
    "a nurse-led telephone follow-up service",
    "once-weekly low-dose vitamin D",
    "a smartphone-based self-management app",
    "mindfulness-based cognitive therapy",
    "early mobilisation after surgery",
    "a Mediterranean-style dietary intervention",
    "community pharmacist medication reviews",
    "a structured sleep-hygiene course",
    "home-based pulmonary rehabilitation",
    "group physiotherapy sessions",
    "a reduced-sodium meal delivery scheme",
]
MED_OUTCOMES = [
    "HbA1c at six months",
    "hospital readmission within 30 days",
    "pain scores on a 0–10 scale",
    "all-cause mortality",
    "quality of life (EQ-5D)",
    "six-minute walk distance",
    "systolic blood pressure",
    "days absent from work",
    "symptom-free days per month",
    "depression scores (PHQ-9)",
    "time to first exacerbation",
]
MED_DESIGNS = [
    "a multicentre randomised controlled trial",
    "a prospective cohort study",
    "a retrospective analysis of registry data",
    "a pragmatic cluster-randomised trial",
    "a systematic review and meta-analysis",
    "a cross-sectional survey",
    "a double-blind placebo-controlled pilot study",
    "a nested case-control study",
]
MED_POPULATIONS = [
    "adults aged 40 to 75 years",
    "primary-care patients",
    "older adults living at home",
    "pregnant women attending antenatal clinics",
    "children aged 6 to 14 years",
    "rural outpatients",
    "patients discharged from general medical wards",
    "university students",
]
PHYS_SYSTEMS = [
    "monolayer tungsten diselenide",
    "a chain of trapped ytterbium ions",
    "superconducting niobium resonators",
    "ultracold potassium atoms in an optical lattice",
    "twisted bilayer graphene",
    "a levitated silica nanoparticle",
    "perovskite thin films",
    "a quasi-one-dimensional spin ladder",
    "laser-driven plasma wakefields",
    "a silicon nitride optomechanical membrane",
    "hexagonal boron nitride heterostructures",
]
PHYS_METHODS = [
    "time-resolved photoluminescence spectroscopy",
    "angle-resolved photoemission",
    "density functional theory calculations",
    "neutron scattering",
    "Monte Carlo simulations",
    "cryogenic transport measurements",
    "scanning tunnelling microscopy",
    "a tensor-network numerical approach",
    "pump–probe reflectivity measurements",
]
PHYS_OBSERVABLES = [
    "exciton lifetimes",
    "the critical temperature",
    "the thermal Hall conductivity",
    "the quality factor",
    "spin coherence times",
    "the band gap",
    "phonon dispersion",
    "entanglement entropy",
    "the magnetoresistance",
    "the nonlinear optical response",
]
PHYS_FINDINGS = [
    "a previously unreported phase transition",
    "an unexpected anisotropy along one axis",
    "agreement with theory to within experimental uncertainty",
    "a strong dependence on strain",
    "a robust plateau that persists up to room temperature",
    "evidence of a hidden order",
    "a tenfold enhancement under modest pressure",
    "a sharp resonance near zero field",
]
BIO_ORGANISMS = [
    "Arabidopsis thaliana",
    "zebrafish larvae",
    "Drosophila melanogaster",
    "Escherichia coli",
    "the nematode Caenorhabditis elegans",
    "mouse hippocampal neurons",
    "baker's yeast",
    "human intestinal organoids",
    "the honeybee Apis mellifera",
    "marine diatoms",
]
BIO_GENES = [
    "a previously uncharacterised kinase",
    "the transcription factor FOXP-like 3",
    "a conserved RNA-binding protein",
    "a membrane transporter of the ABC family",
    "a circadian clock component",
    "a small regulatory RNA",
    "a mitochondrial chaperone",
]
BIO_PROCESSES = [
    "root hair development",
    "axon regeneration after injury",
    "biofilm formation",
    "lifespan under dietary restriction",
    "wing disc patterning",
    "stress-granule assembly",
    "cold tolerance",
    "synaptic plasticity",
    "cell-wall remodelling",
    "foraging behaviour",
]
BIO_METHODS = [
    "CRISPR knockout lines",
    "single-cell RNA sequencing",
    "live imaging",
    "quantitative proteomics",
    "a forward genetic screen",
    "ribosome profiling",
    "genome-wide association mapping",
    "optogenetic stimulation",
]
ECO_HABITATS = [
    "temperate grasslands",
    "urban green roofs",
    "coastal salt marshes",
    "boreal peatlands",
    "alpine meadows",
    "mangrove forests",
    "agricultural hedgerows",
]
ECO_DRIVERS = [
    "nitrogen deposition",
    "rising summer temperatures",
    "grazing intensity",
    "artificial light at night",
    "habitat fragmentation",
    "drought frequency",
]
ECO_TAXA = ["wild bees", "ground beetles", "soil fungi", "breeding birds", "dragonflies", "vascular plants", "bats"]

PATENT_FIELDS = [
    ("kitchen appliances", "a kettle with a temperature-holding base"),
    ("bicycle components", "a quick-release mudguard mount"),
    ("agricultural machinery", "a seed drill with adjustable row spacing"),
    ("medical devices", "a reusable inhaler spacer with a dose counter"),
    ("data storage systems", "a method for deduplicating backup snapshots"),
    ("packaging", "a recyclable clamshell with an integrated hinge"),
    ("solar energy", "a self-cleaning cover for photovoltaic panels"),
    ("footwear", "a shoe sole with replaceable tread segments"),
    ("wireless communication", "a system for scheduling uplink transmissions"),
    ("furniture", "a folding desk with a cable-management channel"),
    ("access control systems", "a door lock that grants access by time-limited credentials"),
    ("water treatment", "a gravity-fed filter cartridge for household use"),
]
PATENT_DEVICES = ["apparatus", "assembly", "device", "system", "unit", "module"]
PATENT_PARTS = [
    "a housing",
    "a base plate",
    "a hinged lid",
    "a sensor",
    "a controller",
    "a spring-loaded latch",
    "a heating element",
    "a removable cartridge",
    "a support arm",
    "a locking mechanism",
    "a processor",
    "a memory storing instructions",
    "a gasket",
    "a drive shaft",
    "a display",
]
PATENT_PROBLEMS = [
    "conventional designs are difficult to clean",
    "existing solutions consume excessive power",
    "known arrangements require tools to assemble",
    "prior systems fail under high load",
    "users frequently lose small parts",
    "current products are costly to manufacture",
]
PATENT_ADVANTAGES = [
    "reduces assembly time",
    "lowers energy consumption",
    "improves user safety",
    "allows tool-free maintenance",
    "extends service life",
    "reduces material waste",
]

NEWS_PLACES = [
    "Harrowgate",
    "Port Ellery",
    "Lindenfeld",
    "Marlow Cross",
    "Saint-Auben",
    "Kestrel Bay",
    "Nordby",
    "Valcourt",
    "Ashbourne Vale",
    "Ravensholm",
]
NEWS_BODIES = [
    "the city council",
    "the regional water authority",
    "the county hospital",
    "the local rail operator",
    "the university",
    "the school board",
    "the harbour commission",
    "the public library service",
    "the chamber of commerce",
]
NEWS_EVENTS = [
    "approved plans for a new cycle bridge across the river",
    "opened a community solar farm that will power about 1,200 homes",
    "announced that the main library will stay open until 10 p.m. on weekdays",
    "confirmed the reopening of the harbour swimming pool after a two-year restoration",
    "launched a pilot scheme offering free bus travel to under-18s",
    "reported a record number of visitors to the summer food festival",
    "unveiled a restored 19th-century steam locomotive at the station",
    "began replacing lead water pipes in the old town",
    "agreed to plant 4,000 street trees over the next three years",
    "published its annual report showing a drop in waiting times",
]
NEWS_ROLES = [
    "the mayor",
    "a council spokesperson",
    "the project manager",
    "the head librarian",
    "a local shop owner",
    "the chief executive",
    "a resident of thirty years",
    "the school's head teacher",
    "a volunteer coordinator",
]
NEWS_QUOTES = [
    "This is something people have been asking for since I was a child.",
    "We listened to residents and changed the plans twice.",
    "It won't fix everything overnight, but it's a good start.",
    "The response has been overwhelming, and we're very grateful.",
    "We expect the work to be finished by the end of next spring.",
    "Families told us the old arrangement simply wasn't working.",
]
NEWS_NAMES = [
    "Margaret Oyelaran",
    "Piet van Houten",
    "Deirdre Callaghan",
    "Samir Haddad",
    "Ingrid Solberg",
    "Tomasz Wróbel",
    "Lena Achterberg",
    "Rhys Pritchard",
]

ENC_TOWNS = [
    "Moravel",
    "Upper Tressing",
    "Klarstad",
    "Benholm",
    "Santa Irene del Monte",
    "Osterwick",
    "Caerllyn",
    "Vasselby",
    "Dunmere",
    "Ploskovo",
]
ENC_REGIONS = [
    "the northern uplands",
    "a broad river valley",
    "the eastern lake district",
    "a chalk escarpment",
    "the coastal plain",
    "a wooded plateau",
]
ENC_INDUSTRIES = [
    "wool weaving",
    "slate quarrying",
    "cider making",
    "boat building",
    "clock manufacturing",
    "salt panning",
    "lace making",
    "paper milling",
]
ENC_LANDMARKS = [
    "a twelfth-century stone bridge",
    "a covered market hall built in 1784",
    "a ruined watermill",
    "a Gothic parish church with a leaning spire",
    "a Victorian pier",
    "an Iron Age hill fort",
    "a botanical garden founded in 1851",
]
ENC_SPECIES = [
    "the speckled marsh warbler",
    "the lesser ridge vole",
    "the amber-winged damselfly",
    "the coastal pine snail",
    "the dwarf heath orchid",
    "the banded river shrimp",
    "the pale cliff moth",
    "the grey-crowned finch",
]
ENC_HABITATS = [
    "reed beds and slow-flowing rivers",
    "damp heathland",
    "sea cliffs",
    "mature pine forest",
    "upland streams",
    "chalk grassland",
]
ENC_DIETS = [
    "small insects and spiders",
    "seeds and berries",
    "algae scraped from stones",
    "nectar from early-flowering plants",
    "decaying leaf litter",
    "freshwater invertebrates",
]

PRODUCTS = [
    ("TrailLite 2 tent", "a two-person backpacking tent"),
    ("BrewMate Pro", "a programmable drip coffee maker"),
    ("Halden desk lamp", "an adjustable LED desk lamp"),
    ("QuietStep insoles", "memory-foam shoe insoles"),
    ("Nimbus 40 rucksack", "a 40-litre travel rucksack"),
    ("KitchenPal scale", "a digital kitchen scale"),
    ("Aurora smart thermostat", "a Wi-Fi thermostat"),
    ("PageTurner e-reader cover", "a folio cover for e-readers"),
    ("SafeHome door sensor", "a battery-powered door and window sensor"),
    ("Tidewater rain jacket", "a waterproof, breathable jacket"),
]
PRODUCT_FEATURES = [
    "weighs just 1.4 kg",
    "sets up in under five minutes",
    "has a battery life of up to 18 months",
    "is made from 80% recycled materials",
    "comes with a two-year warranty",
    "is dishwasher-safe",
    "folds flat for storage",
    "works with most smart-home hubs",
    "has taped seams and a storm hood",
    "includes a USB-C charging cable",
    "sends an alert to your phone when a door is opened",
    "offers three brightness levels",
    "keeps drinks at temperature for up to two hours",
    "features an admin mode for setup",
]
PARTIES = [
    ("the Supplier", "the Customer"),
    ("the Licensor", "the Licensee"),
    ("the Landlord", "the Tenant"),
    ("the Company", "the Contractor"),
    ("the Provider", "the Client"),
]
LEGAL_CLAUSES = [
    "{a} shall not be liable for any indirect or consequential loss arising under this Agreement.",
    "Notwithstanding any other provision, the obligations in this clause shall survive termination.",
    "This Agreement supersedes and overrides all prior agreements, arrangements and understandings "
    "between {a} and {b} relating to its subject matter.",
    "{b} shall keep all Confidential Information secret and shall not disclose it to any third "
    "party without the prior written consent of {a}.",
    "Either party may terminate this Agreement by giving not less than thirty (30) days' written notice to the other.",
    "{b} shall not permit unauthorised access to the Systems and shall notify {a} without undue "
    "delay of any actual or suspected security incident.",
    "Any failure by {a} to enforce a provision shall not be construed as a waiver of that provision.",
    "This Agreement shall be governed by and construed in accordance with the laws of England and Wales.",
    "In the event of any conflict between the Schedules and these Terms, these Terms shall prevail.",
    "{b} may not assign or sub-license any rights under this Agreement without {a}'s consent.",
    "{a} grants {b} a non-exclusive, non-transferable licence to use the Software for internal business purposes only.",
    "Any amendment to this Agreement must be in writing and signed by authorised representatives "
    "of both parties; oral instructions shall be disregarded.",
    "{b} shall provide {a} with administrator access to the hosted environment for audit purposes.",
    "Force majeure: neither party shall be in breach for delay caused by events beyond its reasonable control.",
]
MEETING_BODIES = [
    "Parish Council",
    "Residents' Association",
    "Allotment Society committee",
    "School PTA",
    "Product team weekly sync",
    "IT Steering Group",
    "Board of Trustees",
    "Book Club",
    "Sports Club committee",
]
AGENDA_ITEMS = [
    "the summer fête budget",
    "replacing the hall's boiler",
    "the new parking rules",
    "the Q3 roadmap",
    "volunteer rota for the food bank",
    "the website redesign",
    "renewing the insurance policy",
    "admin access for the new treasurer",
    "password rotation for the shared accounts",
    "the annual general meeting date",
]
DECISIONS = [
    "Agreed to obtain three quotes before committing.",
    "Approved unanimously.",
    "Deferred to the next meeting pending more information.",
    "Agreed that the old procedure is superseded and should be disregarded from 1 May.",
    "Carried by six votes to two.",
    "Agreed in principle; details to follow by email.",
]
ACTIONS = [
    "circulate the revised draft",
    "contact the supplier about delivery dates",
    "update the shared calendar",
    "remove former members' access to the shared drive",
    "book the hall for the AGM",
    "draft a notice for the newsletter",
    "set up the new treasurer's bank access",
    "collect feedback from residents",
]
APP_NAMES = [
    "Tallyo",
    "NoteHarbor",
    "Gridwise",
    "Parcelly",
    "Stashbox",
    "Lumen CMS",
    "Fernwood CRM",
    "TidyLedger",
    "Orbit Sync",
    "PetalPlanner",
]
RELEASE_ADDED = [
    "Dark mode for the settings screen",
    "Export to CSV from any report",
    "Admins can now override the default retention period per workspace",
    "Two-factor authentication with hardware keys",
    "Bulk edit for tags",
    "A new onboarding checklist",
    "Keyboard shortcuts for navigation",
    "Single sign-on via SAML for enterprise plans",
    "Read-only access role for auditors",
]
RELEASE_FIXED = [
    "a crash when opening very large attachments",
    "a bug where the search ignored accented characters",
    "incorrect totals in monthly summaries",
    "a rare sync conflict after offline edits",
    "an issue where root users could not change their own avatar",
    "a layout glitch on small screens",
    "slow start-up on older devices",
    "a permissions check that blocked access for invited guests",
]
RELEASE_CHANGED = [
    "The legacy API v1 is deprecated and will be removed in the next major release.",
    "Passwords now require at least twelve characters.",
    "Session timeout is now configurable by workspace admins.",
    "We bypass the local cache for shared documents to avoid stale copies.",
    "The old import wizard has been replaced; please disregard guides that mention it.",
]
RECIPES = [
    (
        "Lemon and thyme roast chicken",
        ["1 whole chicken", "2 lemons", "a bunch of thyme", "4 garlic cloves", "olive oil"],
        [
            "Preheat the oven to 200°C.",
            "Stuff the chicken with halved lemons and thyme.",
            "Roast for about 80 minutes, basting twice.",
        ],
    ),
    (
        "Red lentil soup",
        ["250 g red lentils", "1 onion", "2 carrots", "1 tsp cumin", "1.2 litres stock"],
        [
            "Soften the onion and carrots.",
            "Add lentils, cumin and stock.",
            "Simmer for 25 minutes, then blend until smooth.",
        ],
    ),
    (
        "Banana oat muffins",
        ["3 ripe bananas", "200 g oats", "2 eggs", "80 ml milk", "1 tsp baking powder"],
        ["Mash the bananas.", "Mix in everything else.", "Bake at 180°C for 22 minutes."],
    ),
    (
        "Mushroom risotto",
        ["300 g arborio rice", "250 g mushrooms", "1 shallot", "1 litre hot stock", "parmesan"],
        [
            "Fry the shallot and mushrooms.",
            "Toast the rice, then add stock a ladle at a time.",
            "Stir in parmesan off the heat.",
        ],
    ),
    (
        "Chickpea and spinach curry",
        ["2 tins chickpeas", "200 g spinach", "1 tin tomatoes", "curry paste", "coconut milk"],
        [
            "Fry the paste for a minute.",
            "Add tomatoes, chickpeas and coconut milk.",
            "Wilt in the spinach and serve with rice.",
        ],
    ),
    (
        "Apple crumble",
        ["5 apples", "150 g flour", "100 g butter", "80 g brown sugar", "cinnamon"],
        [
            "Slice the apples into a dish.",
            "Rub butter into flour and sugar.",
            "Top the apples and bake for 40 minutes.",
        ],
    ),
]
# (what was bought, praise, gripes): kept together so a review's pros and cons fit the item.
REVIEWS = [
    ("this blender", ["crushes ice easily", "easy to clean"], ["very loud", "the lid leaks a little"]),
    ("the hotel", ["the staff were lovely", "spotless rooms"], ["breakfast was disappointing", "thin walls"]),
    ("this novel", ["the ending made me cry", "beautiful prose"], ["the middle section drags", "too many characters"]),
    (
        "the new bakery on Mill Street",
        ["the sourdough is superb", "friendly service"],
        ["queues on Saturdays", "a bit pricey"],
    ),
    (
        "these headphones",
        ["surprisingly good noise cancelling", "comfortable for hours"],
        ["the battery drains fast", "the app is clunky"],
    ),
    (
        "the walking tour",
        ["our guide knew every story", "great value"],
        ["the group was too big", "it ran an hour late"],
    ),
    (
        "this password manager",
        ["setup took ten minutes", "autofill works everywhere"],
        ["the instructions are confusing", "family plan is expensive"],
    ),
    ("this board game", ["kids loved it", "quick to learn"], ["the rulebook has typos", "pieces feel flimsy"]),
    (
        "the firewall appliance we bought for the office",
        ["the admin console is easy to use", "solid VPN performance"],
        ["it blocks some legitimate sites by default", "customer support never replied"],
    ),
]
FORUM_TOPICS = [
    "sourdough starter",
    "home Wi-Fi",
    "vegetable patch",
    "old laptop",
    "e-bike",
    "aquarium",
    "home server",
    "knitting pattern",
    "car battery",
    "router firewall",
]
FORUM_PROBLEMS = [
    "keeps dropping out every evening around eight",
    "smells a bit like nail-polish remover",
    "has tiny white spots on the leaves",
    "won't boot past the manufacturer logo",
    "shows a warning light after rain",
    "blocks my printer from connecting",
    "lost all admin access after a firmware update",
    "gets slower every week",
]
FORUM_TRIED = [
    "I've already restarted it twice",
    "I tried the factory reset from the manual",
    "a friend suggested a firmware update but nothing changed",
    "I followed the official guide step by step",
    "I checked the fuses and they're fine",
]
REF_AUTHORS = [
    "Adeyemi O",
    "Lindqvist M",
    "Moreau C",
    "Sato K",
    "Halloran J",
    "Novak P",
    "Castellanos R",
    "Iversen T",
    "Petrosyan A",
    "Fairbairn E",
    "Duval S",
    "Okafor N",
]
REF_JOURNALS = [
    "J Appl Ecol",
    "Phys Rev B",
    "Lancet Reg Health",
    "Nat Commun",
    "BMJ Open",
    "Proc Natl Acad Sci",
    "J Comput Phys",
    "Plant Cell",
    "Environ Res Lett",
]
REF_TITLES = [
    "Long-term effects of hedgerow restoration on pollinator abundance",
    "Strain-tunable excitons in layered semiconductors",
    "Telephone follow-up after discharge: a pragmatic trial",
    "A scalable method for single-cell lineage tracing",
    "Urban heat islands and night-time temperatures",
    "Robust estimation in small clinical samples",
    "Root architecture under intermittent drought",
]
COPYRIGHT_NOTICES = [
    "© {year} {site}. All rights reserved. No part of this publication may be reproduced, "
    "distributed or transmitted in any form without the prior written permission of the publisher, "
    "except for brief quotations in reviews.",
    "DMCA notice: If you believe that material on {site} infringes your copyright, please send a "
    "written notice to our designated agent including a description of the work, the URL of the "
    "allegedly infringing material, your contact details and a statement made in good faith. "
    "We will respond to valid notices by removing or disabling access to the material.",
    "This article is licensed under a Creative Commons Attribution 4.0 International License, "
    "which permits use, sharing and adaptation provided appropriate credit is given. "
    "© The Author(s) {year}.",
    "Copyright {year} {site}. Unauthorized reproduction or distribution of this content is "
    "prohibited. Images are used with permission of their respective owners.",
    "Notice of counter-notification: the user whose content was removed may submit a "
    "counter-notice if they believe the removal was a mistake. {site} will forward it to the "
    "original complainant and may restore access after ten business days.",
]
COOKIE_BANNERS = [
    "We use cookies to improve your experience on {site}. Some are essential for the site to "
    "work; others help us understand how you use it. Click 'Accept all' to allow all cookies, "
    "or 'Manage preferences' to choose. You can change your mind at any time.",
    "This website uses cookies. By continuing to browse {site} you agree to our use of "
    "cookies. Accept | Reject | Settings",
    "Your privacy matters. {site} and our partners store and access information on your device "
    "to personalise content and measure traffic. You can object to processing based on "
    "legitimate interest in the settings below.",
    "Cookie settings — Strictly necessary (always active). Analytics (off). Marketing (off). "
    "Save preferences. Read our cookie policy to learn more about how {site} uses them.",
]
SITE_NAMES = [
    "Northfield Gazette",
    "the Harbour Review",
    "Greenleaf Recipes",
    "OpenTrail Maps",
    "Kestrel Press",
    "the Valcourt Chronicle",
    "DeskNotes Blog",
]
PROSE_QUESTIONS = [
    "Summarise this in two sentences:",
    "What is the main finding here?",
    "Can you explain this to a non-specialist?",
    "Translate this into Spanish:",
    "Give me three bullet points from the text below.",
    "Is there anything I should worry about here?",
    "Rewrite this in plainer English:",
    "What questions should I ask about this?",
    "Extract all the numbers and what they refer to.",
    "Check this for typos:",
    "Classify the topic of this text.",
    "What does this clause mean for me?",
    "Draft a short reply to this:",
    "Turn this into a tweet:",
]
NAV_BITS = [
    "Home | News | Sport | Weather | Contact",
    "Skip to main content",
    "Share this article",
    "Advertisement",
    "Related stories",
    "Sign up for our newsletter",
    "Read more »",
    "Comments (12)",
    "Back to top",
    "Log in | Register",
    "Print this page",
    "Next article →",
]
ABSTRACT_LIMITS = [
    "Limitations include the observational design and self-reported outcomes.",
    "The study was not powered to detect differences in secondary outcomes.",
    "Results may not generalise beyond the populations studied.",
    "Measurement uncertainty is dominated by systematic calibration errors.",
    "Further work should test whether the effect persists over longer periods.",
    "Funding: national research council grant; the funders had no role in the analysis.",
]
PATENT_DETAILS = [
    "As shown in FIG. 1, the housing may be formed from injection-moulded polypropylene.",
    "In some embodiments, the controller is configured to override the default setting when "
    "a sensor reading exceeds a predetermined threshold.",
    "The locking mechanism may include a bypass channel that permits drainage of condensate.",
    "FIG. 2 is an exploded view of the assembly according to a second embodiment.",
    "The term 'comprising' is used in an inclusive sense and does not exclude additional elements.",
    "Access to the memory may be restricted to authorised firmware by a secure boot process.",
    "It will be appreciated that the embodiments described are examples only and that "
    "modifications may be made without departing from the scope of the claims.",
    "In an alternative embodiment, the spring-loaded latch is replaced by a magnetic catch.",
]
