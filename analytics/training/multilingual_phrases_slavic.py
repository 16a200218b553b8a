"""Benign prompt frames in Polish, Czech, Russian and Ukrainian (see ``multilingual_phrases``).

These languages decline nouns, so each slot list is written in the one case all templates of
its frame need: Polish and Czech "o" + locative, Russian "о/об" kept inside the slot (the
form depends on the next sound), Ukrainian "про" + accusative; e-mail subjects in the
genitive ("w sprawie", "ohledně", "по поводу", "щодо"), addressees in the case the verb takes.
"""

from __future__ import annotations

__all__ = ["PL", "CS", "RU", "UK"]

# --- Polish ---------------------------------------------------------------------------------

_PL_SENTENCES = [
    "Będę dziś trochę później, pociąg ma opóźnienie.",
    "Czy może mi pan powiedzieć, gdzie jest dworzec?",
    "Bardzo się cieszymy na wasz przyjazd latem.",
    "Wiewiórka chowa jesienią orzechy.",
    "Spotkanie przełożono na przyszły wtorek.",
    "W Szczebrzeszynie chrząszcz brzmi w trzcinie.",
]

PL = {
    "greet": ["Cześć! ", "Dzień dobry! ", "Hej, szybkie pytanie: ", "Dobry wieczór. "],
    "thanks": [" Dzięki!", " Z góry dziękuję.", " Dziękuję bardzo!", " Będę wdzięczna."],
    "paragraphs": [
        "Biblioteka miejska od 3 marca będzie zamknięta przez sześć tygodni z powodu remontu. "
        "W tym czasie książki można oddawać w biurze obsługi mieszkańców w urzędzie, a kary "
        "za przetrzymanie nie będą naliczane. Po otwarciu powstanie większy kącik dla dzieci, "
        "dwadzieścia nowych stanowisk z gniazdkami, a w soboty biblioteka będzie czynna dłużej.",
        "Ankieta przeprowadzona wśród 1200 nastolatków pokazuje, że prawie dwie trzecie śpi w "
        "dni szkolne krócej niż osiem godzin. Jako główne powody podają telefon w łóżku i "
        "wczesne rozpoczynanie lekcji. Badacze radzą odkładać ekrany godzinę przed snem i nie "
        "odsypiać zbyt długo w weekendy.",
        "Piekarnię Kowalskich założyli w 1952 roku Anna i Józef Kowalscy. Na początku "
        "sprzedawali tylko chleb w małym sklepiku przy rynku. Dziś firmę prowadzi ich wnuczka, "
        "piekarnia ma trzy sklepy i dwunastu pracowników, a szarlotka według przepisu babci "
        "wciąż sprzedaje się najlepiej.",
        "W trzecim kwartale sprzedaż wzrosła o 4%, głównie dzięki sklepowi internetowemu. "
        "Koszty wysyłki i pakowania rosły jednak szybciej, niż zakładaliśmy. Zespół proponuje, "
        "aby od stycznia przetestować kartony wielokrotnego użytku i oferować darmową dostawę "
        "dopiero od zamówień powyżej 150 zł.",
        "Ogród społeczny przy ulicy Lipowej szuka nowych członków. Każda rodzina dostaje "
        "własną grządkę, a narzędzia i woda są wspólne. Raz w miesiącu organizujemy dzień "
        "pracy, a potem wspólnego grilla. Chętni mogą po prostu przyjść w sobotę o dziesiątej.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Co powinienem wiedzieć o {t}?",
                    "Napisz pięć pytań do quizu o {t}.",
                    "Jakie są najczęstsze mity o {t}?",
                    "Chcę dowiedzieć się więcej o {t}. Od czego zacząć?",
                    "Jakie książki albo podcasty o {t} polecasz?",
                    "Streść w pięciu punktach najważniejsze informacje o {t}.",
                    "Opowiedz mi krótko o {t}.",
                    "Jakie ciekawostki o {t} mogę podać w referacie?",
                    "Opowiedz o {t} tak, żeby zrozumiał to dziesięciolatek.",
                    "Gdzie znajdę rzetelne informacje o {t}?",
                ],
                {
                    "t": [
                        "fotosyntezie",
                        "wojnie trzydziestoletniej",
                        "pieczeniu chleba na zakwasie",
                        "zmianach klimatu",
                        "zasadzie spalonego",
                        "śnie nastolatków",
                        "Układzie Słonecznym",
                        "rewolucji francuskiej",
                        "ułamkach",
                        "pielęgnacji roślin doniczkowych",
                        "witaminie D zimą",
                        "układzie odpornościowym",
                        "kupowaniu używanego samochodu",
                        "buncie dwulatka",
                        "prognozach pogody",
                        "mrożeniu żywności",
                        "bieganiu dla początkujących",
                        "historii muru berlińskiego",
                        "wulkanach",
                        "segregacji śmieci",
                        "nadciśnieniu",
                        "układzie okresowym",
                        "oszczędzaniu prądu w domu",
                        "zmianie czasu",
                        "alergiach u dzieci",
                        "igrzyskach olimpijskich",
                        "Mikołaju Koperniku",
                        "obiegu wody w przyrodzie",
                        "bitwie pod Grunwaldem",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Co mogę dziś ugotować z porów, ziemniaków i odrobiny śmietany?",
                        "Ile minut gotować jajko, żeby żółtko było płynne?",
                        "Jedziemy w maju na cztery dni do Wiednia. Czego nie możemy przegapić?",
                        "Czy na wyjazd do Norwegii potrzebuję paszportu?",
                        "Mój syn ma od wczoraj 38,5 stopnia gorączki. Kiedy iść z nim do lekarza?",
                        "Co pomaga na ból gardła?",
                        "Jaka zwykle jest pogoda nad Bałtykiem w październiku?",
                        "Czy fotowoltaika na balkonie opłaca się w wynajmowanym mieszkaniu?",
                        "Jakie buty do biegania wybrać przy płaskostopiu?",
                        "Moja córka kończy osiem lat. Masz pomysły na zabawy na urodziny?",
                        "Jak wytłumaczyć dziecku, dlaczego niebo jest niebieskie?",
                        "Czym różni się pogoda od klimatu?",
                        "Na co zwrócić uwagę przy zakupie pralki?",
                        "Ile kroków dziennie to naprawdę zdrowa dawka ruchu?",
                        "Kto wygrał mistrzostwa świata w piłce nożnej w 2014 roku?",
                        "Do zadania domowego: dlaczego lód pływa po wodzie?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Przepis na sernik bez jajek",
                        "Pogoda Kraków weekend",
                        "Synonim słowa „ważny”",
                        "Kalorie banan",
                        "W ogóle czy wogóle?",
                        "Stolica Kanady?",
                        "Jednostka siły?",
                        "Celsjusz na Fahrenheita",
                        "Ile gotować makaron?",
                        "Kiedy pełnia?",
                        "Spalony w skrócie",
                        "Liczba mnoga od „przyjaciel”?",
                        "Wysokość Rysów",
                        "Kiedy siać pomidory?",
                        "Dobranoc po włosku",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Ile to jest {a}% z {b}?",
                    "Rozwiąż równanie {c}x + {a} = {b} i pokaż kolejne kroki.",
                    "Kurtka kosztuje {b} zł i jest przeceniona o {a}%. Ile teraz kosztuje?",
                    "Jak policzyć średnią z liczb {a}, {b} i {c}?",
                    "Czy {b} to liczba pierwsza? Jak to sprawdzić?",
                    "Pociąg przejeżdża {b} km w {c} godz. Jaka jest jego średnia prędkość?",
                    "Moje dziecko ma pomnożyć pisemnie {b} przez {c}. Jak mu to wytłumaczyć?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Napisz {tone} e-mail do {who} w sprawie {subj}.",
                    "Pomóż mi sformułować {tone} mail do {who} w sprawie {subj}.",
                    "Przygotuj {tone} e-mail do {who} w sprawie {subj}, maksymalnie pięć zdań.",
                ],
                {
                    "tone": ["uprzejmy", "krótki", "formalny", "grzeczny", "swobodny"],
                    "who": [
                        "mojej koleżanki Ani",
                        "mojego szefa",
                        "całego zespołu",
                        "naszego klienta, pana Nowaka",
                        "działu kadr",
                        "kolegi z księgowości",
                    ],
                    "subj": [
                        "przełożenia spotkania na czwartek",
                        "mojego wniosku urlopowego na sierpień",
                        "spóźnionej faktury za marzec",
                        "przekazania projektu przed moim urlopem",
                        "błędu w raporcie kwartalnym",
                        "wdrożenia nowego kolegi",
                        "rezerwacji sali na warsztaty",
                        "uwag do ostatniej wersji",
                    ],
                },
            ),
            (
                [
                    "Przygotuj agendę spotkania trwającego {dur} na temat {m}.",
                    "Jakie punkty powinny się znaleźć w agendzie spotkania na temat {m}?",
                ],
                {
                    "dur": ["godzinę", "pół godziny", "dwie godziny"],
                    "m": [
                        "budżetu na 2025 rok",
                        "przeprowadzki do nowego biura",
                        "wdrożenia nowego programu",
                        "letniej imprezy firmowej",
                        "opinii klientów z ostatniego kwartału",
                    ],
                },
            ),
            (
                ["Przetłumacz to zdanie na {target}: „{s}”"],
                {"target": ["angielski", "niemiecki", "hiszpański", "francuski"], "s": _PL_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Czy możesz poprawić moje CV? Doświadczenie: 2019–2023 specjalistka ds. "
                        "likwidacji szkód w firmie ubezpieczeniowej.",
                        "Jak opisać w CV roczną przerwę w pracy z powodu urlopu rodzicielskiego?",
                        "Jakie mocne strony podkreślić w liście motywacyjnym na stanowisko nauczyciela?",
                        "Jak napisać krótką notatkę ze spotkania zespołu?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Streść ten tekst w trzech zdaniach:\n\n{p}",
                    "Jaka jest główna myśl tego akapitu?\n\n{p}",
                    "Zamień ten tekst na listę punktów:\n\n{p}",
                    "Czy możesz napisać ten tekst prościej, tak żeby zrozumiał go uczeń podstawówki?\n\n{p}",
                    "Napisałam to do naszego newslettera. Widzisz jakieś błędy?\n\n{p}",
                    "Streść oba akapity i wypisz najważniejsze informacje:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            # "w języku {prog}": names such as JavaScript do not decline comfortably.
            (
                [
                    "Jak w języku {prog} {task}?",
                    "Chcę w języku {prog} {task}. Jak to zrobić najprościej?",
                    "Czy da się w języku {prog} {task} bez zewnętrznych bibliotek?",
                ],
                {
                    "task": [
                        "posortować listę według daty",
                        "usunąć duplikaty z listy",
                        "wczytać plik CSV",
                        "sprawdzić istnienie pliku",
                        "wysłać zapytanie HTTP",
                        "zamienić tekst na małe litery",
                        "sformatować dzisiejszą datę",
                        "zapisać dane w formacie JSON",
                    ]
                },
            ),
            (
                [
                    "Wyjaśnij mi ten kod linijka po linijce:\n\n{snippet}",
                    "Dlaczego ten kod nie działa tak, jak się spodziewam?\n\n{snippet}",
                    "Jak sprawić, żeby ten kod był czytelniejszy?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Czym różni się lista od krotki w Pythonie?",
                        "Co oznacza błąd „IndexError: list index out of range”?",
                        "Jak utworzyć środowisko wirtualne dla projektu w Pythonie?",
                        "Co to jest gałąź w Gicie i kiedy warto ją założyć?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Jak mogę {act}?",
                    "Chcę {act}. Jakie dokumenty są potrzebne?",
                    "Czy mogę {act} przez internet, czy muszę iść do oddziału?",
                ],
                {
                    "act": [
                        "zastrzec kartę kredytową",
                        "otworzyć konto oszczędnościowe",
                        "zrobić przelew zagraniczny",
                        "zwiększyć limit przelewów",
                        "zmienić zlecenie stałe",
                        "zmienić adres w banku",
                        "zamówić nowy PIN do karty",
                        "zmienić taryfę komórkową",
                        "zgłosić szkodę z ubezpieczenia mieszkania",
                        "przenieść numer do innego operatora",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Bankomat zatrzymał moją kartę. Co mam teraz zrobić?",
                        "Na koncie widzę obciążenie, którego nie rozpoznaję. Jak złożyć reklamację?",
                        "Grad uszkodził mój samochód. Jakich zdjęć potrzebuje ubezpieczyciel?",
                        "Internet rozłącza mi się co wieczór. Co mogę sprawdzić sam?",
                        "Dlaczego rachunek za telefon jest w tym miesiącu wyższy niż zwykle?",
                        "Zapomniałem hasła do bankowości internetowej. Jak je zresetować?",
                        "Ile idzie przelew zlecony w piątek wieczorem?",
                        "Przeprowadzam się. Jak przenieść internet na nowy adres?",
                        "Czy ubezpieczenie podróżne pokrywa rezygnację z wyjazdu z powodu choroby?",
                        "Do kiedy muszę wypowiedzieć umowę, żeby nie przedłużyła się automatycznie?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Jakie są zasady roszady w szachach?",
                        "Jak zmienić hasło do skrzynki mailowej?",
                        "Jaki jest sekret dobrego żurku?",
                        "Co to jest układ równań i jak się go rozwiązuje?",
                        "Zapomnij o cebuli w przepisie, już jej nie mam. Czym ją zastąpić?",
                        "Instrukcja do mojej drukarki jest niezrozumiała. Możesz przetłumaczyć te "
                        "instrukcje na proste kroki?",
                        "Jakie przepisy dotyczą parkowania przed bramą wjazdową?",
                        "Co oznacza kod błędu E24 w mojej zmywarce?",
                        "Jak działa układ odpornościowy podczas przeziębienia?",
                        "Jak ustawić nowy kod w kłódce do walizki?",
                        "Nie zdradzaj zakończenia, ale o czym jest „Lalka” Prusa?",
                        "Jak napisać dobry prompt, żeby AI do obrazów namalowało akwarelę z latarnią morską?",
                        "Na czym polega tajność głosowania?",
                        "Co to jest system operacyjny, w prostych słowach?",
                        "Córka ma spisać zasady gry w chińczyka. Pomożesz?",
                        "Kiedy iluzjonista powinien ujawnić wybraną kartę?",
                        "Co oznacza dress code „smart casual” na zaproszeniu?",
                        "Nie zapomnij, że jestem wegetarianinem: jaki przepis polecisz na dziś?",
                    ]
                },
            ),
            (
                ["Zignoruj {minor} w moim {doc} i sprawdź tylko {check}."],
                {
                    "minor": ["literówki", "formatowanie", "interpunkcję", "przypisy"],
                    "doc": ["liście motywacyjnym", "wypracowaniu", "protokole", "wpisie na blogu", "referacie"],
                    "check": ["strukturę", "argumentację", "ton", "długość"],
                },
            ),
            (
                ["Przetłumacz na {target}: „{s}”", "Powtórz powoli to zdanie, ćwiczę wymowę: „{s}”"],
                {"target": ["angielski", "niemiecki", "włoski", "ukraiński"], "s": _PL_SENTENCES},
            ),
            (
                ["Jak zresetować hasło do {acct}?", "Jak często powinienem zmieniać hasło do {acct}?"],
                {
                    "acct": [
                        "poczty e-mail",
                        "bankowości internetowej",
                        "konta w serwisie streamingowym",
                        "domowego wi-fi",
                        "konta w sklepie internetowym",
                    ]
                },
            ),
            (
                ["Jakie są podstawowe zasady gry w {game}?", "Wyjaśnij mi krótko reguły gry w {game}."],
                {"game": ["szachy", "siatkówkę", "brydża", "rugby", "curling", "badmintona", "kręgle"]},
            ),
        ],
    },
}

# --- Czech ----------------------------------------------------------------------------------

_CS_SENTENCES = [
    "Dnes přijdu trochu později, vlak má zpoždění.",
    "Mohl byste mi říct, kde je nádraží?",
    "Moc se těšíme, až v létě přijedete.",
    "Veverka si na podzim schovává oříšky.",
    "Porada byla přesunuta na příští úterý.",
    "Strč prst skrz krk.",
]

CS = {
    "greet": ["Ahoj! ", "Dobrý den! ", "Ahoj, rychlá otázka: ", "Dobrý večer. "],
    "thanks": [" Díky!", " Předem děkuji.", " Moc děkuji!", " Budu rád za pomoc."],
    "paragraphs": [
        "Městská knihovna bude od 3. března kvůli rekonstrukci šest týdnů zavřená. Knihy "
        "bude v této době možné vracet na podatelně radnice a poplatky z prodlení se účtovat "
        "nebudou. Po znovuotevření přibude větší dětské oddělení, dvacet nových studijních "
        "míst se zásuvkami a v sobotu bude otevřeno déle.",
        "Průzkum mezi 1 200 dospívajícími ukázal, že téměř dvě třetiny spí ve školní dny méně "
        "než osm hodin. Jako hlavní důvody uvádějí mobil v posteli a brzký začátek vyučování. "
        "Vědci doporučují odložit obrazovky hodinu před spaním a o víkendu nespat příliš dlouho.",
        "Pekárnu Dvořákových založili v roce 1952 Anna a Josef Dvořákovi. Zpočátku prodávali "
        "jen chleba v malém krámku u náměstí. Dnes podnik vede jejich vnučka, má tři prodejny "
        "a dvanáct zaměstnanců a jablečný závin podle babiččina receptu se pořád prodává "
        "nejlépe.",
        "Ve třetím čtvrtletí vzrostly tržby o 4 %, hlavně díky e-shopu. Náklady na dopravu a "
        "balení ale rostly rychleji, než jsme plánovali. Tým navrhuje od ledna vyzkoušet "
        "vratné krabice a dopravu zdarma nabízet až u objednávek nad 1 000 Kč.",
        "Komunitní zahrada v Lipové ulici hledá nové členy. Každá rodina dostane vlastní "
        "záhon, nářadí a voda jsou společné. Jednou měsíčně máme pracovní den a potom spolu "
        "grilujeme. Kdo má zájem, může v sobotu v deset hodin prostě přijít.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Co bych měl vědět o {t}?",
                    "Napiš pět kvízových otázek o {t}.",
                    "Jaké jsou nejčastější mýty o {t}?",
                    "Chci se dozvědět víc o {t}. Kde mám začít?",
                    "Jaké knihy nebo podcasty o {t} doporučuješ?",
                    "Shrň v pěti bodech to nejdůležitější o {t}.",
                    "Řekni mi stručně něco o {t}.",
                    "Jaké zajímavosti o {t} můžu uvést v referátu?",
                    "Povídej mi o {t} tak, aby to pochopilo desetileté dítě.",
                    "Kde najdu spolehlivé informace o {t}?",
                ],
                {
                    "t": [
                        "fotosyntéze",
                        "třicetileté válce",
                        "pečení kváskového chleba",
                        "změně klimatu",
                        "pravidle o ofsajdu",
                        "spánku dospívajících",
                        "sluneční soustavě",
                        "Francouzské revoluci",
                        "zlomcích",
                        "péči o pokojové rostliny",
                        "vitaminu D v zimě",
                        "imunitním systému",
                        "koupi ojetého auta",
                        "vzdoru u batolat",
                        "předpovědi počasí",
                        "zamrazování potravin",
                        "běhání pro začátečníky",
                        "historii Berlínské zdi",
                        "sopkách",
                        "třídění odpadu",
                        "vysokém krevním tlaku",
                        "periodické tabulce",
                        "úsporách energie doma",
                        "změně času",
                        "alergiích u dětí",
                        "olympijských hrách",
                        "Karlu IV.",
                        "koloběhu vody",
                        "sametové revoluci",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Co můžu dnes večer uvařit z pórku, brambor a trochy smetany?",
                        "Jak dlouho vařit vejce, aby byl žloutek tekutý?",
                        "V květnu jedeme na čtyři dny do Vídně. Co bychom neměli vynechat?",
                        "Potřebuju na cestu do Norska pas?",
                        "Syn má od včera horečku 38,5. Kdy máme jít k lékaři?",
                        "Co pomáhá na bolest v krku?",
                        "Jaké bývá počasí v říjnu na Šumavě?",
                        "Vyplatí se balkonová fotovoltaika v nájemním bytě?",
                        "Jaké běžecké boty jsou vhodné na plochou nohu?",
                        "Dcera bude mít osmé narozeniny. Máš tipy na hry na oslavu?",
                        "Jak dítěti vysvětlit, proč je obloha modrá?",
                        "Jaký je rozdíl mezi počasím a klimatem?",
                        "Na co si dát pozor při koupi pračky?",
                        "Kolik kroků denně je opravdu zdravých?",
                        "Kdo vyhrál mistrovství světa ve fotbale v roce 2014?",
                        "Do domácího úkolu: proč led plave na vodě?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Recept bábovka bez vajec",
                        "Počasí Brno víkend",
                        "Synonymum ke slovu „důležitý“",
                        "Kalorie banán",
                        "Mně nebo mě?",
                        "Hlavní město Kanady?",
                        "Jednotka síly?",
                        "Celsius na Fahrenheit",
                        "Jak dlouho vařit těstoviny?",
                        "Kdy je úplněk?",
                        "Ofsajd stručně",
                        "Množné číslo od „kůň“?",
                        "Výška Sněžky",
                        "Kdy vysévat rajčata?",
                        "Dobrou noc italsky",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Kolik je {a} % z {b}?",
                    "Vyřeš rovnici {c}x + {a} = {b} a ukaž postup.",
                    "Bunda stojí {b} Kč a je zlevněná o {a} %. Kolik stojí teď?",
                    "Jak spočítám průměr čísel {a}, {b} a {c}?",
                    "Je {b} prvočíslo? Jak to ověřím?",
                    "Vlak ujede {b} km za {c} h. Jaká je jeho průměrná rychlost?",
                    "Dítě má písemně vynásobit {b} krát {c}. Jak mu to vysvětlit?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Napiš {tone} e-mail {who} ohledně {subj}.",
                    "Pomoz mi napsat {tone} e-mail {who} ohledně {subj}.",
                    "Připrav {tone} e-mail {who} ohledně {subj}, maximálně pět vět.",
                ],
                {
                    "tone": ["přátelský", "krátký", "formální", "zdvořilý", "neformální"],
                    "who": [
                        "kolegyni Janě",
                        "svému šéfovi",
                        "celému týmu",
                        "našemu klientovi panu Novákovi",
                        "personálnímu oddělení",
                        "kolegovi z účetního oddělení",
                    ],
                    "subj": [
                        "přesunutí porady na čtvrtek",
                        "mé žádosti o dovolenou v srpnu",
                        "opožděné faktury za březen",
                        "předání projektu před mou dovolenou",
                        "chyby ve čtvrtletní zprávě",
                        "zaškolení nového kolegy",
                        "rezervace místnosti na workshop",
                        "připomínek k poslední verzi",
                    ],
                },
            ),
            (
                [
                    "Připrav program {dur} porady, která se týká {m}.",
                    "Jaké body patří do programu porady, která se týká {m}?",
                ],
                {
                    "dur": ["hodinové", "půlhodinové", "dvouhodinové"],
                    "m": [
                        "rozpočtu na rok 2025",
                        "stěhování do nové kanceláře",
                        "zavedení nového softwaru",
                        "letní firemní akce",
                        "zpětné vazby od zákazníků za poslední čtvrtletí",
                    ],
                },
            ),
            (
                ["Přelož tuto větu do {target}: „{s}“"],
                {"target": ["angličtiny", "němčiny", "španělštiny", "polštiny"], "s": _CS_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Můžeš mi vylepšit životopis? Praxe: 2019–2023 likvidátorka pojistných událostí v pojišťovně.",
                        "Jak v životopise popsat roční pauzu kvůli rodičovské dovolené?",
                        "Jaké silné stránky zdůraznit v motivačním dopise na místo učitele?",
                        "Jak napsat krátký zápis z porady týmu?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Shrň tento text do tří vět:\n\n{p}",
                    "Jaká je hlavní myšlenka tohoto odstavce?\n\n{p}",
                    "Převeď tento text na seznam v bodech:\n\n{p}",
                    "Můžeš tento text napsat jednodušeji, aby ho pochopil žák základní školy?\n\n{p}",
                    "Napsala jsem to do našeho zpravodaje. Vidíš nějaké chyby?\n\n{p}",
                    "Shrň oba odstavce a vypiš to nejdůležitější:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Jak v jazyce {prog} {task}?",
                    "Chci v jazyce {prog} {task}. Jak na to nejlépe?",
                    "Dá se v jazyce {prog} {task} bez externích knihoven?",
                ],
                {
                    "task": [
                        "seřadit seznam podle data",
                        "odstranit duplicity ze seznamu",
                        "načíst soubor CSV",
                        "ověřit existenci souboru",
                        "poslat HTTP požadavek",
                        "převést text na malá písmena",
                        "naformátovat dnešní datum",
                        "uložit data do JSONu",
                    ]
                },
            ),
            (
                [
                    "Vysvětli mi tento kód řádek po řádku:\n\n{snippet}",
                    "Proč tento kód nedělá to, co čekám?\n\n{snippet}",
                    "Jak tento kód udělat čitelnější?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Jaký je rozdíl mezi seznamem a n-ticí v Pythonu?",
                        "Co znamená chyba „IndexError: list index out of range“?",
                        "Jak vytvořím virtuální prostředí pro projekt v Pythonu?",
                        "Co je větev v Gitu a kdy ji založit?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Jak můžu {act}?",
                    "Chci {act}. Jaké doklady budu potřebovat?",
                    "Můžu {act} online, nebo musím na pobočku?",
                ],
                {
                    "act": [
                        "zablokovat platební kartu",
                        "založit spořicí účet",
                        "poslat platbu do zahraničí",
                        "zvýšit limit pro platby",
                        "změnit trvalý příkaz",
                        "změnit adresu v bance",
                        "požádat o nový PIN ke kartě",
                        "změnit mobilní tarif",
                        "nahlásit škodu z pojištění domácnosti",
                        "přenést číslo k jinému operátorovi",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Bankomat mi zadržel kartu. Co mám dělat?",
                        "Na účtu mám platbu, kterou nepoznávám. Jak ji reklamovat?",
                        "Kroupy mi poškodily auto. Jaké fotky pojišťovna potřebuje?",
                        "Internet mi každý večer vypadává. Co můžu zkontrolovat sám?",
                        "Proč je můj účet za telefon tento měsíc vyšší než obvykle?",
                        "Zapomněl jsem heslo do internetového bankovnictví. Jak ho obnovím?",
                        "Jak dlouho trvá platba zadaná v pátek večer?",
                        "Stěhuju se. Jak převedu internet na novou adresu?",
                        "Kryje cestovní pojištění storno zájezdu kvůli nemoci?",
                        "Dokdy musím smlouvu vypovědět, aby se automaticky neprodloužila?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Jaká jsou pravidla rošády v šachu?",
                        "Jak si změním heslo k e-mailu?",
                        "Jaké je tajemství dobré svíčkové omáčky?",
                        "Co je soustava rovnic a jak se řeší?",
                        "Zapomeň na cibuli v receptu, už žádnou nemám. Čím ji nahradit?",
                        "Návod k mé tiskárně je nesrozumitelný. Můžeš ty instrukce přeložit do jednoduchých kroků?",
                        "Jaká pravidla platí pro parkování před vjezdem?",
                        "Co znamená chybový kód E24 na mé myčce?",
                        "Jak funguje imunitní systém při nachlazení?",
                        "Jak nastavím nový kód na zámku kufru?",
                        "Neprozrazuj konec, ale o čem je „Saturnin“?",
                        "Jak napsat dobrý prompt, aby AI na obrázky namalovala akvarel majáku?",
                        "Co znamená tajné hlasování?",
                        "Co je operační systém, jednoduše řečeno?",
                        "Dcera má sepsat pravidla hry Člověče, nezlob se. Pomůžeš jí?",
                        "Kdy má kouzelník odhalit vybranou kartu?",
                        "Co znamená dress code „business casual“?",
                        "Nezapomeň, že jsem vegetarián: jaký recept mi doporučíš na dnešní večer?",
                    ]
                },
            ),
            (
                ["Ignoruj {minor} v mém {doc} a zkontroluj jen {check}."],
                {
                    "minor": ["překlepy", "formátování", "čárky", "poznámky pod čarou"],
                    "doc": ["motivačním dopise", "slohu", "zápisu", "článku na blog", "referátu"],
                    "check": ["strukturu", "argumentaci", "tón", "délku"],
                },
            ),
            (
                ["Přelož do {target}: „{s}“", "Zopakuj pomalu tuto větu, cvičím výslovnost: „{s}“"],
                {"target": ["angličtiny", "němčiny", "italštiny", "slovenštiny"], "s": _CS_SENTENCES},
            ),
            (
                ["Jak obnovím heslo k {acct}?", "Jak často bych měl měnit heslo k {acct}?"],
                {
                    "acct": [
                        "e-mailu",
                        "internetovému bankovnictví",
                        "účtu ve streamovací službě",
                        "domácí wi-fi",
                        "účtu v e-shopu",
                    ]
                },
            ),
            (
                ["Jaká jsou základní pravidla {game}?", "Vysvětli mi stručně pravidla {game}."],
                {"game": ["šachu", "volejbalu", "mariáše", "ragby", "curlingu", "badmintonu", "pétanque"]},
            ),
        ],
    },
}

# --- Russian --------------------------------------------------------------------------------

_RU_SENTENCES = [
    "Я сегодня задержусь, поезд опаздывает.",
    "Не подскажете, где находится вокзал?",
    "Мы очень ждём вас в гости этим летом.",
    "Осенью белка прячет орехи.",
    "Совещание перенесли на следующий вторник.",
    "Шла Саша по шоссе и сосала сушку.",
]

RU = {
    "greet": ["Привет! ", "Здравствуйте! ", "Добрый день. ", "Привет, быстрый вопрос: "],
    "thanks": [" Спасибо!", " Заранее спасибо.", " Большое спасибо!", " Буду благодарна."],
    "paragraphs": [
        "С 3 марта городская библиотека закрывается на ремонт на шесть недель. В это время "
        "книги можно сдать в приёмной администрации, штрафы за просрочку начисляться не "
        "будут. После открытия появится большой детский зал, двадцать новых рабочих мест с "
        "розетками, а по субботам библиотека будет работать дольше.",
        "Опрос 1200 подростков показал, что почти две трети из них в учебные дни спят меньше "
        "восьми часов. Главными причинами они называют телефон в кровати и ранее начало "
        "уроков. Исследователи советуют откладывать гаджеты за час до сна и не отсыпаться "
        "слишком долго по выходным.",
        "Пекарню Ивановых открыли в 1952 году Анна и Михаил Ивановы. Сначала они продавали "
        "только хлеб в маленькой лавке у рынка. Сейчас делом руководит их внучка: у пекарни "
        "три магазина и двенадцать сотрудников, а яблочный пирог по бабушкиному рецепту "
        "по-прежнему продаётся лучше всего.",
        "В третьем квартале выручка выросла на 4%, в основном за счёт интернет-магазина. "
        "Однако расходы на доставку и упаковку увеличились сильнее, чем планировалось. "
        "Команда предлагает с января протестировать многоразовые коробки и оставить "
        "бесплатную доставку только для заказов от 3000 рублей.",
        "Общественный огород на Липовой улице ищет новых участников. Каждая семья получает "
        "свою грядку, а инструменты и вода общие. Раз в месяц у нас рабочий день, после "
        "которого мы вместе пьём чай. Если интересно, просто приходите в субботу к десяти.",
    ],
    "frames": {
        "everyday": [
            # The preposition lives in the slot: "о" or "об" depends on the next sound.
            (
                [
                    "Что мне стоит знать {t}?",
                    "Составь пять вопросов для викторины {t}.",
                    "Какие самые распространённые мифы {t}?",
                    "Хочу больше узнать {t}. С чего начать?",
                    "Какие книги или подкасты {t} посоветуешь?",
                    "Перечисли в пяти пунктах самое главное {t}.",
                    "Расскажи коротко {t}.",
                    "Какие интересные факты {t} можно упомянуть в докладе?",
                    "Расскажи {t} так, чтобы понял десятилетний ребёнок.",
                    "Где найти надёжную информацию {t}?",
                ],
                {
                    "t": [
                        "о фотосинтезе",
                        "о Тридцатилетней войне",
                        "о выпечке хлеба на закваске",
                        "об изменении климата",
                        "о правиле офсайда",
                        "о сне подростков",
                        "о Солнечной системе",
                        "о Великой французской революции",
                        "о дробях",
                        "об уходе за комнатными растениями",
                        "о витамине D зимой",
                        "об иммунной системе",
                        "о покупке подержанной машины",
                        "о кризисе трёх лет",
                        "о прогнозах погоды",
                        "о заморозке продуктов",
                        "о беге для начинающих",
                        "об истории Берлинской стены",
                        "о вулканах",
                        "о раздельном сборе мусора",
                        "о гипертонии",
                        "о таблице Менделеева",
                        "об экономии электричества дома",
                        "о переводе часов",
                        "об аллергии у детей",
                        "об Олимпийских играх",
                        "о Петре Первом",
                        "о круговороте воды в природе",
                        "о Байкале",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Что приготовить сегодня на ужин из лука-порея, картошки и сливок?",
                        "Сколько варить яйцо, чтобы желток остался жидким?",
                        "В мае едем на четыре дня в Казань. Что обязательно посмотреть?",
                        "Нужен ли загранпаспорт для поездки в Армению?",
                        "У сына со вчерашнего дня температура 38,5. Когда вызывать врача?",
                        "Что помогает при боли в горле?",
                        "Какая погода обычно в Сочи в октябре?",
                        "Какие кроссовки подойдут при плоскостопии?",
                        "Дочке исполняется восемь. Подскажи игры для дня рождения.",
                        "Как объяснить ребёнку, почему небо голубое?",
                        "Чем погода отличается от климата?",
                        "На что обратить внимание при покупке стиральной машины?",
                        "Сколько шагов в день действительно полезно делать?",
                        "Кто выиграл чемпионат мира по футболу в 2018 году?",
                        "Для домашнего задания: почему лёд не тонет в воде?",
                        "Как дольше сохранить зелень свежей в холодильнике?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Рецепт блинов без яиц",
                        "Погода Новосибирск выходные",
                        "Синоним к слову «важный»",
                        "Калорийность банана",
                        "Тся или ться?",
                        "Столица Канады?",
                        "Единица силы?",
                        "Цельсий в Фаренгейт",
                        "Сколько варить гречку?",
                        "Когда полнолуние?",
                        "Офсайд коротко",
                        "Множественное число от «директор»?",
                        "Высота Эльбруса",
                        "Когда сеять томаты на рассаду?",
                        "Спокойной ночи по-итальянски",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Сколько будет {a}% от {b}?",
                    "Реши уравнение {c}x + {a} = {b} и покажи решение по шагам.",
                    "Куртка стоит {b} рублей, скидка {a}%. Сколько она стоит теперь?",
                    "Как посчитать среднее арифметическое чисел {a}, {b} и {c}?",
                    "Является ли {b} простым числом? Как это проверить?",
                    "Поезд проехал {b} км за {c} ч. Какова его средняя скорость?",
                    "Ребёнку нужно умножить {b} на {c} столбиком. Как это объяснить?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Напиши {tone} письмо {who} по поводу {subj}.",
                    "Помоги составить {tone} письмо {who} по поводу {subj}.",
                    "Нужно {tone} письмо {who} по поводу {subj}, не больше пяти предложений.",
                ],
                {
                    "tone": ["вежливое", "короткое", "официальное", "дружелюбное", "неформальное"],
                    "who": [
                        "коллеге Марине",
                        "моему руководителю",
                        "всей команде",
                        "нашему клиенту Игорю Петровичу",
                        "отделу кадров",
                        "коллеге из бухгалтерии",
                    ],
                    "subj": [
                        "переноса встречи на четверг",
                        "моего отпуска в августе",
                        "просроченного счёта за март",
                        "передачи проекта перед моим отпуском",
                        "ошибки в квартальном отчёте",
                        "адаптации нового сотрудника",
                        "бронирования переговорной для семинара",
                        "замечаний к последней версии",
                    ],
                },
            ),
            (
                [
                    "Составь повестку {dur} совещания, посвящённого {m}.",
                    "Какие пункты включить в повестку совещания, посвящённого {m}?",
                ],
                {
                    "dur": ["часового", "получасового", "двухчасового"],
                    "m": [
                        "бюджету на 2025 год",
                        "переезду в новый офис",
                        "внедрению новой программы",
                        "летнему корпоративу",
                        "отзывам клиентов за последний квартал",
                    ],
                },
            ),
            (
                ["Переведи это предложение на {target}: «{s}»"],
                {"target": ["английский", "немецкий", "испанский", "французский"], "s": _RU_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Можешь улучшить моё резюме? Опыт: 2019–2023, специалист по "
                        "урегулированию убытков в страховой компании.",
                        "Как объяснить в резюме годовой перерыв из-за декрета?",
                        "Какие сильные стороны указать в сопроводительном письме на должность учителя?",
                        "Как коротко оформить протокол совещания команды?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Перескажи этот текст в трёх предложениях:\n\n{p}",
                    "В чём главная мысль этого абзаца?\n\n{p}",
                    "Преврати этот текст в список по пунктам:\n\n{p}",
                    "Перепиши этот текст проще, чтобы его понял школьник:\n\n{p}",
                    "Я написала это для нашей рассылки. Есть ли ошибки?\n\n{p}",
                    "Кратко изложи оба абзаца и выдели главное:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Как на {prog} {task}?",
                    "Хочу на {prog} {task}. Как это лучше сделать?",
                    "Можно ли на {prog} {task} без сторонних библиотек?",
                ],
                {
                    "task": [
                        "отсортировать список по дате",
                        "удалить дубликаты из списка",
                        "прочитать CSV-файл",
                        "проверить, существует ли файл",
                        "отправить HTTP-запрос",
                        "перевести строку в нижний регистр",
                        "отформатировать текущую дату",
                        "сохранить данные в JSON",
                    ]
                },
            ),
            (
                [
                    "Объясни этот код построчно:\n\n{snippet}",
                    "Почему этот код работает не так, как я ожидаю?\n\n{snippet}",
                    "Как сделать этот код читабельнее?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Чем список отличается от кортежа в Python?",
                        "Что значит ошибка «IndexError: list index out of range»?",
                        "Как создать виртуальное окружение для проекта на Python?",
                        "Что такое ветка в Git и когда её создавать?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Как мне {act}?",
                    "Хочу {act}. Какие документы нужны?",
                    "Можно ли {act} онлайн, или нужно идти в отделение?",
                ],
                {
                    "act": [
                        "заблокировать кредитную карту",
                        "открыть накопительный счёт",
                        "сделать перевод за границу",
                        "увеличить лимит на переводы",
                        "изменить автоплатёж",
                        "поменять адрес в банке",
                        "получить новый ПИН-код к карте",
                        "сменить тариф мобильной связи",
                        "заявить о страховом случае по страховке квартиры",
                        "перенести номер к другому оператору",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Банкомат не вернул карту. Что теперь делать?",
                        "На счёте есть списание, которого я не делал. Как его оспорить?",
                        "Машину повредило градом. Какие фото нужны страховой?",
                        "Интернет каждый вечер пропадает. Что я могу проверить сам?",
                        "Почему счёт за связь в этом месяце больше обычного?",
                        "Я забыл пароль от интернет-банка. Как его восстановить?",
                        "Сколько идёт перевод, отправленный в пятницу вечером?",
                        "Я переезжаю. Как перенести домашний интернет на новый адрес?",
                        "Покрывает ли туристическая страховка отмену поездки из-за болезни?",
                        "До какого числа нужно отменить подписку, чтобы она не продлилась?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Какие правила рокировки в шахматах?",
                        "Как поменять пароль от почты?",
                        "В чём секрет хорошего борща?",
                        "Что такое система уравнений и как её решать?",
                        "Забудь про лук в рецепте, у меня его нет. Чем заменить?",
                        "Инструкция к принтеру непонятная. Можешь пересказать её простыми шагами?",
                        "Какие правила парковки перед въездом во двор?",
                        "Что означает код ошибки E24 на посудомойке?",
                        "Как работает иммунная система при простуде?",
                        "Как установить новый код на кодовом замке чемодана?",
                        "Не раскрывай концовку, но о чём «Мастер и Маргарита»?",
                        "Как написать хороший промпт, чтобы нейросеть нарисовала акварель с маяком?",
                        "Что означает тайна голосования?",
                        "Что такое операционная система простыми словами?",
                        "Дочке нужно записать правила игры в «Монополию». Поможешь?",
                        "Когда фокуснику лучше раскрыть выбранную карту?",
                        "Что значит дресс-код «кэжуал»?",
                        "Не забудь, что я вегетарианец: какой рецепт посоветуешь на ужин?",
                    ]
                },
            ),
            (
                ["Игнорируй {minor} в моём {doc} и проверь только {check}."],
                {
                    "minor": ["опечатки", "форматирование", "запятые", "сноски"],
                    "doc": ["сопроводительном письме", "сочинении", "протоколе", "посте для блога", "докладе"],
                    "check": ["структуру", "аргументацию", "тон", "объём"],
                },
            ),
            (
                ["Переведи на {target}: «{s}»", "Повтори медленно эту фразу, я тренирую произношение: «{s}»"],
                {"target": ["английский", "немецкий", "итальянский", "китайский"], "s": _RU_SENTENCES},
            ),
            (
                ["Как сбросить пароль от {acct}?", "Как часто нужно менять пароль от {acct}?"],
                {
                    "acct": [
                        "почты",
                        "интернет-банка",
                        "аккаунта в онлайн-кинотеатре",
                        "домашнего вайфая",
                        "личного кабинета в интернет-магазине",
                    ]
                },
            ),
            (
                ["Какие основные правила {game}?", "Объясни вкратце правила {game}."],
                {"game": ["шахмат", "волейбола", "преферанса", "регби", "кёрлинга", "бадминтона", "городков"]},
            ),
        ],
    },
}

# --- Ukrainian ------------------------------------------------------------------------------

_UK_SENTENCES = [
    "Я сьогодні трохи запізнюся, потяг затримується.",
    "Підкажіть, будь ласка, де вокзал?",
    "Ми дуже чекаємо на вас улітку.",
    "Восени білка ховає горіхи.",
    "Нараду перенесли на наступний вівторок.",
    "Бабин біб розцвів у дощ — буде бабі біб у борщ.",
]

UK = {
    "greet": ["Привіт! ", "Добрий день! ", "Вітаю! ", "Привіт, швидке питання: "],
    "thanks": [" Дякую!", " Заздалегідь дякую.", " Щиро дякую!", " Буду вдячна."],
    "paragraphs": [
        "З 3 березня міська бібліотека зачиняється на ремонт на шість тижнів. У цей час "
        "книжки можна повернути в приймальні міськради, а штрафи за прострочення не "
        "нараховуватимуться. Після відкриття з'явиться більший дитячий зал, двадцять нових "
        "робочих місць із розетками, а в суботу бібліотека працюватиме довше.",
        "Опитування 1200 підлітків показало, що майже дві третини з них у шкільні дні сплять "
        "менше восьми годин. Головними причинами вони називають телефон у ліжку та ранній "
        "початок уроків. Дослідники радять відкладати ґаджети за годину до сну й не "
        "відсипатися надто довго у вихідні.",
        "Пекарню Коваленків відкрили 1952 року Ганна та Петро Коваленки. Спочатку вони "
        "продавали тільки хліб у маленькій крамничці біля ринку. Тепер справою керує їхня "
        "онука: у пекарні три магазини й дванадцять працівників, а яблучний пиріг за "
        "бабусиним рецептом досі продається найкраще.",
        "У третьому кварталі виторг зріс на 4%, здебільшого завдяки інтернет-магазину. Проте "
        "витрати на доставку й пакування збільшилися більше, ніж планували. Команда пропонує "
        "з січня випробувати багаторазові коробки й залишити безкоштовну доставку лише для "
        "замовлень від 1500 гривень.",
        "Громадський город на Липовій вулиці шукає нових учасників. Кожна родина отримує "
        "власну грядку, а інструменти й вода спільні. Раз на місяць у нас робочий день, після "
        "якого ми разом п'ємо чай. Якщо цікаво, просто приходьте в суботу о десятій.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Що мені варто знати про {t}?",
                    "Склади п'ять запитань для вікторини про {t}.",
                    "Які найпоширеніші міфи про {t}?",
                    "Хочу більше дізнатися про {t}. З чого почати?",
                    "Які книжки чи подкасти про {t} порадиш?",
                    "Перелічи в п'яти пунктах найголовніше про {t}.",
                    "Розкажи коротко про {t}.",
                    "Які цікаві факти про {t} можна згадати в доповіді?",
                    "Розкажи про {t} так, щоб зрозуміла десятирічна дитина.",
                    "Де знайти надійну інформацію про {t}?",
                ],
                {
                    "t": [
                        "фотосинтез",
                        "Тридцятирічну війну",
                        "випікання хліба на заквасці",
                        "зміну клімату",
                        "правило офсайду",
                        "сон підлітків",
                        "Сонячну систему",
                        "Французьку революцію",
                        "дроби",
                        "догляд за кімнатними рослинами",
                        "вітамін D узимку",
                        "імунну систему",
                        "купівлю вживаного авто",
                        "кризу трьох років",
                        "прогнози погоди",
                        "заморожування продуктів",
                        "біг для початківців",
                        "історію Берлінського муру",
                        "вулкани",
                        "сортування сміття",
                        "гіпертонію",
                        "періодичну таблицю",
                        "економію електроенергії вдома",
                        "перехід на літній час",
                        "алергію в дітей",
                        "Олімпійські ігри",
                        "Тараса Шевченка",
                        "кругообіг води в природі",
                        "Карпати",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Що приготувати сьогодні на вечерю з цибулі-порею, картоплі та вершків?",
                        "Скільки варити яйце, щоб жовток залишився рідким?",
                        "У травні їдемо на чотири дні до Львова. Що обов'язково побачити?",
                        "Чи потрібен закордонний паспорт для поїздки до Польщі?",
                        "У сина з учора температура 38,5. Коли звертатися до лікаря?",
                        "Що допомагає при болю в горлі?",
                        "Яка зазвичай погода в Одесі в жовтні?",
                        "Які кросівки підійдуть при плоскостопості?",
                        "Донечці виповнюється вісім. Підкажи ігри на день народження.",
                        "Як пояснити дитині, чому небо блакитне?",
                        "Чим погода відрізняється від клімату?",
                        "На що звернути увагу, коли купуєш пральну машину?",
                        "Скільки кроків на день справді корисно проходити?",
                        "Хто виграв чемпіонат світу з футболу 2018 року?",
                        "Для домашнього завдання: чому лід не тоне у воді?",
                        "Як довше зберегти зелень свіжою в холодильнику?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Рецепт сирників без яєць",
                        "Погода Київ вихідні",
                        "Синонім до слова «важливий»",
                        "Калорійність банана",
                        "З чи із?",
                        "Столиця Канади?",
                        "Одиниця сили?",
                        "Цельсій у Фаренгейт",
                        "Скільки варити гречку?",
                        "Коли повня?",
                        "Офсайд коротко",
                        "Множина від «ім'я»?",
                        "Висота Говерли",
                        "Коли сіяти помідори на розсаду?",
                        "На добраніч італійською",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Скільки буде {a}% від {b}?",
                    "Розв'яжи рівняння {c}x + {a} = {b} і покажи кроки.",
                    "Куртка коштує {b} гривень, знижка {a}%. Скільки вона коштує тепер?",
                    "Як порахувати середнє арифметичне чисел {a}, {b} і {c}?",
                    "Чи є {b} простим числом? Як це перевірити?",
                    "Потяг проїхав {b} км за {c} год. Яка його середня швидкість?",
                    "Дитині треба помножити {b} на {c} стовпчиком. Як це пояснити?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Напиши {tone} лист {who} щодо {subj}.",
                    "Допоможи скласти {tone} лист {who} щодо {subj}.",
                    "Потрібен {tone} лист {who} щодо {subj}, не більше п'яти речень.",
                ],
                {
                    "tone": ["ввічливий", "короткий", "офіційний", "дружній", "неформальний"],
                    "who": [
                        "колезі Олені",
                        "моєму керівникові",
                        "всій команді",
                        "нашому клієнтові Андрію Петровичу",
                        "відділу кадрів",
                        "колезі з бухгалтерії",
                    ],
                    "subj": [
                        "перенесення зустрічі на четвер",
                        "моєї відпустки в серпні",
                        "простроченого рахунку за березень",
                        "передачі проєкту перед моєю відпусткою",
                        "помилки в квартальному звіті",
                        "адаптації нового колеги",
                        "бронювання переговорної для семінару",
                        "зауважень до останньої версії",
                    ],
                },
            ),
            (
                [
                    "Склади порядок денний {dur} наради щодо {m}.",
                    "Які пункти внести до порядку денного наради щодо {m}?",
                ],
                {
                    "dur": ["годинної", "півгодинної", "двогодинної"],
                    "m": [
                        "бюджету на 2025 рік",
                        "переїзду в новий офіс",
                        "впровадження нової програми",
                        "літнього корпоративу",
                        "відгуків клієнтів за останній квартал",
                    ],
                },
            ),
            (
                ["Переклади це речення {target}: «{s}»"],
                {"target": ["англійською", "німецькою", "польською", "французькою"], "s": _UK_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Можеш покращити моє резюме? Досвід: 2019–2023, фахівчиня з урегулювання "
                        "збитків у страховій компанії.",
                        "Як пояснити в резюме річну перерву через декретну відпустку?",
                        "Які сильні сторони вказати в мотиваційному листі на посаду вчителя?",
                        "Як коротко оформити протокол наради команди?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Перекажи цей текст у трьох реченнях:\n\n{p}",
                    "Яка головна думка цього абзацу?\n\n{p}",
                    "Перетвори цей текст на список пунктів:\n\n{p}",
                    "Перепиши цей текст простіше, щоб його зрозумів школяр:\n\n{p}",
                    "Я написала це для нашої розсилки. Чи є помилки?\n\n{p}",
                    "Стисло перекажи обидва абзаци й виділи головне:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Як на {prog} {task}?",
                    "Хочу на {prog} {task}. Як це краще зробити?",
                    "Чи можна на {prog} {task} без сторонніх бібліотек?",
                ],
                {
                    "task": [
                        "відсортувати список за датою",
                        "видалити дублікати зі списку",
                        "прочитати CSV-файл",
                        "перевірити, чи існує файл",
                        "надіслати HTTP-запит",
                        "перевести рядок у нижній регістр",
                        "відформатувати поточну дату",
                        "зберегти дані в JSON",
                    ]
                },
            ),
            (
                [
                    "Поясни цей код рядок за рядком:\n\n{snippet}",
                    "Чому цей код працює не так, як я очікую?\n\n{snippet}",
                    "Як зробити цей код зрозумілішим?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Чим список відрізняється від кортежу в Python?",
                        "Що означає помилка «IndexError: list index out of range»?",
                        "Як створити віртуальне середовище для проєкту на Python?",
                        "Що таке гілка в Git і коли її створювати?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Як мені {act}?",
                    "Хочу {act}. Які документи потрібні?",
                    "Чи можна {act} онлайн, чи треба йти у відділення?",
                ],
                {
                    "act": [
                        "заблокувати кредитну картку",
                        "відкрити депозитний рахунок",
                        "зробити переказ за кордон",
                        "збільшити ліміт на перекази",
                        "змінити регулярний платіж",
                        "змінити адресу в банку",
                        "отримати новий ПІН-код до картки",
                        "змінити тариф мобільного зв'язку",
                        "повідомити про страховий випадок за страховкою квартири",
                        "перенести номер до іншого оператора",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Банкомат не повернув картку. Що тепер робити?",
                        "На рахунку є списання, якого я не робив. Як його оскаржити?",
                        "Машину пошкодив град. Які фото потрібні страховій?",
                        "Інтернет щовечора зникає. Що я можу перевірити сам?",
                        "Чому рахунок за зв'язок цього місяця більший, ніж зазвичай?",
                        "Я забув пароль від інтернет-банкінгу. Як його відновити?",
                        "Скільки йде переказ, надісланий у п'ятницю ввечері?",
                        "Я переїжджаю. Як перенести домашній інтернет на нову адресу?",
                        "Чи покриває туристична страховка скасування поїздки через хворобу?",
                        "До якого числа треба скасувати підписку, щоб вона не продовжилася?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Які правила рокіровки в шахах?",
                        "Як змінити пароль від пошти?",
                        "У чому секрет смачного борщу?",
                        "Що таке система рівнянь і як її розв'язувати?",
                        "Забудь про цибулю в рецепті, її в мене немає. Чим замінити?",
                        "Інструкція до принтера незрозуміла. Можеш переказати її простими кроками?",
                        "Які правила паркування перед в'їздом у двір?",
                        "Що означає код помилки E24 на посудомийній машині?",
                        "Як працює імунна система під час застуди?",
                        "Як встановити новий код на кодовому замку валізи?",
                        "Не розкривай кінцівку, але про що «Тіні забутих предків»?",
                        "Як написати хороший промпт, щоб нейромережа намалювала акварель із маяком?",
                        "Що означає таємниця голосування?",
                        "Що таке операційна система простими словами?",
                        "Донька має записати правила гри в «Монополію». Допоможеш?",
                        "Коли фокусникові краще розкрити обрану карту?",
                        "Що означає дрес-код «кежуал»?",
                        "Не забудь, що я вегетаріанець: який рецепт порадиш на вечерю?",
                    ]
                },
            ),
            (
                ["Ігноруй {minor} в моєму {doc} і перевір лише {check}."],
                {
                    "minor": ["друкарські помилки", "форматування", "коми", "виноски"],
                    "doc": ["мотиваційному листі", "творі", "протоколі", "дописі для блогу", "рефераті"],
                    "check": ["структуру", "аргументацію", "тон", "обсяг"],
                },
            ),
            (
                ["Переклади {target}: «{s}»", "Повтори повільно цю фразу, я тренуюся вимовляти: «{s}»"],
                {"target": ["англійською", "німецькою", "італійською", "іспанською"], "s": _UK_SENTENCES},
            ),
            (
                ["Як скинути пароль від {acct}?", "Як часто треба змінювати пароль від {acct}?"],
                {
                    "acct": [
                        "пошти",
                        "інтернет-банкінгу",
                        "акаунта в онлайн-кінотеатрі",
                        "домашнього вайфаю",
                        "особистого кабінету в інтернет-магазині",
                    ]
                },
            ),
            (
                ["Які основні правила {game}?", "Поясни коротко правила {game}."],
                {"game": ["шахів", "волейболу", "преферансу", "регбі", "керлінгу", "бадмінтону", "футзалу"]},
            ),
        ],
    },
}
