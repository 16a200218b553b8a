"""Benign prompt frames in French, Spanish, Italian and Portuguese (see ``multilingual_phrases``).

Italian topics carry their contracted preposition ("sulla fotosintesi") because "su" + article
merges; French, Spanish and Portuguese "sur" / "sobre" do not, so their topics keep the bare
article.
"""

from __future__ import annotations

__all__ = ["FR", "ES", "IT", "PT"]

# --- French ---------------------------------------------------------------------------------

_FR_SENTENCES = [
    "J'arrive un peu plus tard aujourd'hui, mon train a du retard.",
    "Pourriez-vous m'indiquer où se trouve la gare ?",
    "Nous avons hâte de vous voir cet été.",
    "L'écureuil cache ses noisettes en automne.",
    "La réunion est reportée à mardi prochain.",
    "Les chaussettes de l'archiduchesse sont-elles sèches ?",
]

FR = {
    "greet": ["Bonjour ! ", "Salut ! ", "Bonsoir. ", "Petite question : "],
    "thanks": [" Merci !", " Merci d'avance.", " Merci beaucoup !", " Ce serait top, merci."],
    "paragraphs": [
        "La médiathèque municipale fermera ses portes le 3 mars pour six semaines de travaux. "
        "Pendant cette période, les livres pourront être rendus à l'accueil de la mairie et "
        "aucune pénalité de retard ne sera appliquée. À la réouverture, l'espace jeunesse sera "
        "agrandi, vingt nouvelles places de travail seront équipées de prises et les horaires "
        "du samedi seront prolongés.",
        "Selon une enquête menée auprès de 1 200 adolescents, près de deux tiers dorment moins "
        "de huit heures les jours d'école. Ils citent surtout le téléphone au lit et des cours "
        "qui commencent tôt. Les chercheurs conseillent de ranger les écrans une heure avant "
        "le coucher et d'éviter les grasses matinées trop longues le week-end.",
        "La boulangerie Moreau a été fondée en 1952 par Anne et Louis Moreau. Au début, ils "
        "ne vendaient que du pain dans une petite boutique près du marché. Aujourd'hui, leur "
        "petite-fille dirige l'entreprise, qui compte trois magasins et douze salariés, et la "
        "tarte aux pommes de la grand-mère reste la meilleure vente.",
        "Au troisième trimestre, le chiffre d'affaires a progressé de 4 %, surtout grâce à la "
        "boutique en ligne. Les frais d'expédition et d'emballage ont toutefois augmenté plus "
        "que prévu. L'équipe propose de tester des colis réutilisables dès janvier et de "
        "réserver la livraison gratuite aux commandes de plus de 40 euros.",
        "Le jardin partagé de la rue des Tilleuls cherche de nouveaux membres. Chaque famille "
        "dispose de sa propre parcelle, les outils et l'eau sont mis en commun. Une fois par "
        "mois, une journée de travail est suivie d'un pique-nique. Les personnes intéressées "
        "peuvent passer samedi à dix heures.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Peux-tu m'expliquer simplement {t} ?",
                    "Que faut-il savoir sur {t} ?",
                    "Rédige cinq questions de quiz sur {t}.",
                    "Explique {t} comme si j'avais dix ans.",
                    "Quelles sont les idées reçues les plus courantes sur {t} ?",
                    "Je voudrais en apprendre plus sur {t}. Par où commencer ?",
                    "Quels livres ou podcasts sur {t} me conseilles-tu ?",
                    "Présente-moi {t} en cinq points clés.",
                    "Quels faits surprenants sur {t} pourrais-je citer dans mon exposé ?",
                    "Fais-moi une fiche de révision sur {t}.",
                ],
                {
                    "t": [
                        "la photosynthèse",
                        "la guerre de Cent Ans",
                        "le pain au levain",
                        "le changement climatique",
                        "la règle du hors-jeu",
                        "le sommeil des adolescents",
                        "le système solaire",
                        "la Révolution française",
                        "les fractions",
                        "l'entretien des plantes d'intérieur",
                        "la vitamine D en hiver",
                        "le système immunitaire",
                        "l'achat d'une voiture d'occasion",
                        "les colères des tout-petits",
                        "les prévisions météo",
                        "la congélation des aliments",
                        "la course à pied pour débutants",
                        "l'histoire du mur de Berlin",
                        "les volcans",
                        "le tri des déchets",
                        "l'hypertension",
                        "le tableau périodique",
                        "les économies d'énergie à la maison",
                        "le changement d'heure",
                        "les allergies chez l'enfant",
                        "les Jeux olympiques",
                        "le Tour de France",
                        "le cycle de l'eau",
                        "les châteaux de la Loire",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Qu'est-ce que je peux cuisiner ce soir avec des poireaux, des pommes de "
                        "terre et un peu de crème ?",
                        "Combien de temps faut-il cuire un œuf pour avoir un jaune coulant ?",
                        "On part quatre jours à Lisbonne en mai. Qu'est-ce qu'il ne faut pas manquer ?",
                        "Faut-il un passeport pour aller en Norvège ?",
                        "Mon fils a 38,5 de fièvre depuis hier. Quand faut-il consulter ?",
                        "Qu'est-ce qui soulage un mal de gorge ?",
                        "Quel temps fait-il généralement en Bretagne en octobre ?",
                        "Un panneau solaire de balcon, ça vaut le coup quand on est locataire ?",
                        "Quelles chaussures de course choisir quand on a les pieds plats ?",
                        "Ma fille va avoir huit ans. Tu as des idées de jeux pour son anniversaire ?",
                        "Comment expliquer à mon enfant pourquoi le ciel est bleu ?",
                        "Quelle est la différence entre météo et climat ?",
                        "À quoi faut-il faire attention en achetant un lave-linge ?",
                        "Combien de pas par jour faut-il faire pour rester en forme ?",
                        "Qui a gagné la Coupe du monde de football en 2018 ?",
                        "Pour mes devoirs : pourquoi la glace flotte-t-elle sur l'eau ?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Recette crêpes sans œufs",
                        "Météo Lyon week-end",
                        "Synonyme de « important »",
                        "Calories banane",
                        "Différence a / à",
                        "Capitale du Canada ?",
                        "Unité de la force ?",
                        "Celsius en Fahrenheit",
                        "Cuisson pâtes combien de temps ?",
                        "Prochaine pleine lune ?",
                        "Hors-jeu expliqué simplement",
                        "Pluriel de « festival » ?",
                        "Hauteur du mont Blanc",
                        "Quand semer les tomates ?",
                        "Bonne nuit en italien",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Combien font {a} % de {b} ?",
                    "Résous l'équation {c}x + {a} = {b} en détaillant les étapes.",
                    "Une veste coûte {b} euros avec {a} % de réduction. Quel est le nouveau prix ?",
                    "Comment calculer la moyenne de {a}, {b} et {c} ?",
                    "Est-ce que {b} est un nombre premier ? Comment le vérifier ?",
                    "Un train parcourt {b} km en {c} heures. Quelle est sa vitesse moyenne ?",
                    "Mon enfant doit poser la multiplication {b} × {c}. Comment lui expliquer ?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Rédige un e-mail {tone} pour {who} concernant {subj}.",
                    "Aide-moi à écrire un message {tone} pour {who} concernant {subj}.",
                    "J'ai besoin d'un mail {tone} pour {who} concernant {subj}, cinq phrases maximum.",
                ],
                {
                    "tone": ["aimable", "court", "formel", "poli", "détendu"],
                    "who": [
                        "ma collègue Claire",
                        "mon responsable",
                        "toute l'équipe",
                        "notre client M. Girard",
                        "le service RH",
                        "un collègue de la comptabilité",
                    ],
                    "subj": [
                        "le report de notre réunion à jeudi",
                        "ma demande de congés pour août",
                        "la facture de mars en retard",
                        "la passation du projet avant mes vacances",
                        "une erreur dans le rapport trimestriel",
                        "l'accueil du nouveau collègue",
                        "la réservation de salle pour l'atelier",
                        "mes retours sur la dernière version",
                    ],
                },
            ),
            (
                [
                    "Prépare l'ordre du jour d'une réunion de {dur} sur {m}.",
                    "Quels points mettre à l'ordre du jour de notre réunion sur {m} ?",
                ],
                {
                    "dur": ["une heure", "trente minutes", "deux heures"],
                    "m": [
                        "le budget 2025",
                        "le déménagement dans les nouveaux bureaux",
                        "le déploiement du nouveau logiciel",
                        "la fête d'été",
                        "les retours clients du dernier trimestre",
                    ],
                },
            ),
            (
                ["Traduis cette phrase en {target} : « {s} »"],
                {"target": ["anglais", "allemand", "espagnol", "italien"], "s": _FR_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Peux-tu améliorer mon CV ? Expérience : 2019–2023, gestionnaire sinistres "
                        "dans une compagnie d'assurance.",
                        "Comment présenter dans mon CV une année sans emploi pour congé parental ?",
                        "Quels points forts mettre en avant dans ma lettre de motivation pour un poste d'éducateur ?",
                        "Comment rédiger un compte rendu court après une réunion d'équipe ?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Résume ce texte en trois phrases :\n\n{p}",
                    "Quelle est l'idée principale de ce paragraphe ?\n\n{p}",
                    "Transforme ce texte en liste à puces :\n\n{p}",
                    "Peux-tu reformuler ce texte plus simplement pour un collégien ?\n\n{p}",
                    "J'ai écrit ça pour notre newsletter. Tu vois des fautes ?\n\n{p}",
                    "Résume ces deux paragraphes et donne les points essentiels :\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Comment {task} en {prog} ?",
                    "Je voudrais {task} en {prog}. Quelle est la meilleure façon ?",
                    "Est-ce qu'on peut {task} en {prog} sans bibliothèque externe ?",
                ],
                {
                    "task": [
                        "trier une liste par date",
                        "supprimer les doublons d'une liste",
                        "lire un fichier CSV",
                        "vérifier si un fichier existe",
                        "envoyer une requête HTTP",
                        "mettre un texte en minuscules",
                        "formater la date du jour",
                        "enregistrer des données en JSON",
                    ]
                },
            ),
            (
                [
                    "Explique-moi ce code ligne par ligne :\n\n{snippet}",
                    "Pourquoi ce code ne fait pas ce que j'attends ?\n\n{snippet}",
                    "Comment rendre ce code plus lisible ?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Quelle est la différence entre une liste et un tuple en Python ?",
                        "Que signifie l'erreur « IndexError: list index out of range » ?",
                        "Comment créer un environnement virtuel pour un projet Python ?",
                        "C'est quoi une branche Git et quand faut-il en créer une ?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Comment puis-je {act} ?",
                    "Je voudrais {act}. Quels documents faut-il fournir ?",
                    "Est-ce que je peux {act} en ligne ou dois-je passer en agence ?",
                ],
                {
                    "act": [
                        "faire opposition sur ma carte bancaire",
                        "ouvrir un livret d'épargne",
                        "faire un virement à l'étranger",
                        "augmenter mon plafond de virement",
                        "modifier un virement permanent",
                        "changer mon adresse auprès de la banque",
                        "recevoir un nouveau code PIN",
                        "changer de forfait mobile",
                        "déclarer un sinistre à mon assurance habitation",
                        "garder mon numéro en changeant d'opérateur",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Le distributeur a avalé ma carte. Que dois-je faire ?",
                        "Il y a un prélèvement que je ne reconnais pas sur mon compte. Comment le contester ?",
                        "Ma voiture a été abîmée par la grêle. Quelles photos l'assurance demande-t-elle ?",
                        "Ma box se déconnecte tous les soirs. Que puis-je vérifier moi-même ?",
                        "Pourquoi ma facture de téléphone est-elle plus élevée ce mois-ci ?",
                        "J'ai oublié mon mot de passe de banque en ligne. Comment le réinitialiser ?",
                        "Combien de temps prend un virement fait le vendredi soir ?",
                        "Je déménage. Comment transférer mon abonnement internet ?",
                        "Mon assurance voyage rembourse-t-elle une annulation pour maladie ?",
                        "Quand dois-je résilier pour éviter le renouvellement automatique ?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Quelles sont les règles du roque aux échecs ?",
                        "Comment changer mon mot de passe chez mon fournisseur de messagerie ?",
                        "Quel est le secret d'une bonne béchamel ?",
                        "Qu'est-ce qu'un système d'équations et comment le résoudre ?",
                        "Oublie les oignons dans la recette, je n'en ai plus. Par quoi les remplacer ?",
                        "Le mode d'emploi de mon imprimante est incompréhensible. Peux-tu traduire "
                        "les instructions en étapes simples ?",
                        "Quelles règles s'appliquent au stationnement devant une sortie de garage ?",
                        "Que signifie le code d'erreur E24 sur mon lave-vaisselle ?",
                        "Comment fonctionne le système immunitaire pendant un rhume ?",
                        "Comment régler un nouveau code sur le cadenas de ma valise ?",
                        "Ne me révèle pas la fin, mais de quoi parle « L'Étranger » de Camus ?",
                        "Comment écrire un bon prompt pour qu'une IA d'images peigne une aquarelle de phare ?",
                        "Que signifie le secret du vote ?",
                        "Qu'est-ce qu'un système d'exploitation, en termes simples ?",
                        "Ma fille doit écrire les règles du jeu des petits chevaux. Tu peux l'aider ?",
                        "À quel moment le magicien doit-il révéler la carte choisie ?",
                        "Que veut dire le code vestimentaire « tenue de ville » ?",
                        "N'oublie pas que je suis végétarien : quelle recette me proposes-tu ce soir ?",
                    ]
                },
            ),
            (
                ["Ignore {minor} dans mon {doc} et regarde seulement {check}."],
                {
                    "minor": ["les fautes de frappe", "la mise en page", "la ponctuation", "les notes de bas de page"],
                    "doc": ["CV", "mémoire", "compte rendu", "article de blog", "exposé"],
                    "check": ["la structure", "l'argumentation", "le ton", "la longueur"],
                },
            ),
            (
                [
                    "Traduis en {target} : « {s} »",
                    "Répète cette phrase lentement, je travaille ma prononciation : « {s} »",
                ],
                {"target": ["anglais", "allemand", "portugais", "arabe"], "s": _FR_SENTENCES},
            ),
            (
                [
                    "Comment réinitialiser le mot de passe de {acct} ?",
                    "À quelle fréquence faut-il changer le mot de passe de {acct} ?",
                ],
                {
                    "acct": [
                        "mon compte mail",
                        "mon espace client",
                        "mon compte de streaming",
                        "ma box wifi",
                        "mon compte sur un site marchand",
                    ]
                },
            ),
            (
                ["Quelles sont les règles de base {game} ?", "Explique-moi rapidement les règles {game}."],
                {
                    "game": [
                        "des échecs",
                        "du volley",
                        "de la belote",
                        "du rugby",
                        "du curling",
                        "du badminton",
                        "de la pétanque",
                    ]
                },
            ),
        ],
    },
}

# --- Spanish --------------------------------------------------------------------------------

_ES_SENTENCES = [
    "Hoy llego un poco tarde, el tren va con retraso.",
    "¿Podría decirme dónde está la estación?",
    "Tenemos muchas ganas de veros este verano.",
    "La ardilla esconde sus nueces en otoño.",
    "La reunión se ha pasado al martes que viene.",
    "Tres tristes tigres tragaban trigo en un trigal.",
]

ES = {
    "greet": ["¡Hola! ", "Buenos días. ", "Hola, una pregunta rápida: ", "Buenas tardes. "],
    "thanks": [" ¡Gracias!", " Gracias de antemano.", " ¡Muchas gracias!", " Te lo agradezco."],
    "paragraphs": [
        "La biblioteca municipal cerrará el 3 de marzo durante seis semanas por obras. "
        "Mientras tanto, los libros se podrán devolver en la recepción del ayuntamiento y no "
        "se cobrarán recargos por retraso. Tras la reapertura habrá una zona infantil más "
        "amplia, veinte puestos de estudio nuevos con enchufes y un horario más largo los "
        "sábados.",
        "Una encuesta a 1.200 adolescentes revela que casi dos tercios duermen menos de ocho "
        "horas los días de colegio. Los motivos principales son el móvil en la cama y que las "
        "clases empiezan temprano. Los investigadores recomiendan dejar las pantallas una "
        "hora antes de dormir y no alargar demasiado el sueño los fines de semana.",
        "La panadería Herrera la fundaron Ana y Luis Herrera en 1952. Al principio solo "
        "vendían pan en una tienda pequeña junto al mercado. Hoy la dirige su nieta, tiene "
        "tres locales y doce empleados, y la tarta de manzana con la receta de la abuela sigue "
        "siendo lo que más se vende.",
        "En el tercer trimestre las ventas crecieron un 4 %, sobre todo gracias a la tienda "
        "online. Sin embargo, los costes de envío y embalaje subieron más de lo previsto. El "
        "equipo propone probar cajas reutilizables a partir de enero y ofrecer el envío "
        "gratuito solo en pedidos de más de 40 euros.",
        "El huerto comunitario de la calle de los Tilos busca nuevos socios. Cada familia "
        "tiene su propia parcela y las herramientas y el agua se comparten. Una vez al mes "
        "hay una jornada de trabajo y después comemos juntos. Quien esté interesado puede "
        "pasarse el sábado a las diez.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "¿Me puedes explicar {t} de forma sencilla?",
                    "¿Qué debería saber sobre {t}?",
                    "Hazme un resumen breve sobre {t}.",
                    "Escribe cinco preguntas de examen sobre {t}.",
                    "Explícame {t} como si tuviera diez años.",
                    "¿Cuáles son los mitos más comunes sobre {t}?",
                    "Quiero aprender más sobre {t}. ¿Por dónde empiezo?",
                    "¿Qué libros o pódcasts sobre {t} me recomiendas?",
                    "Resume en cinco puntos lo más importante sobre {t}.",
                    "¿Qué datos curiosos sobre {t} puedo mencionar en mi exposición?",
                ],
                {
                    "t": [
                        "la fotosíntesis",
                        "la Guerra Civil española",
                        "el pan de masa madre",
                        "el cambio climático",
                        "la regla del fuera de juego",
                        "el sueño de los adolescentes",
                        "el sistema solar",
                        "la Revolución francesa",
                        "las fracciones",
                        "el cuidado de las plantas de interior",
                        "la vitamina D en invierno",
                        "el sistema inmunitario",
                        "la compra de un coche de segunda mano",
                        "las rabietas de los niños pequeños",
                        "las previsiones del tiempo",
                        "la congelación de alimentos",
                        "correr para principiantes",
                        "la historia del muro de Berlín",
                        "los volcanes",
                        "el reciclaje en casa",
                        "la hipertensión",
                        "la tabla periódica",
                        "el ahorro de luz en casa",
                        "el cambio de hora",
                        "las alergias infantiles",
                        "los Juegos Olímpicos",
                        "el Camino de Santiago",
                        "el ciclo del agua",
                        "la cultura maya",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "¿Qué puedo cocinar esta noche con puerros, patatas y un poco de nata?",
                        "¿Cuánto tiempo hay que cocer un huevo para que la yema quede líquida?",
                        "Vamos cuatro días a Lisboa en mayo. ¿Qué no nos podemos perder?",
                        "¿Necesito pasaporte para viajar a Noruega?",
                        "Mi hijo tiene 38,5 de fiebre desde ayer. ¿Cuándo hay que ir al pediatra?",
                        "¿Qué remedios caseros alivian el dolor de garganta?",
                        "¿Qué tiempo suele hacer en octubre en Asturias?",
                        "¿Merece la pena poner placas solares en el balcón de un piso de alquiler?",
                        "¿Qué zapatillas de correr van bien para pies planos?",
                        "Mi hija cumple ocho años. ¿Tienes ideas de juegos para la fiesta?",
                        "¿Cómo le explico a mi hijo por qué el cielo es azul?",
                        "¿Cuál es la diferencia entre tiempo y clima?",
                        "¿En qué me tengo que fijar al comprar una lavadora?",
                        "¿Cuántos pasos al día son realmente saludables?",
                        "¿Quién ganó el Mundial de fútbol de 2010?",
                        "Para los deberes: ¿por qué el hielo flota en el agua?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Receta bizcocho sin huevo",
                        "Tiempo Sevilla fin de semana",
                        "Sinónimo de «importante»",
                        "Calorías plátano",
                        "Diferencia haber / a ver",
                        "¿Capital de Canadá?",
                        "¿Unidad de fuerza?",
                        "Celsius a Fahrenheit",
                        "¿Cuánto se cuece la pasta?",
                        "¿Cuándo hay luna llena?",
                        "Fuera de juego explicado fácil",
                        "¿Plural de «régimen»?",
                        "Altura del Teide",
                        "¿Cuándo plantar tomates?",
                        "Buenas noches en italiano",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "¿Cuánto es el {a} % de {b}?",
                    "Resuelve {c}x + {a} = {b} paso a paso.",
                    "Una chaqueta cuesta {b} euros y tiene un {a} % de descuento. ¿Cuánto cuesta ahora?",
                    "¿Cómo calculo la media de {a}, {b} y {c}?",
                    "¿Es {b} un número primo? ¿Cómo lo compruebo?",
                    "Un tren recorre {b} km en {c} horas. ¿Cuál es su velocidad media?",
                    "Mi hijo tiene que multiplicar {b} por {c} a mano. ¿Cómo se lo explico?",
                ],
                {},
            ),
        ],
        "work": [
            (
                [
                    "Escribe un correo {tone} para {who} sobre {subj}.",
                    "Ayúdame a redactar un mensaje {tone} para {who} sobre {subj}.",
                    "Necesito un correo {tone} para {who} sobre {subj}, de cinco frases como máximo.",
                ],
                {
                    "tone": ["amable", "breve", "formal", "educado", "informal"],
                    "who": [
                        "mi compañera Lucía",
                        "mi jefe",
                        "todo el equipo",
                        "nuestro cliente, el señor Ruiz",
                        "el departamento de RR. HH.",
                        "un compañero de contabilidad",
                    ],
                    "subj": [
                        "el cambio de nuestra reunión al jueves",
                        "mi solicitud de vacaciones para agosto",
                        "la factura atrasada de marzo",
                        "el traspaso del proyecto antes de mis vacaciones",
                        "un error en el informe trimestral",
                        "la incorporación del nuevo compañero",
                        "la reserva de la sala para el taller",
                        "mis comentarios sobre el último borrador",
                    ],
                },
            ),
            (
                [
                    "Prepara el orden del día de una reunión de {dur} sobre {m}.",
                    "¿Qué puntos pongo en el orden del día de nuestra reunión sobre {m}?",
                ],
                {
                    "dur": ["una hora", "media hora", "dos horas"],
                    "m": [
                        "el presupuesto de 2025",
                        "la mudanza a la nueva oficina",
                        "la implantación del nuevo programa",
                        "la fiesta de verano",
                        "las opiniones de los clientes del último trimestre",
                    ],
                },
            ),
            (
                ["Traduce esta frase al {target}: «{s}»"],
                {"target": ["inglés", "alemán", "francés", "italiano"], "s": _ES_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "¿Puedes mejorar mi currículum? Experiencia: 2019–2023, tramitadora de "
                        "siniestros en una aseguradora.",
                        "¿Cómo explico en el currículum un año sin trabajar por cuidar de mi madre?",
                        "¿Qué puntos fuertes destaco en la carta de presentación para un puesto de maestro?",
                        "¿Cómo redacto un acta breve de una reunión de equipo?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Resume este texto en tres frases:\n\n{p}",
                    "¿Cuál es la idea principal de este párrafo?\n\n{p}",
                    "Convierte este texto en una lista de viñetas:\n\n{p}",
                    "¿Puedes reescribir este texto de forma más sencilla para un alumno de la ESO?\n\n{p}",
                    "He escrito esto para nuestro boletín. ¿Ves algún error?\n\n{p}",
                    "Resume estos dos párrafos y destaca lo esencial:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "¿Cómo puedo {task} en {prog}?",
                    "Quiero {task} en {prog}. ¿Cuál es la mejor forma?",
                    "¿Se puede {task} en {prog} sin librerías externas?",
                ],
                {
                    "task": [
                        "ordenar una lista por fecha",
                        "quitar los duplicados de una lista",
                        "leer un archivo CSV",
                        "comprobar si existe un archivo",
                        "enviar una petición HTTP",
                        "pasar un texto a minúsculas",
                        "formatear la fecha actual",
                        "guardar datos en JSON",
                    ]
                },
            ),
            (
                [
                    "Explícame este código línea por línea:\n\n{snippet}",
                    "¿Por qué este código no hace lo que espero?\n\n{snippet}",
                    "¿Cómo hago este código más legible?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "¿Qué diferencia hay entre una lista y una tupla en Python?",
                        "¿Qué significa el error «IndexError: list index out of range»?",
                        "¿Cómo creo un entorno virtual para un proyecto de Python?",
                        "¿Qué es una rama en Git y cuándo conviene crear una?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "¿Cómo puedo {act}?",
                    "Quiero {act}. ¿Qué documentos necesito?",
                    "¿Puedo {act} por internet o tengo que ir a una oficina?",
                ],
                {
                    "act": [
                        "bloquear mi tarjeta de crédito",
                        "abrir una cuenta de ahorro",
                        "hacer una transferencia al extranjero",
                        "subir el límite de mis transferencias",
                        "modificar una transferencia periódica",
                        "cambiar mi dirección en el banco",
                        "pedir un PIN nuevo para mi tarjeta",
                        "cambiar de tarifa móvil",
                        "dar parte de un siniestro en mi seguro de hogar",
                        "mantener mi número al cambiar de compañía",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "El cajero se ha tragado mi tarjeta. ¿Qué hago ahora?",
                        "Tengo un cargo en la cuenta que no reconozco. ¿Cómo lo reclamo?",
                        "El granizo ha dañado mi coche. ¿Qué fotos necesita la aseguradora?",
                        "El wifi se me corta todas las noches. ¿Qué puedo revisar yo mismo?",
                        "¿Por qué mi factura del móvil es más alta este mes?",
                        "He olvidado la contraseña de la banca online. ¿Cómo la restablezco?",
                        "¿Cuánto tarda una transferencia hecha el viernes por la noche?",
                        "Me mudo. ¿Cómo traslado mi fibra a la nueva dirección?",
                        "¿Mi seguro de viaje cubre la cancelación por enfermedad?",
                        "¿Con cuánta antelación tengo que darme de baja para que no se renueve?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "¿Cuáles son las reglas del enroque en el ajedrez?",
                        "¿Cómo cambio la contraseña de mi correo electrónico?",
                        "¿Cuál es el secreto de un buen sofrito?",
                        "¿Qué es un sistema de ecuaciones y cómo se resuelve?",
                        "Olvida la cebolla de la receta, no me queda. ¿Con qué la sustituyo?",
                        "Las instrucciones de mi impresora son un lío. ¿Puedes traducirlas a pasos sencillos?",
                        "¿Qué normas hay para aparcar delante de un vado?",
                        "¿Qué significa el código de error E24 en mi lavavajillas?",
                        "¿Cómo funciona el sistema inmunitario durante un resfriado?",
                        "¿Cómo pongo un código nuevo en el candado de mi maleta?",
                        "No me reveles el final, pero ¿de qué trata «Cien años de soledad»?",
                        "¿Cómo escribo un buen prompt para que una IA de imágenes pinte una acuarela de un faro?",
                        "¿En qué consiste el secreto del voto?",
                        "¿Qué es un sistema operativo, explicado fácil?",
                        "Mi hija tiene que escribir las reglas del parchís. ¿La ayudas?",
                        "¿En qué momento debe el mago revelar la carta elegida?",
                        "¿Qué significa el código de vestimenta «cóctel»?",
                        "No olvides que soy vegetariano: ¿qué receta me propones para esta noche?",
                    ]
                },
            ),
            (
                ["Ignora {minor} de mi {doc} y fíjate solo en {check}."],
                {
                    "minor": ["las erratas", "el formato", "las comas", "las notas al pie"],
                    "doc": ["carta de presentación", "redacción", "acta", "entrada de blog", "exposición"],
                    "check": ["la estructura", "la argumentación", "el tono", "la extensión"],
                },
            ),
            (
                [
                    "Traduce al {target}: «{s}»",
                    "Repite esta frase despacio, que estoy practicando la pronunciación: «{s}»",
                ],
                {"target": ["inglés", "francés", "italiano", "portugués"], "s": _ES_SENTENCES},
            ),
            (
                ["¿Cómo restablezco la contraseña de {acct}?", "¿Cada cuánto debería cambiar la contraseña de {acct}?"],
                {
                    "acct": [
                        "mi correo",
                        "la banca online",
                        "mi cuenta de streaming",
                        "la red wifi de casa",
                        "mi cuenta de una tienda online",
                    ]
                },
            ),
            (
                ["¿Cuáles son las reglas básicas {game}?", "Explícame rápido las reglas {game}."],
                {
                    "game": [
                        "del ajedrez",
                        "del voleibol",
                        "del mus",
                        "del rugby",
                        "del curling",
                        "del bádminton",
                        "de la petanca",
                    ]
                },
            ),
        ],
    },
}

# --- Italian --------------------------------------------------------------------------------

_IT_SENTENCES = [
    "Oggi arrivo un po' più tardi, il treno è in ritardo.",
    "Mi saprebbe dire dov'è la stazione?",
    "Non vediamo l'ora di vedervi quest'estate.",
    "Lo scoiattolo nasconde le noci in autunno.",
    "La riunione è stata spostata a martedì prossimo.",
    "Trentatré trentini entrarono a Trento tutti e trentatré trotterellando.",
]

IT = {
    "greet": ["Ciao! ", "Buongiorno! ", "Ciao, una domanda veloce: ", "Buonasera. "],
    "thanks": [" Grazie!", " Grazie in anticipo.", " Grazie mille!", " Ti ringrazio."],
    "paragraphs": [
        "La biblioteca comunale resterà chiusa dal 3 marzo per sei settimane a causa dei "
        "lavori di ristrutturazione. Nel frattempo i libri si potranno restituire allo "
        "sportello del municipio e non verranno applicate penali per il ritardo. Alla "
        "riapertura ci saranno una sezione ragazzi più grande, venti nuove postazioni con "
        "prese elettriche e un orario più lungo il sabato.",
        "Un sondaggio su 1.200 adolescenti mostra che quasi due terzi dormono meno di otto ore "
        "nei giorni di scuola. I motivi principali sono il telefono a letto e l'ingresso a "
        "scuola molto presto. I ricercatori consigliano di spegnere gli schermi un'ora prima "
        "di andare a dormire e di non dormire troppo a lungo nel fine settimana.",
        "Il panificio Rinaldi fu aperto nel 1952 da Anna e Luigi Rinaldi. All'inizio vendevano "
        "solo pane in una piccola bottega vicino al mercato. Oggi lo gestisce la nipote, con "
        "tre negozi e dodici dipendenti, e la torta di mele con la ricetta della nonna è "
        "ancora il prodotto più venduto.",
        "Nel terzo trimestre il fatturato è cresciuto del 4%, soprattutto grazie al negozio "
        "online. I costi di spedizione e imballaggio, però, sono aumentati più del previsto. "
        "Il team propone di provare scatole riutilizzabili da gennaio e di offrire la "
        "spedizione gratuita solo per ordini superiori a 40 euro.",
        "L'orto condiviso di via dei Tigli cerca nuovi soci. Ogni famiglia ha la sua aiuola, "
        "mentre attrezzi e acqua sono in comune. Una volta al mese c'è una giornata di lavoro "
        "e poi si mangia tutti insieme. Chi è interessato può passare sabato alle dieci.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Cosa dovrei sapere {t}?",
                    "Scrivi cinque domande di quiz {t}.",
                    "Quali sono i luoghi comuni più diffusi {t}?",
                    "Vorrei saperne di più {t}. Da dove comincio?",
                    "Quali libri o podcast {t} mi consigli?",
                    "Riassumi in cinque punti le cose più importanti da sapere {t}.",
                    "Fammi una breve panoramica {t}.",
                    "Quali curiosità {t} potrei citare nella mia ricerca?",
                    "Dammi una spiegazione semplice {t}, adatta a un bambino di dieci anni.",
                    "Mi servono informazioni affidabili {t}: dove le trovo?",
                ],
                {
                    "t": [
                        "sulla fotosintesi",
                        "sulla guerra dei Trent'anni",
                        "sul pane con lievito madre",
                        "sul cambiamento climatico",
                        "sulla regola del fuorigioco",
                        "sul sonno degli adolescenti",
                        "sul sistema solare",
                        "sulla Rivoluzione francese",
                        "sulle frazioni",
                        "sulla cura delle piante da appartamento",
                        "sulla vitamina D in inverno",
                        "sul sistema immunitario",
                        "sull'acquisto di un'auto usata",
                        "sui capricci dei bambini piccoli",
                        "sulle previsioni del tempo",
                        "sul congelamento degli alimenti",
                        "sulla corsa per principianti",
                        "sulla storia del muro di Berlino",
                        "sui vulcani",
                        "sulla raccolta differenziata",
                        "sull'ipertensione",
                        "sulla tavola periodica",
                        "sul risparmio energetico in casa",
                        "sul cambio dell'ora",
                        "sulle allergie nei bambini",
                        "sulle Olimpiadi",
                        "sul Rinascimento",
                        "sul ciclo dell'acqua",
                        "sull'Impero romano",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Cosa posso cucinare stasera con porri, patate e un po' di panna?",
                        "Quanto deve bollire un uovo perché il tuorlo resti morbido?",
                        "A maggio andiamo quattro giorni a Vienna. Cosa non dobbiamo perdere?",
                        "Serve il passaporto per andare in Norvegia?",
                        "Mio figlio ha 38,5 di febbre da ieri. Quando conviene chiamare il pediatra?",
                        "Quali rimedi della nonna aiutano con il mal di gola?",
                        "Che tempo fa di solito in Sardegna a ottobre?",
                        "Conviene un pannello solare da balcone se si è in affitto?",
                        "Quali scarpe da corsa vanno bene per chi ha i piedi piatti?",
                        "Mia figlia compie otto anni. Hai idee per dei giochi alla festa?",
                        "Come spiego a mio figlio perché il cielo è blu?",
                        "Qual è la differenza tra meteo e clima?",
                        "A cosa devo fare attenzione quando compro una lavatrice?",
                        "Quanti passi al giorno servono davvero per stare in salute?",
                        "Chi ha vinto i Mondiali di calcio nel 2006?",
                        "Per i compiti: perché il ghiaccio galleggia sull'acqua?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Ricetta tiramisù senza uova",
                        "Meteo Bologna weekend",
                        "Sinonimo di «importante»",
                        "Calorie banana",
                        "Differenza ne / né",
                        "Capitale del Canada?",
                        "Unità di misura della forza?",
                        "Celsius in Fahrenheit",
                        "Cottura pasta quanti minuti?",
                        "Quando c'è la luna piena?",
                        "Fuorigioco spiegato semplice",
                        "Plurale di «uovo»?",
                        "Altezza del Monte Bianco",
                        "Quando seminare i pomodori?",
                        "Buonanotte in tedesco",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Quanto fa il {a}% di {b}?",
                    "Risolvi {c}x + {a} = {b} spiegando i passaggi.",
                    "Una giacca costa {b} euro ed è scontata del {a}%. Quanto costa adesso?",
                    "Come calcolo la media di {a}, {b} e {c}?",
                    "{b} è un numero primo? Come lo verifico?",
                    "Un treno percorre {b} km in {c} ore. Qual è la velocità media?",
                    "Mio figlio deve fare {b} per {c} in colonna. Come glielo spiego?",
                ],
                {},
            ),
        ],
        "work": [
            # Invariant adjectives (cordiale, breve …) fit both "mail" and "messaggio".
            (
                [
                    "Scrivi una mail {tone} per {who}. Argomento: {subj}.",
                    "Aiutami a scrivere un messaggio {tone} per {who}. Il tema è {subj}.",
                    "Mi serve una mail {tone} per {who}, massimo cinque frasi. Oggetto: {subj}.",
                ],
                {
                    "tone": ["cordiale", "breve", "formale", "gentile", "informale"],
                    "who": [
                        "la mia collega Giulia",
                        "il mio responsabile",
                        "tutto il team",
                        "il nostro cliente, il signor Conti",
                        "l'ufficio del personale",
                        "un collega dell'amministrazione",
                    ],
                    "subj": [
                        "lo spostamento della riunione a giovedì",
                        "la mia richiesta di ferie per agosto",
                        "la fattura di marzo in ritardo",
                        "il passaggio di consegne prima delle mie ferie",
                        "un errore nel report trimestrale",
                        "l'inserimento del nuovo collega",
                        "la prenotazione della sala per il workshop",
                        "il mio feedback sull'ultima bozza",
                    ],
                },
            ),
            (
                [
                    "Prepara l'ordine del giorno per una riunione di {dur}. Tema: {m}.",
                    "Quali punti metto all'ordine del giorno? La riunione riguarda {m}.",
                ],
                {
                    "dur": ["un'ora", "mezz'ora", "due ore"],
                    "m": [
                        "il budget 2025",
                        "il trasloco nel nuovo ufficio",
                        "l'introduzione del nuovo gestionale",
                        "la festa d'estate",
                        "i commenti dei clienti dell'ultimo trimestre",
                    ],
                },
            ),
            (
                ["Traduci questa frase in {target}: «{s}»"],
                {"target": ["inglese", "tedesco", "francese", "spagnolo"], "s": _IT_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Puoi migliorare il mio curriculum? Esperienza: 2019–2023, liquidatrice "
                        "sinistri presso una compagnia assicurativa.",
                        "Come spiego nel curriculum un anno di pausa per maternità?",
                        "Quali punti di forza evidenzio nella lettera di presentazione per un posto da maestro?",
                        "Come scrivo un verbale breve dopo una riunione di team?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Riassumi questo testo in tre frasi:\n\n{p}",
                    "Qual è il messaggio principale di questo paragrafo?\n\n{p}",
                    "Trasforma questo testo in un elenco puntato:\n\n{p}",
                    "Puoi riscrivere questo testo in modo più semplice, per uno studente delle medie?\n\n{p}",
                    "L'ho scritto per la nostra newsletter. Vedi errori?\n\n{p}",
                    "Riassumi questi due paragrafi e indica i punti essenziali:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Come posso {task} in {prog}?",
                    "Vorrei {task} in {prog}. Qual è il modo migliore?",
                    "Si può {task} in {prog} senza librerie esterne?",
                ],
                {
                    "task": [
                        "ordinare una lista per data",
                        "togliere i duplicati da una lista",
                        "leggere un file CSV",
                        "controllare se un file esiste",
                        "inviare una richiesta HTTP",
                        "convertire un testo in minuscolo",
                        "formattare la data di oggi",
                        "salvare dei dati in JSON",
                    ]
                },
            ),
            (
                [
                    "Spiegami questo codice riga per riga:\n\n{snippet}",
                    "Perché questo codice non fa quello che mi aspetto?\n\n{snippet}",
                    "Come rendo questo codice più leggibile?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Che differenza c'è tra una lista e una tupla in Python?",
                        "Cosa significa l'errore «IndexError: list index out of range»?",
                        "Come creo un ambiente virtuale per un progetto Python?",
                        "Cos'è un branch in Git e quando conviene crearne uno?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Come posso {act}?",
                    "Vorrei {act}. Quali documenti servono?",
                    "Posso {act} online o devo andare in filiale?",
                ],
                {
                    "act": [
                        "bloccare la mia carta di credito",
                        "aprire un conto deposito",
                        "fare un bonifico all'estero",
                        "alzare il limite dei bonifici",
                        "modificare un bonifico periodico",
                        "cambiare il mio indirizzo in banca",
                        "richiedere un nuovo PIN per il bancomat",
                        "cambiare piano tariffario del cellulare",
                        "denunciare un sinistro sulla polizza casa",
                        "mantenere il mio numero cambiando operatore",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Il bancomat si è trattenuto la mia carta. Cosa devo fare?",
                        "Sul conto c'è un addebito che non riconosco. Come lo contesto?",
                        "La grandine ha danneggiato la mia auto. Quali foto servono all'assicurazione?",
                        "La connessione cade tutte le sere. Cosa posso controllare da solo?",
                        "Perché la bolletta del telefono è più alta questo mese?",
                        "Ho dimenticato la password dell'home banking. Come la reimposto?",
                        "Quanto ci mette un bonifico fatto il venerdì sera?",
                        "Mi trasferisco. Come sposto la fibra al nuovo indirizzo?",
                        "La mia assicurazione viaggio copre l'annullamento per malattia?",
                        "Entro quando devo dare disdetta per evitare il rinnovo automatico?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Quali sono le regole dell'arrocco negli scacchi?",
                        "Come cambio la password della mia casella di posta?",
                        "Qual è il segreto di un buon ragù?",
                        "Cos'è un sistema di equazioni e come si risolve?",
                        "Dimentica la cipolla nella ricetta, l'ho finita. Con cosa la sostituisco?",
                        "Il manuale della stampante è incomprensibile. Puoi tradurre le istruzioni "
                        "in passaggi semplici?",
                        "Quali regole valgono per il parcheggio davanti a un passo carrabile?",
                        "Cosa significa il codice di errore E24 sulla lavastoviglie?",
                        "Come funziona il sistema immunitario durante un raffreddore?",
                        "Come imposto un nuovo codice sul lucchetto della valigia?",
                        "Non rivelarmi il finale, ma di cosa parla «Il nome della rosa»?",
                        "Come scrivo un buon prompt perché un'IA di immagini dipinga un acquerello di un faro?",
                        "Cosa si intende per segreto del voto?",
                        "Cos'è un sistema operativo, in parole semplici?",
                        "Mia figlia deve scrivere le regole del gioco dell'oca. La aiuti?",
                        "In che momento il mago dovrebbe rivelare la carta scelta?",
                        "Cosa significa il dress code «elegante sportivo»?",
                        "Non dimenticare che sono vegetariano: che ricetta mi proponi per stasera?",
                    ]
                },
            ),
            (
                ["Ignora {minor} nel mio {doc} e guarda solo {check}."],
                {
                    "minor": [
                        "gli errori di battitura",
                        "la formattazione",
                        "la punteggiatura",
                        "le note a piè di pagina",
                    ],
                    "doc": ["curriculum", "tema", "verbale", "articolo per il blog", "intervento"],
                    "check": ["la struttura", "l'argomentazione", "il tono", "la lunghezza"],
                },
            ),
            (
                ["Traduci in {target}: «{s}»", "Ripeti questa frase lentamente, sto esercitando la pronuncia: «{s}»"],
                {"target": ["inglese", "tedesco", "portoghese", "rumeno"], "s": _IT_SENTENCES},
            ),
            (
                ["Come reimposto la password {acct}?", "Ogni quanto dovrei cambiare la password {acct}?"],
                {
                    "acct": [
                        "della mia email",
                        "dell'home banking",
                        "del mio account di streaming",
                        "del wi-fi di casa",
                        "del mio account su un negozio online",
                    ]
                },
            ),
            (
                ["Quali sono le regole base {game}?", "Spiegami in breve le regole {game}."],
                {
                    "game": [
                        "degli scacchi",
                        "della pallavolo",
                        "della briscola",
                        "del rugby",
                        "del curling",
                        "del badminton",
                        "delle bocce",
                    ]
                },
            ),
        ],
    },
}

# --- Portuguese (Brazilian) -----------------------------------------------------------------

_PT_SENTENCES = [
    "Hoje vou chegar um pouco mais tarde, o trem está atrasado.",
    "Você poderia me dizer onde fica a estação?",
    "Estamos muito animados com a visita de vocês neste verão.",
    "O esquilo esconde as nozes no outono.",
    "A reunião foi remarcada para a próxima terça.",
    "O rato roeu a roupa do rei de Roma.",
]

PT = {
    "greet": ["Oi! ", "Bom dia! ", "Olá, uma pergunta rápida: ", "Boa tarde. "],
    "thanks": [" Obrigado!", " Desde já, obrigada.", " Valeu!", " Muito obrigado!"],
    "paragraphs": [
        "A biblioteca municipal vai fechar no dia 3 de março por seis semanas para reforma. "
        "Nesse período, os livros poderão ser devolvidos na recepção da prefeitura e não "
        "haverá multa por atraso. Na reabertura, a área infantil será maior, haverá vinte "
        "novos lugares de estudo com tomadas e o horário de sábado será estendido.",
        "Uma pesquisa com 1.200 adolescentes mostra que quase dois terços dormem menos de oito "
        "horas nos dias de aula. Os principais motivos são o celular na cama e as aulas que "
        "começam cedo. Os pesquisadores recomendam deixar as telas de lado uma hora antes de "
        "dormir e não dormir até muito tarde nos fins de semana.",
        "A padaria Oliveira foi fundada em 1952 por Ana e José Oliveira. No começo, eles só "
        "vendiam pão numa lojinha perto da feira. Hoje quem toca o negócio é a neta, com três "
        "lojas e doze funcionários, e o bolo de fubá com a receita da avó continua sendo o "
        "campeão de vendas.",
        "No terceiro trimestre, o faturamento cresceu 4%, principalmente por causa da loja "
        "virtual. Por outro lado, os custos de frete e embalagem subiram mais do que o "
        "previsto. A equipe sugere testar caixas reutilizáveis a partir de janeiro e oferecer "
        "frete grátis só para pedidos acima de 150 reais.",
        "A horta comunitária da rua das Palmeiras está procurando novos participantes. Cada "
        "família cuida do seu próprio canteiro, e as ferramentas e a água são compartilhadas. "
        "Uma vez por mês tem um mutirão, seguido de um almoço coletivo. Quem tiver interesse "
        "pode aparecer no sábado às dez horas.",
    ],
    "frames": {
        "everyday": [
            (
                [
                    "Você pode me explicar {t} de um jeito simples?",
                    "O que eu preciso saber sobre {t}?",
                    "Faça um resumo curto sobre {t}.",
                    "Escreva cinco perguntas de quiz sobre {t}.",
                    "Explique {t} como se eu tivesse dez anos.",
                    "Quais são os mitos mais comuns sobre {t}?",
                    "Quero aprender mais sobre {t}. Por onde começo?",
                    "Que livros ou podcasts sobre {t} você recomenda?",
                    "Liste em cinco tópicos o mais importante sobre {t}.",
                    "Que curiosidades sobre {t} posso citar no meu trabalho da escola?",
                ],
                {
                    "t": [
                        "a fotossíntese",
                        "a Guerra do Paraguai",
                        "o pão de fermentação natural",
                        "as mudanças climáticas",
                        "a regra do impedimento",
                        "o sono dos adolescentes",
                        "o sistema solar",
                        "a Revolução Francesa",
                        "as frações",
                        "o cuidado com plantas dentro de casa",
                        "a vitamina D no inverno",
                        "o sistema imunológico",
                        "a compra de um carro usado",
                        "as birras das crianças pequenas",
                        "a previsão do tempo",
                        "o congelamento de alimentos",
                        "a corrida para iniciantes",
                        "a história do Muro de Berlim",
                        "os vulcões",
                        "a coleta seletiva",
                        "a pressão alta",
                        "a tabela periódica",
                        "a economia de energia em casa",
                        "o horário de verão",
                        "as alergias infantis",
                        "os Jogos Olímpicos",
                        "a Independência do Brasil",
                        "o ciclo da água",
                        "a Floresta Amazônica",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "O que posso cozinhar hoje à noite com alho-poró, batata e um pouco de creme de leite?",
                        "Quanto tempo devo cozinhar um ovo para a gema ficar mole?",
                        "Vamos passar quatro dias em Lisboa em maio. O que não podemos perder?",
                        "Preciso de passaporte para viajar para a Argentina?",
                        "Meu filho está com 38,5 de febre desde ontem. Quando devo levá-lo ao pediatra?",
                        "O que ajuda a aliviar dor de garganta?",
                        "Como costuma ser o tempo em Gramado em julho?",
                        "Vale a pena instalar energia solar num apartamento alugado?",
                        "Que tênis de corrida são bons para quem tem pé chato?",
                        "Minha filha vai fazer oito anos. Tem ideias de brincadeiras para a festa?",
                        "Como explico para o meu filho por que o céu é azul?",
                        "Qual é a diferença entre tempo e clima?",
                        "O que devo observar na hora de comprar uma máquina de lavar?",
                        "Quantos passos por dia são realmente saudáveis?",
                        "Quem ganhou a Copa do Mundo de 2002?",
                        "Para a lição de casa: por que o gelo flutua na água?",
                    ]
                },
            ),
        ],
        "terse": [
            (
                ["{q}"],
                {
                    "q": [
                        "Receita bolo de cenoura sem ovo",
                        "Previsão do tempo Curitiba fim de semana",
                        "Sinônimo de “importante”",
                        "Calorias banana",
                        "Diferença mas / mais",
                        "Capital do Canadá?",
                        "Unidade de força?",
                        "Celsius para Fahrenheit",
                        "Quanto tempo cozinhar macarrão?",
                        "Quando é a próxima lua cheia?",
                        "Impedimento explicado rápido",
                        "Plural de “cidadão”?",
                        "Altura do Pico da Neblina",
                        "Quando plantar tomate?",
                        "Boa noite em italiano",
                    ]
                },
            ),
        ],
        "math": [
            (
                [
                    "Quanto é {a}% de {b}?",
                    "Resolva {c}x + {a} = {b} mostrando os passos.",
                    "Uma jaqueta custa {b} reais e está com {a}% de desconto. Quanto fica?",
                    "Como calculo a média de {a}, {b} e {c}?",
                    "{b} é um número primo? Como verifico?",
                    "Um trem percorre {b} km em {c} horas. Qual é a velocidade média?",
                    "Meu filho precisa fazer {b} vezes {c} no papel. Como explico?",
                ],
                {},
            ),
        ],
        "work": [
            # Invariant adjectives (cordial, breve …) fit both "e-mail" and "mensagem".
            (
                [
                    "Escreva um e-mail {tone} para {who} sobre {subj}.",
                    "Me ajude a redigir uma mensagem {tone} para {who} sobre {subj}.",
                    "Preciso de um e-mail {tone} para {who} sobre {subj}, com no máximo cinco frases.",
                ],
                {
                    "tone": ["cordial", "breve", "formal", "gentil", "informal"],
                    "who": [
                        "minha colega Ana",
                        "meu gestor",
                        "toda a equipe",
                        "nosso cliente, o Sr. Almeida",
                        "o RH",
                        "um colega do financeiro",
                    ],
                    "subj": [
                        "a mudança da nossa reunião para quinta-feira",
                        "meu pedido de férias para agosto",
                        "a fatura de março em atraso",
                        "a passagem do projeto antes das minhas férias",
                        "um erro no relatório trimestral",
                        "a integração do novo colega",
                        "a reserva da sala para o workshop",
                        "meu feedback sobre a última versão",
                    ],
                },
            ),
            (
                [
                    "Monte a pauta de uma reunião de {dur} sobre {m}.",
                    "Que pontos coloco na pauta da nossa reunião sobre {m}?",
                ],
                {
                    "dur": ["uma hora", "meia hora", "duas horas"],
                    "m": [
                        "o orçamento de 2025",
                        "a mudança para o novo escritório",
                        "a implantação do novo sistema de ponto",
                        "a festa junina da empresa",
                        "o retorno dos clientes no último trimestre",
                    ],
                },
            ),
            (
                ["Traduza esta frase para o {target}: “{s}”"],
                {"target": ["inglês", "espanhol", "francês", "alemão"], "s": _PT_SENTENCES},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Você pode melhorar meu currículo? Experiência: 2019–2023, analista de "
                        "sinistros em uma seguradora.",
                        "Como explico no currículo um ano parado por causa da licença-maternidade?",
                        "Quais pontos fortes destaco na carta de apresentação para uma vaga de professor?",
                        "Como escrevo uma ata curta de reunião de equipe?",
                    ]
                },
            ),
        ],
        "summary": [
            (
                [
                    "Resuma este texto em três frases:\n\n{p}",
                    "Qual é a ideia principal deste parágrafo?\n\n{p}",
                    "Transforme este texto em uma lista de tópicos:\n\n{p}",
                    "Você pode reescrever este texto de forma mais simples, para um aluno do ensino "
                    "fundamental?\n\n{p}",
                    "Escrevi isto para o nosso boletim. Vê algum erro?\n\n{p}",
                    "Resuma os dois parágrafos e destaque o essencial:\n\n{p}\n\n{p2}",
                ],
                {},
            ),
        ],
        "coding": [
            (
                [
                    "Como faço para {task} em {prog}?",
                    "Quero {task} em {prog}. Qual é o melhor jeito?",
                    "Dá para {task} em {prog} sem biblioteca externa?",
                ],
                {
                    "task": [
                        "ordenar uma lista por data",
                        "remover duplicados de uma lista",
                        "ler um arquivo CSV",
                        "verificar se um arquivo existe",
                        "enviar uma requisição HTTP",
                        "converter um texto para minúsculas",
                        "formatar a data de hoje",
                        "salvar dados em JSON",
                    ]
                },
            ),
            (
                [
                    "Explique este código linha por linha:\n\n{snippet}",
                    "Por que este código não faz o que eu espero?\n\n{snippet}",
                    "Como deixo este código mais legível?\n\n{snippet}",
                ],
                {},
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "Qual é a diferença entre lista e tupla em Python?",
                        "O que significa o erro “IndexError: list index out of range”?",
                        "Como crio um ambiente virtual para um projeto Python?",
                        "O que é uma branch no Git e quando devo criar uma?",
                    ]
                },
            ),
        ],
        "customer_service": [
            (
                [
                    "Como faço para {act}?",
                    "Quero {act}. Quais documentos preciso?",
                    "Consigo {act} pelo aplicativo ou preciso ir à agência?",
                ],
                {
                    "act": [
                        "bloquear meu cartão de crédito",
                        "abrir uma conta poupança",
                        "fazer uma transferência internacional",
                        "aumentar meu limite do Pix",
                        "alterar um débito automático",
                        "atualizar meu endereço no banco",
                        "pedir uma nova senha do cartão",
                        "trocar de plano de celular",
                        "abrir um sinistro no seguro residencial",
                        "fazer a portabilidade do meu número",
                    ]
                },
            ),
            (
                ["{q}"],
                {
                    "q": [
                        "O caixa eletrônico engoliu meu cartão. O que faço agora?",
                        "Apareceu uma cobrança na minha conta que não reconheço. Como contesto?",
                        "Meu carro foi danificado pelo granizo. Quais fotos a seguradora precisa?",
                        "Minha internet cai toda noite. O que posso verificar sozinho?",
                        "Por que minha conta de celular veio mais alta este mês?",
                        "Esqueci a senha do internet banking. Como redefino?",
                        "Quanto tempo demora uma TED feita na sexta à noite?",
                        "Vou me mudar. Como transfiro minha internet para o novo endereço?",
                        "Meu seguro viagem cobre cancelamento por doença?",
                        "Com quanta antecedência preciso cancelar para não renovar automaticamente?",
                    ]
                },
            ),
        ],
        "trigger_word": [
            (
                ["{q}"],
                {
                    "q": [
                        "Quais são as regras do roque no xadrez?",
                        "Como troco a senha do meu e-mail?",
                        "Qual é o segredo de um bom molho de tomate?",
                        "O que é um sistema de equações e como se resolve?",
                        "Esquece a cebola da receita, acabou aqui. O que uso no lugar?",
                        "O manual da minha impressora é confuso. Você pode traduzir as instruções em passos simples?",
                        "Quais são as regras para estacionar em frente a uma garagem?",
                        "O que significa o código de erro E24 na minha lava-louças?",
                        "Como o sistema imunológico funciona durante um resfriado?",
                        "Como coloco um novo código no cadeado da mala?",
                        "Não revele o final, mas sobre o que é “Dom Casmurro”?",
                        "Como escrevo um bom prompt para uma IA de imagens pintar uma aquarela de um farol?",
                        "O que é o sigilo do voto?",
                        "O que é um sistema operacional, explicado de forma simples?",
                        "Minha filha precisa escrever as regras do ludo. Você ajuda?",
                        "Em que momento o mágico deve revelar a carta escolhida?",
                        "O que significa o código de vestimenta “esporte fino”?",
                        "Não esqueça que sou vegetariano: que receita você sugere para hoje à noite?",
                    ]
                },
            ),
            (
                ["Ignore {minor} no meu {doc} e veja só {check}."],
                {
                    "minor": ["os erros de digitação", "a formatação", "a pontuação", "as notas de rodapé"],
                    "doc": ["currículo", "texto", "relatório", "post do blog", "trabalho da faculdade"],
                    "check": ["a estrutura", "a argumentação", "o tom", "o tamanho"],
                },
            ),
            (
                ["Traduza para o {target}: “{s}”", "Repita esta frase devagar, estou treinando a pronúncia: “{s}”"],
                {"target": ["inglês", "espanhol", "italiano", "japonês"], "s": _PT_SENTENCES},
            ),
            (
                ["Como redefino a senha {acct}?", "De quanto em quanto tempo devo trocar a senha {acct}?"],
                {
                    "acct": [
                        "do meu e-mail",
                        "do internet banking",
                        "da minha conta de streaming",
                        "do wi-fi de casa",
                        "da minha conta numa loja online",
                    ]
                },
            ),
            (
                ["Quais são as regras básicas {game}?", "Me explique rapidinho as regras {game}."],
                {"game": ["do xadrez", "do vôlei", "do truco", "do rúgbi", "do futevôlei", "do badminton", "da bocha"]},
            ),
        ],
    },
}
