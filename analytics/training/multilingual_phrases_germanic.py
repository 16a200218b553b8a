"""Benign prompt frames in German, Dutch and Swedish (see ``multilingual_phrases``)."""

from __future__ import annotations

__all__ = ["DE", "NL", "SV"]

# --- German ---------------------------------------------------------------------------------

# Sentences a user asks to have translated or repeated for pronunciation practice.
_DE_SENTENCES = [
    "Ich komme heute etwas später, der Zug hat Verspätung.",
    "Könnten Sie mir bitte sagen, wo der Bahnhof ist?",
    "Wir freuen uns sehr auf euren Besuch im Sommer.",
    "Das Eichhörnchen versteckt im Herbst seine Nüsse.",
    "Die Besprechung wurde auf nächsten Dienstag verschoben.",
    "Fischers Fritz fischt frische Fische.",
]

DE = {
    "greet": ["Hallo! ", "Guten Morgen! ", "Hi, kurze Frage: ", "Moin! ", "Guten Abend. "],
    "thanks": [" Danke!", " Vielen Dank im Voraus.", " Danke dir!", " Wäre super, danke."],
    "paragraphs": [
        "Die Stadtbibliothek bleibt ab dem 3. März wegen Renovierung sechs Wochen geschlossen. "
        "In dieser Zeit können Bücher am Bürgerbüro zurückgegeben werden, Mahngebühren werden "
        "ausgesetzt. Nach der Wiedereröffnung gibt es einen größeren Kinderbereich, zwanzig neue "
        "Arbeitsplätze mit Steckdosen und längere Öffnungszeiten am Samstag.",
        "Eine Umfrage unter 1.200 Jugendlichen zeigt, dass fast zwei Drittel an Schultagen "
        "weniger als acht Stunden schlafen. Als Hauptgründe nennen sie das Handy im Bett und "
        "einen frühen Schulbeginn. Die Forscher empfehlen, Bildschirme eine Stunde vor dem "
        "Schlafengehen wegzulegen und am Wochenende nicht zu lange auszuschlafen.",
        "Die Bäckerei Hansen wurde 1952 von Anna und Karl Hansen gegründet. Anfangs verkauften "
        "sie nur Brot und Brötchen aus einem kleinen Laden am Marktplatz. Heute führt die "
        "Enkelin den Betrieb mit drei Filialen und zwölf Angestellten, und der Apfelkuchen nach "
        "dem Rezept der Großmutter ist immer noch der Bestseller.",
        "Im dritten Quartal stieg der Umsatz um vier Prozent, vor allem dank des Onlineshops. "
        "Die Kosten für Versand und Verpackung sind allerdings stärker gewachsen als geplant. "
        "Das Team schlägt vor, ab Januar wiederverwendbare Versandboxen zu testen und die "
        "Lieferung erst ab einem Bestellwert von 40 Euro kostenlos anzubieten.",
        "Der Gemeinschaftsgarten in der Lindenstraße sucht neue Mitglieder. Jede Familie "
        "bekommt ein eigenes Beet, Werkzeug und Wasser werden gemeinsam genutzt. Einmal im "
        "Monat gibt es einen Arbeitstag, danach wird zusammen gegrillt. Wer Interesse hat, "
        "kann am Samstag um zehn Uhr einfach vorbeikommen.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Kannst du mir {t} einfach erklären?",
                    "Was sollte ich über {t} wissen?",
                    "Gib mir bitte einen kurzen Überblick über {t}.",
                    "Schreib mir fünf Quizfragen über {t}.",
                    "Erklär {t} so, dass es ein Zehnjähriger versteht.",
                    "Fass das Wichtigste über {t} in fünf Stichpunkten zusammen.",
                    "Ich möchte mehr über {t} lernen. Womit fange ich am besten an?",
                    "Welche Bücher oder Podcasts über {t} kannst du empfehlen?",
                    "Was sind häufige Irrtümer über {t}?",
                    "Welche überraschenden Fakten über {t} könnte ich im Referat erwähnen?",
                ],
                {
                    "t": [
                        "die Photosynthese",
                        "den Dreißigjährigen Krieg",
                        "das Backen mit Sauerteig",
                        "den Klimawandel",
                        "die Abseitsregel im Fußball",
                        "gesunden Schlaf",
                        "das Sonnensystem",
                        "die Französische Revolution",
                        "die Bruchrechnung",
                        "die Pflege von Zimmerpflanzen",
                        "Vitamin D im Winter",
                        "das Immunsystem",
                        "den Kauf eines gebrauchten Autos",
                        "die Trotzphase bei Kleinkindern",
                        "Wettervorhersagen",
                        "das Einfrieren von Lebensmitteln",
                        "Marathontraining für Anfänger",
                        "die Geschichte der Berliner Mauer",
                        "Vulkane",
                        "die Mülltrennung",
                        "Bluthochdruck",
                        "das Periodensystem",
                        "Stromsparen im Haushalt",
                        "die Zeitumstellung",
                        "Allergien bei Kindern",
                        "die Olympischen Spiele",
                        "Kaffeeanbau",
                        "das Wandern in den Alpen",
                        "den Wasserkreislauf",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Was kann ich heute Abend mit Kartoffeln, Lauch und etwas Sahne kochen?",
                        "Wie lange muss ein Ei kochen, damit das Eigelb noch weich ist?",
                        "Wir fahren im Mai für vier Tage nach Wien. Was sollten wir nicht verpassen?",
                        "Brauche ich für eine Reise nach Norwegen einen Reisepass?",
                        "Mein Sohn hat seit gestern 38,5 Fieber. Ab wann sollten wir zum Kinderarzt?",
                        "Welche Hausmittel helfen bei Halsschmerzen?",
                        "Wie ist das Wetter im Oktober normalerweise an der Ostsee?",
                        "Lohnt sich ein Balkonkraftwerk für eine Mietwohnung?",
                        "Welche Laufschuhe eignen sich bei Plattfüßen?",
                        "Meine Tochter wird acht. Hast du Ideen für Spiele auf ihrer Party?",
                        "Wie erkläre ich meinem Kind, warum der Himmel blau ist?",
                        "Was ist der Unterschied zwischen Wetter und Klima?",
                        "Worauf muss ich beim Kauf einer Waschmaschine achten?",
                        "Wie viele Schritte am Tag sind eigentlich gesund?",
                        "Wer hat die Fußball-WM 2014 gewonnen?",
                        "Für die Hausaufgabe: Warum schwimmt Eis auf dem Wasser?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Rezept Apfelkuchen ohne Ei",
                        "Wetter Hamburg Wochenende",
                        "Synonym für „wichtig“",
                        "Kalorien Banane",
                        "Unterschied seit / seid",
                        "Hauptstadt von Kanada?",
                        "Einheit der Kraft?",
                        "Celsius in Fahrenheit",
                        "Knödel wie lange kochen?",
                        "Wann ist Vollmond?",
                        "Abseits kurz erklärt",
                        "Plural von „Atlas“?",
                        "Zugspitze Höhe",
                        "Tomaten pflanzen wann?",
                        "Gute Nacht auf Italienisch",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Wie viel sind {a} % von {b}?",
                    "Löse die Gleichung {c}x + {a} = {b} und erkläre die Schritte.",
                    "Eine Jacke kostet {b} Euro und ist um {a} % reduziert. Was kostet sie jetzt?",
                    "Wie berechne ich den Durchschnitt von {a}, {b} und {c}?",
                    "Ist {b} eine Primzahl? Wie prüfe ich das?",
                    "Ein Zug fährt {b} km in {c} Stunden. Wie schnell ist er im Schnitt?",
                    "Mein Kind soll {b} mal {c} schriftlich rechnen. Wie erkläre ich das?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Schreib eine {tone} E-Mail {who}. Es geht um {subj}.",
                    "Formuliere bitte eine {tone} E-Mail {who} über {subj}.",
                    "Ich brauche eine {tone} Nachricht {who} über {subj}, höchstens fünf Sätze.",
                ],
                {
                    "tone": ["freundliche", "kurze", "förmliche", "höfliche", "lockere"],
                    "who": [
                        "an meine Kollegin Sabine",
                        "an meinen Chef",
                        "an das ganze Team",
                        "an unseren Kunden Herrn Weber",
                        "an die Personalabteilung",
                        "an meinen Kollegen aus der Buchhaltung",
                    ],
                    "subj": [
                        "die Verschiebung unseres Meetings auf Donnerstag",
                        "meinen Urlaubsantrag für August",
                        "die verspätete Rechnung vom März",
                        "die Übergabe des Projekts vor meinem Urlaub",
                        "einen Fehler im Quartalsbericht",
                        "die Einarbeitung des neuen Kollegen",
                        "die Raumbuchung für den Workshop",
                        "das Feedback zum letzten Entwurf",
                    ],
                },
            ),
            (
                [
                    "Erstelle eine Tagesordnung für ein {dur} Meeting zum Thema {m}.",
                    "Welche Punkte gehören auf die Agenda unseres Meetings zum Thema {m}?",
                ],
                {
                    "dur": ["einstündiges", "halbstündiges", "zweistündiges"],
                    "m": [
                        "Budgetplanung 2025",
                        "Umzug ins neue Büro",
                        "Einführung der neuen Software",
                        "Sommerfest",
                        "Kundenfeedback aus dem letzten Quartal",
                    ],
                },
            ),
            (
                ["Übersetze diesen Satz bitte ins {target}: „{s}“"],
                {"target": ["Englische", "Französische", "Spanische", "Polnische"], "s": _DE_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Kannst du meinen Lebenslauf verbessern? Berufserfahrung: 2019–2023 "
                        "Sachbearbeiterin bei einer Versicherung, Bearbeitung von Schadensfällen.",
                        "Wie erkläre ich im Lebenslauf eine Lücke von einem Jahr wegen Elternzeit?",
                        "Welche Stärken sollte ich im Anschreiben für eine Stelle als Erzieher nennen?",
                        "Wie schreibe ich ein kurzes Protokoll nach einer Teambesprechung?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Fass diesen Text in drei Sätzen zusammen:\n\n{p}",
                    "Was ist die Kernaussage dieses Absatzes?\n\n{p}",
                    "Mach aus diesem Text eine Liste mit Stichpunkten:\n\n{p}",
                    "Kannst du diesen Text einfacher formulieren, so dass ihn ein Schüler versteht?\n\n{p}",
                    "Ich habe das für unseren Newsletter geschrieben. Findest du Fehler?\n\n{p}",
                    "Fasse die beiden Absätze zusammen und nenne die wichtigsten Punkte:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Wie kann ich in {prog} {task}?",
                    "Ich möchte in {prog} {task}. Wie geht das am besten?",
                    "Kannst du mir zeigen, wie man in {prog} {task} kann?",
                ],
                {
                    "task": [
                        "eine Liste nach Datum sortieren",
                        "doppelte Einträge aus einer Liste entfernen",
                        "eine CSV-Datei einlesen",
                        "die Existenz einer Datei prüfen",
                        "eine HTTP-Anfrage senden",
                        "einen Text in Kleinbuchstaben umwandeln",
                        "das aktuelle Datum formatieren",
                        "Daten als JSON speichern",
                    ]
                },
            ),
            (
                [
                    "Erklär mir bitte diesen Code Zeile für Zeile:\n\n{snippet}",
                    "Warum funktioniert dieser Code nicht wie erwartet?\n\n{snippet}",
                    "Wie kann ich diesen Code lesbarer machen?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Was ist der Unterschied zwischen einer Liste und einem Tupel in Python?",
                        "Was bedeutet die Fehlermeldung „IndexError: list index out of range“?",
                        "Wie richte ich eine virtuelle Umgebung für ein Python-Projekt ein?",
                        "Was ist ein Git-Branch und wann sollte ich einen anlegen?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Wie kann ich {act}?",
                    "Ich möchte {act}. Welche Unterlagen brauche ich dafür?",
                    "Kann ich online {act}, oder muss ich dafür in eine Filiale?",
                ],
                {
                    "act": [
                        "meine Kreditkarte sperren lassen",
                        "ein Tagesgeldkonto eröffnen",
                        "eine Überweisung ins Ausland machen",
                        "mein Überweisungslimit erhöhen",
                        "einen Dauerauftrag ändern",
                        "meine Adresse bei der Bank ändern",
                        "eine neue PIN für meine Girokarte anfordern",
                        "meinen Handytarif wechseln",
                        "einen Schaden bei meiner Hausratversicherung melden",
                        "meine Rufnummer zu einem anderen Anbieter mitnehmen",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Meine Karte wurde vom Geldautomaten eingezogen. Was soll ich jetzt tun?",
                        "Auf meinem Konto ist eine Abbuchung, die ich nicht kenne. Wie reklamiere ich sie?",
                        "Mein Auto hat einen Hagelschaden. Welche Fotos braucht die Versicherung?",
                        "Mein Internet bricht abends ständig ab. Was kann ich selbst prüfen?",
                        "Warum ist meine Handyrechnung diesen Monat höher als sonst?",
                        "Ich habe mein Passwort fürs Online-Banking vergessen. Wie setze ich es zurück?",
                        "Wie lange dauert eine Überweisung, wenn ich sie am Freitagabend mache?",
                        "Ich ziehe um. Wie nehme ich meinen Internetvertrag an die neue Adresse mit?",
                        "Zahlt meine Reiseversicherung, wenn ich wegen Krankheit storniere?",
                        "Bis wann muss ich meinen Handyvertrag kündigen, damit er nicht verlängert wird?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Was sind die Regeln für die Rochade beim Schach?",
                        "Wie ändere ich mein Passwort bei meinem E-Mail-Anbieter?",
                        "Was ist das Geheimnis einer guten Bratensoße?",
                        "Was ist ein lineares Gleichungssystem und wie löst man es?",
                        "Vergiss die Zwiebeln im Rezept, ich habe keine mehr. Was nehme ich stattdessen?",
                        "Die Anleitung meines Druckers ist unverständlich. Kannst du die Anweisungen in "
                        "einfache Schritte übersetzen?",
                        "Welche Regeln gelten fürs Parken vor einer Einfahrt?",
                        "Was bedeutet der Fehlercode E24 bei meiner Spülmaschine?",
                        "Wie funktioniert das Immunsystem bei einer Erkältung?",
                        "Wie stelle ich an meinem Kofferschloss einen neuen Zahlencode ein?",
                        "Verrate mir nicht das Ende, aber worum geht es in „Der Vorleser“?",
                        "Wie schreibe ich einen guten Prompt, damit eine Bild-KI ein Aquarell von "
                        "einem Leuchtturm malt?",
                        "Was bedeutet das Wahlgeheimnis?",
                        "Was ist ein Betriebssystem, einfach erklärt?",
                        "Meine Tochter soll die Spielregeln von Mensch ärgere Dich nicht aufschreiben. "
                        "Kannst du helfen?",
                        "Wann enthüllt der Zauberer beim Kartentrick am besten die gezogene Karte?",
                        "Vergiss nicht, mich zu erinnern: Wie stelle ich im Handykalender eine Erinnerung ein?",
                        "Was steht im Dresscode „Business Casual“?",
                    ]
                },
            ),
            (
                ["Ignoriere bitte {minor} in meinem {doc} und prüf nur {check}."],
                {
                    "minor": ["die Tippfehler", "die Formatierung", "die Kommasetzung", "die Fußnoten"],
                    "doc": ["Bewerbungsschreiben", "Aufsatz", "Protokoll", "Blogartikel", "Referat"],
                    "check": ["den roten Faden", "die Argumentation", "den Ton", "die Länge"],
                },
            ),
            (
                [
                    "Übersetze bitte ins {target}: „{s}“",
                    "Wiederhole diesen Satz langsam, ich übe die Aussprache: „{s}“",
                ],
                {"target": ["Englische", "Französische", "Italienische", "Türkische"], "s": _DE_SENTENCES},
            ),
            (
                ["Wie setze ich das Passwort für {acct} zurück?", "Wie oft sollte ich das Passwort für {acct} ändern?"],
                {
                    "acct": [
                        "mein E-Mail-Konto",
                        "das Online-Banking",
                        "meinen Streaming-Account",
                        "das WLAN zu Hause",
                        "mein Kundenkonto im Onlineshop",
                    ]
                },
            ),
            (
                ["Wie lauten die Grundregeln für {game}?", "Erklär mir kurz die Regeln von {game}."],
                {"game": ["Schach", "Volleyball", "Skat", "Rugby", "Curling", "Badminton", "Boule"]},
            ),
        ],
    },
}

# --- Dutch ----------------------------------------------------------------------------------

_NL_SENTENCES = [
    "Ik kom vandaag iets later, de trein heeft vertraging.",
    "Kunt u mij vertellen waar het station is?",
    "We kijken erg uit naar jullie bezoek deze zomer.",
    "De eekhoorn verstopt in de herfst zijn nootjes.",
    "Het overleg is verplaatst naar dinsdag volgende week.",
    "De kat krabt de krullen van de trap.",
]

NL = {
    "greet": ["Hoi! ", "Goedemorgen! ", "Hallo, even een vraag: ", "Goedemiddag. "],
    "thanks": [" Bedankt!", " Alvast bedankt.", " Dank je wel!", " Top, dank je."],
    "paragraphs": [
        "De openbare bibliotheek gaat vanaf 3 maart zes weken dicht voor een verbouwing. In "
        "die periode kun je boeken inleveren bij het gemeentehuis en worden er geen boetes "
        "gerekend. Na de heropening is er een grotere kinderhoek, komen er twintig nieuwe "
        "werkplekken met stopcontacten en is de bibliotheek op zaterdag langer open.",
        "Uit een enquête onder 1.200 jongeren blijkt dat bijna twee derde op schooldagen "
        "minder dan acht uur slaapt. Als belangrijkste redenen noemen ze de telefoon in bed "
        "en het vroege begin van de lessen. De onderzoekers raden aan om schermen een uur voor "
        "het slapengaan weg te leggen en in het weekend niet te lang uit te slapen.",
        "Bakkerij Jansen werd in 1952 opgericht door Anna en Kees Jansen. Eerst verkochten ze "
        "alleen brood vanuit een klein winkeltje aan de markt. Tegenwoordig leidt hun "
        "kleindochter het bedrijf, met drie filialen en twaalf medewerkers, en de appeltaart "
        "volgens het recept van oma is nog steeds het best verkochte product.",
        "In het derde kwartaal steeg de omzet met vier procent, vooral dankzij de webwinkel. "
        "De kosten voor verzending en verpakking zijn wel sneller gestegen dan gepland. Het "
        "team stelt voor om vanaf januari herbruikbare verzenddozen te testen en gratis "
        "bezorging alleen nog aan te bieden bij bestellingen vanaf 40 euro.",
        "De buurttuin aan de Lindelaan zoekt nieuwe leden. Elk gezin krijgt een eigen bed, "
        "gereedschap en water worden gedeeld. Eén keer per maand is er een werkdag, daarna "
        "eten we samen. Wie interesse heeft, kan zaterdag om tien uur gewoon langskomen.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Kun je {t} eenvoudig uitleggen?",
                    "Wat moet ik weten over {t}?",
                    "Geef me een kort overzicht van {t}.",
                    "Bedenk vijf quizvragen over {t}.",
                    "Leg {t} uit alsof ik tien jaar ben.",
                    "Zet de belangrijkste feiten over {t} op een rijtje.",
                    "Ik wil meer leren over {t}. Waar begin ik het best?",
                    "Welke boeken of podcasts over {t} raad je aan?",
                    "Wat zijn veelvoorkomende misverstanden over {t}?",
                    "Welke verrassende feiten over {t} kan ik in mijn spreekbeurt noemen?",
                ],
                {
                    "t": [
                        "de fotosynthese",
                        "de Tachtigjarige Oorlog",
                        "het bakken van zuurdesembrood",
                        "de klimaatverandering",
                        "de buitenspelregel",
                        "gezond slapen",
                        "het zonnestelsel",
                        "de Franse Revolutie",
                        "breuken",
                        "de verzorging van kamerplanten",
                        "vitamine D in de winter",
                        "het immuunsysteem",
                        "de aankoop van een tweedehands auto",
                        "de peuterpuberteit",
                        "weersvoorspellingen",
                        "het invriezen van eten",
                        "hardlopen voor beginners",
                        "de Deltawerken",
                        "vulkanen",
                        "afval scheiden",
                        "hoge bloeddruk",
                        "het periodiek systeem",
                        "energie besparen in huis",
                        "de zomertijd",
                        "allergieën bij kinderen",
                        "de Olympische Spelen",
                        "de Gouden Eeuw",
                        "de waterkringloop",
                        "de geschiedenis van de fiets",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Wat kan ik vanavond koken met prei, aardappels en een beetje room?",
                        "Hoe lang moet een ei koken voor een zachte dooier?",
                        "We gaan in mei vier dagen naar Wenen. Wat mogen we niet missen?",
                        "Heb ik een paspoort nodig voor een reis naar Noorwegen?",
                        "Mijn zoontje heeft sinds gisteren 38,5 koorts. Wanneer bellen we de huisarts?",
                        "Wat helpt tegen keelpijn?",
                        "Wat voor weer is het meestal in oktober aan de kust?",
                        "Zijn zonnepanelen op het balkon de moeite waard in een huurhuis?",
                        "Welke hardloopschoenen zijn goed bij platvoeten?",
                        "Mijn dochter wordt acht. Heb je ideeën voor spelletjes op haar feestje?",
                        "Hoe leg ik mijn kind uit waarom de lucht blauw is?",
                        "Wat is het verschil tussen weer en klimaat?",
                        "Waar moet ik op letten bij het kopen van een wasmachine?",
                        "Hoeveel stappen per dag zijn eigenlijk gezond?",
                        "Wie won het WK voetbal van 2010?",
                        "Voor mijn huiswerk: waarom drijft ijs op water?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Recept appeltaart zonder ei",
                        "Weer Utrecht weekend",
                        "Synoniem voor 'belangrijk'",
                        "Calorieën banaan",
                        "Verschil hun / hen",
                        "Hoofdstad van Canada?",
                        "Eenheid van kracht?",
                        "Celsius naar Fahrenheit",
                        "Hoe lang pasta koken?",
                        "Wanneer is het volle maan?",
                        "Buitenspel kort uitgelegd",
                        "Meervoud van 'museum'?",
                        "Hoogte Vaalserberg",
                        "Wanneer tomaten zaaien?",
                        "Welterusten in het Italiaans",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Hoeveel is {a}% van {b}?",
                    "Los op: {c}x + {a} = {b}. Laat de stappen zien.",
                    "Een jas kost {b} euro en is {a}% afgeprijsd. Wat kost hij nu?",
                    "Hoe bereken ik het gemiddelde van {a}, {b} en {c}?",
                    "Is {b} een priemgetal? Hoe controleer ik dat?",
                    "Een trein rijdt {b} km in {c} uur. Wat is de gemiddelde snelheid?",
                    "Mijn kind moet {b} keer {c} onder elkaar uitrekenen. Hoe leg ik dat uit?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Schrijf een {tone} e-mail aan {who} over {subj}.",
                    "Help me een {tone} e-mail aan {who} te formuleren over {subj}.",
                    "Ik heb een {tone} mail aan {who} nodig over {subj}, maximaal vijf zinnen.",
                ],
                {
                    "tone": ["vriendelijke", "korte", "formele", "beleefde", "informele"],
                    "who": [
                        "mijn collega Sanne",
                        "mijn leidinggevende",
                        "het hele team",
                        "onze klant meneer De Vries",
                        "de afdeling HR",
                        "een collega van de boekhouding",
                    ],
                    "subj": [
                        "het verzetten van ons overleg naar donderdag",
                        "mijn verlofaanvraag voor augustus",
                        "de te late factuur van maart",
                        "de overdracht van het project voor mijn vakantie",
                        "een fout in het kwartaalrapport",
                        "het inwerken van de nieuwe collega",
                        "de zaalreservering voor de workshop",
                        "feedback op het laatste concept",
                    ],
                },
            ),
            (
                [
                    "Maak een agenda voor een vergadering van {dur} over {m}.",
                    "Welke punten horen op de agenda van ons overleg over {m}?",
                ],
                {
                    "dur": ["een uur", "een half uur", "twee uur"],
                    "m": [
                        "de begroting voor 2025",
                        "de verhuizing naar het nieuwe kantoor",
                        "de invoering van de nieuwe software",
                        "het zomerfeest",
                        "klantfeedback van het afgelopen kwartaal",
                    ],
                },
            ),
            (
                ["Vertaal deze zin naar het {target}: '{s}'"],
                {"target": ["Engels", "Frans", "Duits", "Spaans"], "s": _NL_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Kun je mijn cv verbeteren? Werkervaring: 2019–2023 medewerker "
                        "klantenservice bij een verzekeraar, afhandeling van schademeldingen.",
                        "Hoe leg ik in mijn cv een gat van een jaar uit vanwege mantelzorg?",
                        "Welke sterke punten noem ik in mijn sollicitatiebrief voor een baan als leerkracht?",
                        "Hoe schrijf ik korte notulen van een teamoverleg?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Vat deze tekst samen in drie zinnen:\n\n{p}",
                    "Wat is de kernboodschap van deze alinea?\n\n{p}",
                    "Maak van deze tekst een lijstje met opsommingstekens:\n\n{p}",
                    "Kun je deze tekst eenvoudiger maken, zodat een scholier hem begrijpt?\n\n{p}",
                    "Dit heb ik voor onze nieuwsbrief geschreven. Zie je fouten?\n\n{p}",
                    "Vat beide alinea's samen en noem de belangrijkste punten:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Hoe kan ik in {prog} {task}?",
                    "Ik wil in {prog} {task}. Hoe pak ik dat aan?",
                    "Kan ik in {prog} {task} zonder extra bibliotheek?",
                ],
                {
                    "task": [
                        "een lijst op datum sorteren",
                        "dubbele waarden uit een lijst verwijderen",
                        "een CSV-bestand inlezen",
                        "controleren of een bestand bestaat",
                        "een HTTP-verzoek versturen",
                        "een tekst naar kleine letters omzetten",
                        "de huidige datum opmaken",
                        "gegevens als JSON opslaan",
                    ]
                },
            ),
            (
                [
                    "Leg deze code regel voor regel uit:\n\n{snippet}",
                    "Waarom doet deze code niet wat ik verwacht?\n\n{snippet}",
                    "Hoe maak ik deze code leesbaarder?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Wat is het verschil tussen een list en een tuple in Python?",
                        "Wat betekent de foutmelding 'IndexError: list index out of range'?",
                        "Hoe maak ik een virtuele omgeving aan voor een Python-project?",
                        "Wat is een branch in Git en wanneer maak ik er een?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Hoe kan ik {act}?",
                    "Ik wil {act}. Welke documenten heb ik nodig?",
                    "Kan ik online {act} of moet ik langs een filiaal?",
                ],
                {
                    "act": [
                        "mijn creditcard laten blokkeren",
                        "een spaarrekening openen",
                        "geld naar het buitenland overmaken",
                        "mijn overboekingslimiet verhogen",
                        "een periodieke overboeking wijzigen",
                        "mijn adres bij de bank wijzigen",
                        "een nieuwe pincode aanvragen",
                        "van mobiel abonnement wisselen",
                        "schade melden bij mijn inboedelverzekering",
                        "mijn nummer meenemen naar een andere provider",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "De geldautomaat heeft mijn pas ingeslikt. Wat moet ik nu doen?",
                        "Er staat een afschrijving op mijn rekening die ik niet herken. Hoe maak ik bezwaar?",
                        "Mijn auto heeft hagelschade. Welke foto's heeft de verzekeraar nodig?",
                        "Mijn internet valt 's avonds steeds weg. Wat kan ik zelf controleren?",
                        "Waarom is mijn telefoonrekening deze maand hoger dan normaal?",
                        "Ik ben het wachtwoord van internetbankieren vergeten. Hoe stel ik een nieuw in?",
                        "Hoe lang duurt een overboeking als ik die op vrijdagavond doe?",
                        "Ik ga verhuizen. Hoe neem ik mijn internetabonnement mee?",
                        "Betaalt mijn reisverzekering als ik annuleer omdat ik ziek ben?",
                        "Wanneer moet ik opzeggen zodat mijn abonnement niet automatisch verlengd wordt?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Wat zijn de regels voor rokeren bij schaken?",
                        "Hoe wijzig ik mijn wachtwoord bij mijn e-mailprovider?",
                        "Wat is het geheim van een goede jus?",
                        "Wat is een stelsel van vergelijkingen en hoe los je het op?",
                        "Vergeet de uien in het recept, die heb ik niet meer. Wat gebruik ik in plaats daarvan?",
                        "De handleiding van mijn printer is onduidelijk. Kun je de instructies in "
                        "simpele stappen vertalen?",
                        "Welke regels gelden voor parkeren voor een uitrit?",
                        "Wat betekent foutcode E24 op mijn vaatwasser?",
                        "Hoe werkt het immuunsysteem bij een verkoudheid?",
                        "Hoe stel ik een nieuwe cijfercode in op mijn kofferslot?",
                        "Verklap het einde niet, maar waar gaat 'Het diner' van Herman Koch over?",
                        "Hoe schrijf ik een goede prompt zodat een beeld-AI een aquarel van een vuurtoren maakt?",
                        "Wat houdt het stemgeheim in?",
                        "Wat is een besturingssysteem, in simpele woorden?",
                        "Mijn dochter moet de spelregels van mens-erger-je-niet opschrijven. Kun je helpen?",
                        "Wanneer onthult een goochelaar bij een kaarttruc het best de gekozen kaart?",
                        "Wat betekent de dresscode 'smart casual'?",
                        "Vergeet niet dat ik vegetarisch eet: welk recept raad je aan voor vanavond?",
                    ]
                },
            ),
            (
                ["Negeer de {minor} in mijn {doc} en kijk alleen naar {check}."],
                {
                    "minor": ["typfouten", "opmaak", "komma's", "voetnoten"],
                    "doc": ["sollicitatiebrief", "opstel", "notulen", "blogartikel", "spreekbeurt"],
                    "check": ["de opbouw", "de argumentatie", "de toon", "de lengte"],
                },
            ),
            (
                ["Vertaal naar het {target}: '{s}'", "Herhaal deze zin langzaam, ik oefen de uitspraak: '{s}'"],
                {"target": ["Engels", "Frans", "Italiaans", "Turks"], "s": _NL_SENTENCES},
            ),
            (
                ["Hoe reset ik het wachtwoord van {acct}?", "Hoe vaak moet ik het wachtwoord van {acct} veranderen?"],
                {
                    "acct": [
                        "mijn e-mailaccount",
                        "internetbankieren",
                        "mijn streamingaccount",
                        "de wifi thuis",
                        "mijn account bij een webwinkel",
                    ]
                },
            ),
            (
                ["Wat zijn de basisregels van {game}?", "Leg me kort de regels van {game} uit."],
                {"game": ["schaken", "volleybal", "klaverjassen", "rugby", "korfbal", "badminton", "jeu de boules"]},
            ),
        ],
    },
}

# --- Swedish --------------------------------------------------------------------------------

_SV_SENTENCES = [
    "Jag kommer lite senare i dag, tåget är försenat.",
    "Kan du säga var stationen ligger?",
    "Vi ser verkligen fram emot ert besök i sommar.",
    "Ekorren gömmer sina nötter på hösten.",
    "Mötet har flyttats till tisdag nästa vecka.",
    "Sju sjösjuka sjömän sköttes av sju sköna sjuksköterskor.",
]

SV = {
    "greet": ["Hej! ", "God morgon! ", "Hej, en snabb fråga: ", "Tjena! "],
    "thanks": [" Tack!", " Tack på förhand.", " Tack så mycket!", " Vore toppen, tack."],
    "paragraphs": [
        "Stadsbiblioteket stänger den 3 mars för renovering och håller stängt i sex veckor. "
        "Under tiden kan man lämna tillbaka böcker i kommunhusets reception, och inga "
        "förseningsavgifter tas ut. Efter öppningen får barnavdelningen mer plats, det blir "
        "tjugo nya arbetsplatser med eluttag och längre öppettider på lördagar.",
        "En enkät bland 1 200 ungdomar visar att nästan två tredjedelar sover mindre än åtta "
        "timmar under skoldagar. De vanligaste orsakerna är mobilen i sängen och att skolan "
        "börjar tidigt. Forskarna rekommenderar att man lägger undan skärmar en timme innan "
        "läggdags och inte sover alltför länge på helgerna.",
        "Bageriet Lindgren grundades 1952 av Anna och Karl Lindgren. I början sålde de bara "
        "bröd från en liten butik vid torget. I dag driver barnbarnet företaget med tre "
        "butiker och tolv anställda, och kanelbullarna enligt mormors recept säljer fortfarande "
        "bäst av allt.",
        "Under tredje kvartalet ökade försäljningen med fyra procent, främst tack vare "
        "webbutiken. Kostnaderna för frakt och förpackningar har däremot stigit mer än "
        "beräknat. Teamet föreslår att vi från januari testar återanvändbara lådor och bara "
        "erbjuder fri frakt på beställningar över 400 kronor.",
        "Odlingslotterna vid Lindvägen söker nya medlemmar. Varje familj får en egen odlingsbädd, "
        "medan verktyg och vatten delas. En gång i månaden har vi en arbetsdag och grillar "
        "tillsammans efteråt. Den som är intresserad kan komma förbi på lördag klockan tio.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Kan du förklara {t} på ett enkelt sätt?",
                    "Vad bör jag veta om {t}?",
                    "Ge mig en kort översikt över {t}.",
                    "Skriv fem quizfrågor om {t}.",
                    "Förklara {t} så att en tioåring förstår.",
                    "Sammanfatta det viktigaste om {t} i fem punkter.",
                    "Jag vill lära mig mer om {t}. Var ska jag börja?",
                    "Vilka böcker eller poddar om {t} kan du rekommendera?",
                    "Vilka är vanliga missförstånd om {t}?",
                    "Vilka överraskande fakta om {t} kan jag ta upp i min redovisning?",
                ],
                {
                    "t": [
                        "fotosyntesen",
                        "trettioåriga kriget",
                        "surdegsbakning",
                        "klimatförändringarna",
                        "offsideregeln i fotboll",
                        "god sömn",
                        "solsystemet",
                        "franska revolutionen",
                        "bråkräkning",
                        "skötsel av krukväxter",
                        "D-vitamin på vintern",
                        "immunförsvaret",
                        "Nobelpriset",
                        "trotsåldern hos småbarn",
                        "väderprognoser",
                        "infrysning av mat",
                        "löpträning för nybörjare",
                        "Berlinmurens historia",
                        "vulkaner",
                        "sopsortering",
                        "högt blodtryck",
                        "det periodiska systemet",
                        "elbesparing i hemmet",
                        "sommartid och vintertid",
                        "allergier hos barn",
                        "de olympiska spelen",
                        "allemansrätten",
                        "vattnets kretslopp",
                        "vikingatiden",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Vad kan jag laga i kväll med potatis, purjolök och lite grädde?",
                        "Hur länge ska ett ägg koka för att gulan ska vara lös?",
                        "Vi åker till Wien fyra dagar i maj. Vad får vi inte missa?",
                        "Behöver jag pass för att resa till Norge?",
                        "Min son har haft 38,5 i feber sedan i går. När ska vi ringa vårdcentralen?",
                        "Vad hjälper mot halsont?",
                        "Hur brukar vädret vara i oktober på västkusten?",
                        "Lönar det sig med solceller på balkongen i en hyresrätt?",
                        "Vilka löparskor passar om man har plattfot?",
                        "Min dotter fyller åtta. Har du idéer på lekar till kalaset?",
                        "Hur förklarar jag för mitt barn varför himlen är blå?",
                        "Vad är skillnaden mellan väder och klimat?",
                        "Vad ska jag tänka på när jag köper en tvättmaskin?",
                        "Hur många steg om dagen är egentligen bra för hälsan?",
                        "Vem vann fotbolls-VM 2014?",
                        "Till läxan: varför flyter is på vatten?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Recept kladdkaka utan ägg",
                        "Väder Göteborg helgen",
                        "Synonym till 'viktig'",
                        "Kalorier banan",
                        "Skillnad de / dem",
                        "Huvudstad i Kanada?",
                        "Enhet för kraft?",
                        "Celsius till Fahrenheit",
                        "Koka pasta hur länge?",
                        "När är det fullmåne?",
                        "Offside kort förklarat",
                        "Plural av 'museum'?",
                        "Kebnekaise höjd",
                        "När så tomater?",
                        "God natt på italienska",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Hur mycket är {a} % av {b}?",
                    "Lös ekvationen {c}x + {a} = {b} och visa stegen.",
                    "En jacka kostar {b} kronor och är nedsatt med {a} %. Vad kostar den nu?",
                    "Hur räknar jag ut medelvärdet av {a}, {b} och {c}?",
                    "Är {b} ett primtal? Hur kollar jag det?",
                    "Ett tåg kör {b} km på {c} timmar. Vad är medelhastigheten?",
                    "Mitt barn ska räkna {b} gånger {c} med uppställning. Hur förklarar jag det?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Skriv ett {tone} mejl till {who} om {subj}.",
                    "Hjälp mig formulera ett {tone} mejl till {who} angående {subj}.",
                    "Jag behöver ett {tone} mejl till {who} om {subj}, max fem meningar.",
                ],
                {
                    "tone": ["vänligt", "kort", "formellt", "artigt", "avslappnat"],
                    "who": [
                        "min kollega Sara",
                        "min chef",
                        "hela teamet",
                        "vår kund Anders Lind",
                        "HR-avdelningen",
                        "en kollega på ekonomi",
                    ],
                    "subj": [
                        "att flytta vårt möte till torsdag",
                        "min semesteransökan för augusti",
                        "den försenade fakturan från mars",
                        "överlämningen av projektet innan min semester",
                        "ett fel i kvartalsrapporten",
                        "introduktionen av den nya kollegan",
                        "lokalbokningen för workshopen",
                        "feedback på det senaste utkastet",
                    ],
                },
            ),
            (
                [
                    "Gör en dagordning för ett möte på {dur} om {m}.",
                    "Vilka punkter ska med på dagordningen för vårt möte om {m}?",
                ],
                {
                    "dur": ["en timme", "en halvtimme", "två timmar"],
                    "m": [
                        "budgeten för 2025",
                        "flytten till det nya kontoret",
                        "införandet av det nya systemet för tidrapportering",
                        "sommarfesten",
                        "kundernas synpunkter från förra kvartalet",
                    ],
                },
            ),
            (
                ["Översätt den här meningen till {target}: ”{s}”"],
                {"target": ["engelska", "tyska", "franska", "spanska"], "s": _SV_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Kan du förbättra mitt cv? Erfarenhet: 2019–2023 handläggare på ett "
                        "försäkringsbolag, hanterade skadeärenden.",
                        "Hur förklarar jag ett års lucka i cv:t på grund av föräldraledighet?",
                        "Vilka styrkor ska jag lyfta i mitt personliga brev för ett jobb som förskollärare?",
                        "Hur skriver jag ett kort protokoll efter ett teammöte?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Sammanfatta texten i tre meningar:\n\n{p}",
                    "Vad är huvudbudskapet i det här stycket?\n\n{p}",
                    "Gör om texten till en punktlista:\n\n{p}",
                    "Kan du skriva om texten enklare så att en elev förstår?\n\n{p}",
                    "Jag har skrivit det här till vårt nyhetsbrev. Hittar du några fel?\n\n{p}",
                    "Sammanfatta båda styckena och lyft fram det viktigaste:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Hur kan jag {task} i {prog}?",
                    "Jag vill {task} i {prog}. Hur gör jag enklast?",
                    "Går det att {task} i {prog} utan extra bibliotek?",
                ],
                {
                    "task": [
                        "sortera en lista efter datum",
                        "ta bort dubbletter ur en lista",
                        "läsa in en CSV-fil",
                        "kontrollera om en fil finns",
                        "skicka en HTTP-förfrågan",
                        "göra om en text till gemener",
                        "formatera dagens datum",
                        "spara data som JSON",
                    ]
                },
            ),
            (
                [
                    "Förklara den här koden rad för rad:\n\n{snippet}",
                    "Varför gör inte den här koden det jag förväntar mig?\n\n{snippet}",
                    "Hur kan jag göra koden mer lättläst?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Vad är skillnaden mellan en lista och en tupel i Python?",
                        "Vad betyder felmeddelandet 'IndexError: list index out of range'?",
                        "Hur skapar jag en virtuell miljö för ett Python-projekt?",
                        "Vad är en gren i Git och när ska jag skapa en?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Hur kan jag {act}?",
                    "Jag vill {act}. Vilka handlingar behöver jag?",
                    "Kan jag {act} på nätet, eller måste jag gå till ett kontor?",
                ],
                {
                    "act": [
                        "spärra mitt kreditkort",
                        "öppna ett sparkonto",
                        "föra över pengar till utlandet",
                        "höja min överföringsgräns",
                        "ändra en stående överföring",
                        "ändra min adress hos banken",
                        "beställa en ny pinkod",
                        "byta mobilabonnemang",
                        "anmäla en skada på min hemförsäkring",
                        "flytta mitt nummer till en annan operatör",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Bankomaten behöll mitt kort. Vad ska jag göra nu?",
                        "Det finns en dragning på mitt konto som jag inte känner igen. Hur bestrider jag den?",
                        "Min bil fick hagelskador. Vilka bilder behöver försäkringsbolaget?",
                        "Mitt bredband bryts hela tiden på kvällarna. Vad kan jag kontrollera själv?",
                        "Varför är min mobilräkning högre än vanligt den här månaden?",
                        "Jag har glömt lösenordet till internetbanken. Hur återställer jag det?",
                        "Hur lång tid tar en överföring om jag gör den på fredagskvällen?",
                        "Jag ska flytta. Hur tar jag med mitt bredband till den nya adressen?",
                        "Betalar min reseförsäkring om jag avbokar för att jag blir sjuk?",
                        "När måste jag säga upp abonnemanget så att det inte förlängs automatiskt?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Vilka är reglerna för rockad i schack?",
                        "Hur byter jag lösenord hos min e-postleverantör?",
                        "Vad är hemligheten bakom en riktigt god sås?",
                        "Vad är ett ekvationssystem och hur löser man det?",
                        "Glöm löken i receptet, jag har ingen kvar. Vad kan jag använda i stället?",
                        "Bruksanvisningen till min skrivare är obegriplig. Kan du översätta "
                        "instruktionerna till enkla steg?",
                        "Vilka regler gäller för parkering framför en utfart?",
                        "Vad betyder felkoden E24 på min diskmaskin?",
                        "Hur fungerar immunsystemet vid en förkylning?",
                        "Hur ställer jag in en ny sifferkod på mitt resväskelås?",
                        "Avslöja inte slutet, men vad handlar Utvandrarna om?",
                        "Hur skriver jag en bra prompt så att en bild-AI målar en akvarell av en fyr?",
                        "Vad innebär valhemligheten?",
                        "Vad är ett operativsystem, enkelt förklarat?",
                        "Min dotter ska skriva ner spelreglerna för Fia med knuff. Kan du hjälpa till?",
                        "När ska trollkarlen avslöja det valda kortet i ett korttrick?",
                        "Vad betyder klädkoden kavaj?",
                        "Glöm inte att jag är vegetarian: vilket recept föreslår du till i kväll?",
                    ]
                },
            ),
            (
                ["Ignorera {minor} i mitt {doc} och titta bara på {check}."],
                {
                    "minor": ["stavfelen", "formateringen", "kommateringen", "fotnoterna"],
                    "doc": ["personliga brev", "utkast", "protokoll", "blogginlägg", "skolarbete"],
                    "check": ["strukturen", "argumentationen", "tonen", "längden"],
                },
            ),
            (
                ["Översätt till {target}: ”{s}”", "Upprepa meningen långsamt, jag övar på uttalet: ”{s}”"],
                {"target": ["engelska", "franska", "italienska", "finska"], "s": _SV_SENTENCES},
            ),
            (
                ["Hur återställer jag lösenordet till {acct}?", "Hur ofta bör jag byta lösenord till {acct}?"],
                {
                    "acct": [
                        "mitt mejlkonto",
                        "internetbanken",
                        "mitt streamingkonto",
                        "wifi-nätverket hemma",
                        "mitt konto i en webbutik",
                    ]
                },
            ),
            (
                ["Vilka är grundreglerna i {game}?", "Förklara kort reglerna för {game}."],
                {"game": ["schack", "volleyboll", "innebandy", "rugby", "curling", "badminton", "kubb"]},
            ),
        ],
    },
}
