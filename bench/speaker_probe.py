"""Speaker probe: short invented paragraphs in four languages, each quote with the speaker a reader gives it.

Run through the full pipeline of each language (`get_nlp`), so persons and organisations are found as in a
real run. Prints per-language attribution accuracy (speaker and speaker type both right) and the misses:

    .venv/bin/python bench/speaker_probe.py [-v]

Every name and company here is invented; the sentences exercise constructions (particles in surnames,
spokespeople of an organisation, a colon after a person's sentence, a second quote of the same speaker,
pronouns after an organisation, inverted incises with an apposition, a quote split by an incise, a title
standing for a person named in an earlier paragraph), not any article of the fixtures.
"""

from __future__ import annotations

import sys
import unicodedata

ORG, PER, ANON, NONE = "organization", "person", "anonymous", "none"

# lang -> [(paragraphs, [(a piece of the quote, expected speaker, expected type), ...]), ...]
PROBES: dict[str, list[tuple[str, list[tuple[str, str | None, str]]]]] = {
    "en": [
        ('Nadia Okonkwo was clear. "We will not sell."', [("We will not sell", "Nadia Okonkwo", PER)]),
        ('"We are ready," Daniel Brooks told Reuters on Tuesday.', [("We are ready", "Daniel Brooks", PER)]),
        ('Quadrel\'s chief executive, Nadia Okonkwo, spoke first.\nThe company\'s chief executive later said the bid was "hostile".', [("hostile", "Nadia Okonkwo", PER)]),
        ('"We were surprised," said Oliver Grant, Brellin\'s chairman, adding that the board would "consider all options".', [("We were surprised", "Oliver Grant", PER), ("consider all options", "Oliver Grant", PER)]),
        ('Harwick Energy did not respond. Its chairman, Peter Lindqvist, said last week the sale was "off the table".', [("off the table", "Peter Lindqvist", PER)]),
        ('Speaking at a conference in Boston, Laura Whitfield said the market was "overheated".',
         [("overheated", "Laura Whitfield", PER)]),
        ('In an interview with the Financial Times, the chief executive of Quadrel, Daniel Brooks, said the company '
         'was "well capitalised".', [("well capitalised", "Daniel Brooks", PER)]),
        ('Daniel Brooks, 54, was calm. "It\'s a fair price," added Brooks.', [("fair price", "Daniel Brooks", PER)]),
        ('Asked whether Quadrel would raise its offer, Nadia Okonkwo replied: "No."', [("No.", "Nadia Okonkwo", PER)]),
        ('In a letter to staff, chief executive Nadia Okonkwo wrote that the deal was "a new chapter".',
         [("new chapter", "Nadia Okonkwo", PER)]),
        ('Quadrel shares fell 4%. Analysts at Brellin Bank called the deal "expensive".',
         [("expensive", "Brellin Bank", ORG)]),
        ('"This is a good outcome for everyone," says Tom Avery, founder of Ostra.',
         [("good outcome", "Tom Avery", PER)]),
        ('Laura Whitfield welcomed the deal. Her rival, Simon Grey, was less enthusiastic: "It is a mistake."',
         [("It is a mistake", "Simon Grey", PER)]),
        ('According to a statement from Quadrel Systems, the merger will be "completed by June".',
         [("completed by June", "Quadrel Systems", ORG)]),
        ('Helen Carver, a former energy minister, now chairs Ostra.\n'
         'The former minister said the plan was "bold but necessary".', [("bold but necessary", "Helen Carver", PER)]),
        ('"We have signed," Tom Avery said on Monday. "Now the hard work begins. We will hire 200 people."',
         [("We have signed", "Tom Avery", PER), ("hard work begins", "Tom Avery", PER)]),
        ('Nadia Okonkwo is sure of one thing: "We are staying in Leeds."', [("staying in Leeds", "Nadia Okonkwo", PER)]),
        ('Pieter van den Berg, the chief executive of Quadrel, defended the plan. "We have no reason to wait," '
         'van den Berg said.', [("no reason to wait", "Pieter van den Berg", PER)]),
        ('"The market is turning," said Ursula von der Brügge, chief executive of Ostra Logistics.',
         [("market is turning", "Ursula von der Brügge", PER)]),
        ('A spokeswoman for Harwick Energy said the company "does not comment on rumours".',
         [("does not comment", "Harwick Energy", ORG)]),
        ('Margaret Ellison addressed the shareholders of Brellin Foods in Leeds on Tuesday: "We will not sell the '
         'plant."', [("will not sell", "Margaret Ellison", PER)]),
        ('"Prices will rise," said Thomas Kerrigan, an analyst at Brellin Capital. "Demand is simply too strong."',
         [("Prices will rise", "Thomas Kerrigan", PER), ("Demand is simply", "Thomas Kerrigan", PER)]),
        ('Julia Marsh met the board of Quadrel Systems on Friday. "The offer is too low," she said.',
         [("offer is too low", "Julia Marsh", PER)]),
        ('Robert Whitcombe signed the contract on Monday. "This deal is good for us," he said, "and good for the '
         'town."', [("good for us", "Robert Whitcombe", PER), ("good for the town", "Robert Whitcombe", PER)]),
        ('Energy minister Helen Carver visited the Ostra site on Monday.\n'
         'The project has cost 40 million pounds so far. "We will back it to the end," the minister said.',
         [("back it to the end", "Helen Carver", PER)]),
        ('According to Simon Patel, a partner at Harwick Advisors, the price is "fully justified".',
         [("fully justified", "Simon Patel", PER)]),
        ('For Rachel Donnelly, head of research at Brellin, the merger is "a defensive move".',
         [("defensive move", "Rachel Donnelly", PER)]),
        ('Ostra Logistics said in a statement that the sale was "in the best interest of shareholders".',
         [("best interest", "Ostra Logistics", ORG)]),
        ('Chief executive Mark Holloway called the results "disappointing" on Thursday.',
         [("disappointing", "Mark Holloway", PER)]),
        ('"Nobody expected this," one trader said.', [("Nobody expected", None, ANON)]),
        ('Quadrel Systems rejected the bid. "It undervalues the company," a spokesman for Quadrel Systems said.',
         [("undervalues", "Quadrel Systems", ORG)]),
        ('Maria de la Fuente, the finance chief of Quadrel, told analysts: "Margins will recover."',
         [("Margins will recover", "Maria de la Fuente", PER)]),
        ('The chief executive of Brellin, Oliver Grant, left the meeting early.\n'
         'Later, the chief executive described the talks as "constructive".', [("constructive", "Oliver Grant", PER)]),
        ('The project, known internally as "Blue Harbour", starts in June.', [("Blue Harbour", None, NONE)]),
        ('Jean-Marc Le Goff, who runs the French unit, said the plant was "safe".',
         [("safe", "Jean-Marc Le Goff", PER)]),
        ('Iván San Félix did not hide his anger. "This is a betrayal," San Félix said.',
         [("betrayal", "Iván San Félix", PER)]),
        ('"We expect a decision soon," said Karen Holt, a spokeswoman for the Ostra Port Authority.',
         [("decision soon", "Karen Holt", PER)]),
    ],
    "fr": [
        ("Sophie Martel a été claire. « Nous ne vendrons pas. »", [("ne vendrons pas", "Sophie Martel", PER)]),
        ("« Nous sommes prêts », a-t-il expliqué à l'AFP. Paul Lemaire dirige Ostra.", [("Nous sommes prêts", None, NONE)]),
        ("Le PDG de Quadrel, Marc Delorme, a pris la parole.\nLe patron de Quadrel a ensuite qualifié l'offre d'« hostile ».", [("hostile", "Marc Delorme", PER)]),
        ("« Nous avons été surpris », a déclaré Olivier Grandin, président de Brellin, ajoutant que le conseil étudierait « toutes les options ».", [("surpris", "Olivier Grandin", PER), ("toutes les options", "Olivier Grandin", PER)]),
        ("Harwick Énergie n'a pas répondu. Son président, Pierre Lindqvist, avait jugé la vente « exclue ».", [("exclue", "Pierre Lindqvist", PER)]),
        ("Interrogé par Les Echos, Paul Lemaire a estimé que le prix était « raisonnable ».",
         [("raisonnable", "Paul Lemaire", PER)]),
        ("« Nous ne sommes pas pressés », confie Paul Lemaire, 54 ans, fondateur d'Ostra.",
         [("pas pressés", "Paul Lemaire", PER)]),
        ("Dans un entretien au Figaro, la directrice générale de Quadrel, Sophie Martel, juge le marché "
         "« surchauffé ». « C'est un bon prix », ajoute-t-elle.",
         [("surchauffé", "Sophie Martel", PER), ("bon prix", "Sophie Martel", PER)]),
        ("Sophie Martel l'assure : « Nous resterons à Lyon. »", [("resterons à Lyon", "Sophie Martel", PER)]),
        ("Selon un communiqué de Quadrel, la fusion sera « finalisée en juin ».",
         [("finalisée en juin", "Quadrel", ORG)]),
        ("Quadrel a racheté Brellin. « Cette acquisition est stratégique », souligne le groupe dans un communiqué.",
         [("acquisition est stratégique", "Quadrel", ORG)]),
        ("La présidente de Brellin, Anne Rivière, s'est félicitée d'un accord « historique ».",
         [("historique", "Anne Rivière", PER)]),
        ("« Nous avons signé, explique Paul Lemaire, un accord historique. »",
         [("Nous avons signé", "Paul Lemaire", PER)]),
        ("Paul Lemaire, l'ancien ministre, préside désormais Ostra.\n"
         "L'ancien ministre a jugé le plan « audacieux mais nécessaire ».",
         [("audacieux mais nécessaire", "Paul Lemaire", PER)]),
        ("Les analystes de Brellin Bank jugent l'opération « coûteuse ».", [("coûteuse", "Brellin Bank", ORG)]),
        ("Anne Rivière a salué l'accord. Son concurrent, Simon Gris, est moins enthousiaste : « C'est une erreur. »",
         [("C'est une erreur", "Simon Gris", PER)]),
        ("« Nous n'avons aucune raison d'attendre », a déclaré Jean-Marc Le Goff, directeur général de Quadrel.",
         [("aucune raison", "Jean-Marc Le Goff", PER)]),
        ("Une porte-parole de Harwick Énergie a indiqué que le groupe « ne commente pas les rumeurs ».",
         [("ne commente pas", "Harwick Énergie", ORG)]),
        ("Claire Dumoulin s'est exprimée mardi devant les actionnaires de Brellin : « Nous ne vendrons pas "
         "l'usine. »", [("ne vendrons pas", "Claire Dumoulin", PER)]),
        ("« Les prix vont monter », estime Thomas Girard, analyste chez Brellin Capital. « La demande est trop "
         "forte. »", [("prix vont monter", "Thomas Girard", PER), ("demande est trop", "Thomas Girard", PER)]),
        ("Julie Marchand a rencontré mardi la direction d'Ostra Logistique. « L'offre est trop basse », a-t-elle "
         "déclaré.", [("trop basse", "Julie Marchand", PER)]),
        ("Bernard Roussel a signé l'accord lundi. « Cet accord est bon pour nous », a-t-il ajouté, « et bon pour "
         "la ville. »", [("bon pour nous", "Bernard Roussel", PER), ("bon pour la ville", "Bernard Roussel", PER)]),
        ("La ministre de l'Industrie, Hélène Carrel, a visité le site d'Ostra lundi.\n"
         "Le chantier a déjà coûté 40 millions d'euros. « Nous soutiendrons le projet », a assuré la ministre.",
         [("soutiendrons le projet", "Hélène Carrel", PER)]),
        ("Selon Simon Perret, associé chez Harwick Conseil, le prix est « pleinement justifié ».",
         [("pleinement justifié", "Simon Perret", PER)]),
        ("Pour Rachel Daumier, responsable de la recherche chez Brellin, la fusion est « une manœuvre défensive ».",
         [("manœuvre défensive", "Rachel Daumier", PER)]),
        ("Ostra Logistique a indiqué dans un communiqué que la cession était « dans l'intérêt des actionnaires ».",
         [("intérêt des actionnaires", "Ostra Logistique", ORG)]),
        ("Le PDG Marc Delorme a qualifié les résultats de « décevants » jeudi.",
         [("décevants", "Marc Delorme", PER)]),
        ("« Personne ne s'y attendait », confie un trader.", [("Personne ne s'y attendait", None, ANON)]),
        ("María de la Fuente, directrice financière de Quadrel, a prévenu les analystes : « Les marges vont "
         "remonter. »", [("marges vont remonter", "María de la Fuente", PER)]),
        ("Le projet, baptisé « Port Bleu », démarre en juin.", [("Port Bleu", None, NONE)]),
        ("Ursula von der Brügge a quitté la réunion avec Quadrel. Selon elle, les discussions ont été "
         "« constructives ».", [("constructives", "Ursula von der Brügge", PER)]),
        ("Quadrel a rejeté l'offre. Un porte-parole de Quadrel a démenti : « Il n'y a aucune offre ferme. »",
         [("aucune offre ferme", "Quadrel", ORG)]),
        ("« C'est une excellente nouvelle », a réagi Pieter van den Berg, président d'Ostra.",
         [("excellente nouvelle", "Pieter van den Berg", PER)]),
        ("Le directeur général d'Ostra, Olivier Grandin, est parti tôt.\n"
         "Plus tard, le directeur général a jugé les discussions « constructives ».",
         [("constructives", "Olivier Grandin", PER)]),
        ("Iván San Félix n'a pas caché sa colère. « C'est une trahison », a lancé San Félix.",
         [("trahison", "Iván San Félix", PER)]),
        ("« Nous attendons une décision rapide », a déclaré Karine Holtz, porte-parole du Port autonome d'Ostra.",
         [("décision rapide", "Karine Holtz", PER)]),
    ],
    "es": [
        ("Paula Lemus fue clara. «No vamos a vender».", [("No vamos a vender", "Paula Lemus", PER)]),
        ("«Estamos preparados», asegura el consejero delegado de Quadrel, Andrés Molina.", [("Estamos preparados", "Andrés Molina", PER)]),
        ("El consejero delegado de Quadrel, Marcos Delgado, habló primero.\nEl consejero delegado de Quadrel calificó después la oferta de «hostil».", [("hostil", "Marcos Delgado", PER)]),
        ("«Nos sorprendió», declaró Olivier Grandin, presidente de Brellin, quien añadió que el consejo estudiará «todas las opciones».", [("Nos sorprendió", "Olivier Grandin", PER), ("todas las opciones", "Olivier Grandin", PER)]),
        ("Harwick Energía no respondió. Su presidente, Pedro Lindqvist, había calificado la venta de «descartada».", [("descartada", "Pedro Lindqvist", PER)]),
        ("«No tenemos prisa», explica Paula Lemus, de 54 años, fundadora de Ostra.",
         [("No tenemos prisa", "Paula Lemus", PER)]),
        ("En declaraciones a El País, Paula Lemus aseguró que el precio es «razonable».",
         [("razonable", "Paula Lemus", PER)]),
        ("Preguntado por la oferta, el consejero delegado de Quadrel, Andrés Molina, respondió: «No está en venta».",
         [("No está en venta", "Andrés Molina", PER)]),
        ("Fuentes de Quadrel aseguraron que la fusión se cerrará «en junio».", [("en junio", "Quadrel", ORG)]),
        ("Según un comunicado de Quadrel, la fusión estará «cerrada en junio».", [("cerrada en junio", "Quadrel", ORG)]),
        ("Quadrel compró Brellin. «Es una operación estratégica», destacó la compañía en un comunicado.",
         [("operación estratégica", "Quadrel", ORG)]),
        ("Andrés Molina lo tiene claro: «No vamos a vender».", [("No vamos a vender", "Andrés Molina", PER)]),
        ("La presidenta de Brellin, Ana Ribera, celebró un acuerdo «histórico».", [("histórico", "Ana Ribera", PER)]),
        ("«Hemos firmado», dijo Andrés Molina el lunes. «Ahora empieza el trabajo duro. Contrataremos a 200 "
         "personas».", [("Hemos firmado", "Andrés Molina", PER), ("trabajo duro", "Andrés Molina", PER)]),
        ("Paula Lemus, exministra de Economía, preside ahora Ostra.\n"
         "La exministra calificó el plan de «audaz pero necesario».", [("audaz pero necesario", "Paula Lemus", PER)]),
        ("Los analistas de Brellin Bank consideran la operación «cara».", [("cara", "Brellin Bank", ORG)]),
        ("«No tenemos ninguna razón para esperar», afirmó Iván San Félix, consejero delegado de Quadrel.",
         [("ninguna razón", "Iván San Félix", PER)]),
        ("Un portavoz de Harwick Energía señaló que la compañía «no comenta rumores».",
         [("no comenta rumores", "Harwick Energía", ORG)]),
        ("María de la Fuente habló el martes ante los accionistas de Brellin: «No venderemos la planta».",
         [("No venderemos", "María de la Fuente", PER)]),
        ("«Los precios van a subir», dijo Tomás Garrido, analista de Brellin Capital. «La demanda es demasiado "
         "fuerte».", [("precios van a subir", "Tomás Garrido", PER), ("demanda es demasiado", "Tomás Garrido", PER)]),
        ("Julia Márquez se reunió el viernes con la dirección de Ostra Logística. «La oferta es demasiado baja», "
         "dijo ella.", [("demasiado baja", "Julia Márquez", PER)]),
        ("Bernardo Ruiz firmó el acuerdo el lunes. «Este acuerdo es bueno para nosotros», añadió, «y bueno para "
         "la ciudad».", [("bueno para nosotros", "Bernardo Ruiz", PER), ("bueno para la ciudad", "Bernardo Ruiz", PER)]),
        ("La ministra de Industria, Elena Carvajal, visitó la planta de Ostra el lunes.\n"
         "La obra ya ha costado 40 millones de euros. «Apoyaremos el proyecto», aseguró la ministra.",
         [("Apoyaremos el proyecto", "Elena Carvajal", PER)]),
        ("Según Simón Prieto, socio de Harwick Asesores, el precio está «plenamente justificado».",
         [("plenamente justificado", "Simón Prieto", PER)]),
        ("Para Raquel Doménech, directora de análisis de Brellin, la fusión es «una maniobra defensiva».",
         [("maniobra defensiva", "Raquel Doménech", PER)]),
        ("Ostra Logística indicó en un comunicado que la venta era «en el mejor interés de los accionistas».",
         [("mejor interés", "Ostra Logística", ORG)]),
        ("El consejero delegado, Marcos Delgado, calificó los resultados de «decepcionantes».",
         [("decepcionantes", "Marcos Delgado", PER)]),
        ("«Nadie se lo esperaba», comentó un operador del mercado.", [("Nadie se lo esperaba", None, ANON)]),
        ("El proyecto, bautizado como «Puerto Azul», arranca en junio.", [("Puerto Azul", None, NONE)]),
        ("Pieter van den Berg dejó la reunión con Quadrel. Según él, las conversaciones fueron «constructivas».",
         [("constructivas", "Pieter van den Berg", PER)]),
        ("«Es una excelente noticia», declaró Ursula von der Brügge, presidenta de Ostra.",
         [("excelente noticia", "Ursula von der Brügge", PER)]),
        ("Quadrel rechazó la oferta. «Infravalora a la compañía», dijo una portavoz de Quadrel.",
         [("Infravalora", "Quadrel", ORG)]),
        ("El presidente de Ostra, Olivier Grandin, se marchó pronto.\n"
         "Más tarde, el presidente calificó las conversaciones de «constructivas».",
         [("constructivas", "Olivier Grandin", PER)]),
        ("Lucía Benavente se reunió con los directivos de Quadrel. Ella calificó la reunión de «muy útil».",
         [("muy útil", "Lucía Benavente", PER)]),
        ("«Esperamos una decisión pronto», dijo Carmen Olmedo, portavoz de la Autoridad Portuaria de Ostra.",
         [("decisión pronto", "Carmen Olmedo", PER)]),
    ],
    "de": [
        ("Sabine Lorenz war deutlich. „Wir verkaufen nicht.“", [("Wir verkaufen nicht", "Sabine Lorenz", PER)]),
        ("„Wir sind bereit“, so Quadrel-Chef Paul Lehmann.", [("Wir sind bereit", "Paul Lehmann", PER)]),
        ("Der Vorstandschef von Quadrel, Markus Dellinger, sprach zuerst.\nDer Quadrel-Chef nannte das Angebot später „feindlich“.", [("feindlich", "Markus Dellinger", PER)]),
        ("„Wir waren überrascht“, sagte Oliver Grandke, Aufsichtsratschef von Brellin. Der Vorstand werde „alle Optionen“ prüfen.", [("überrascht", "Oliver Grandke", PER), ("alle Optionen", "Oliver Grandke", PER)]),
        ("Harwick Energie antwortete nicht. Ihr Vorsitzender, Peter Lindqvist, hatte den Verkauf „ausgeschlossen“.", [("ausgeschlossen", "Peter Lindqvist", PER)]),
        ("Im Gespräch mit dem Handelsblatt sagte Quadrel-Chefin Sabine Lorenz, der Preis sei „angemessen“.",
         [("angemessen", "Sabine Lorenz", PER)]),
        ("„Wir haben keine Eile“, sagt Paul Lehmann, 54, Gründer von Ostra.", [("keine Eile", "Paul Lehmann", PER)]),
        ("Paul Lehmann ist sich sicher: „Wir bleiben in Hamburg.“", [("bleiben in Hamburg", "Paul Lehmann", PER)]),
        ("Einer Mitteilung von Quadrel zufolge soll die Fusion „bis Juni“ abgeschlossen sein.",
         [("bis Juni", "Quadrel", ORG)]),
        ("Quadrel kaufte Brellin. „Die Übernahme ist strategisch“, erklärte das Unternehmen in einer Mitteilung.",
         [("Übernahme ist strategisch", "Quadrel", ORG)]),
        ("Auf die Frage, ob Quadrel das Angebot erhöhe, antwortete Sabine Lorenz: „Nein.“",
         [("Nein.", "Sabine Lorenz", PER)]),
        ("„Wir haben unterschrieben“, so Paul Lehmann, „und das ist gut so.“",
         [("Wir haben unterschrieben", "Paul Lehmann", PER), ("und das ist gut so", "Paul Lehmann", PER)]),
        ("Die Aufsichtsratsvorsitzende von Brellin, Anna Richter, begrüßte die „historische“ Einigung.",
         [("historische", "Anna Richter", PER)]),
        ("Nach Angaben von Quadrel ist die Fusion „auf gutem Weg“.", [("auf gutem Weg", "Quadrel", ORG)]),
        ("Sabine Lorenz leitet Quadrel seit 2019. Die Managerin betonte, man sei „gut aufgestellt“.",
         [("gut aufgestellt", "Sabine Lorenz", PER)]),
        ("Analysten der Brellin Bank halten die Übernahme für „teuer“.", [("teuer", "Brellin Bank", ORG)]),
        ("„Wir haben keinen Grund zu warten“, sagte Pieter van den Berg, Vorstandschef von Quadrel.",
         [("keinen Grund", "Pieter van den Berg", PER)]),
        ("Ein Sprecher von Harwick Energie sagte, das Unternehmen kommentiere „keine Gerüchte“.",
         [("keine Gerüchte", "Harwick Energie", ORG)]),
        ("Ursula von der Brügge sprach am Dienstag vor den Aktionären von Brellin: „Wir werden das Werk nicht "
         "verkaufen.“", [("Werk nicht", "Ursula von der Brügge", PER)]),
        ("„Die Preise werden steigen“, sagte Thomas Gerber, Analyst bei Brellin Capital. „Die Nachfrage ist zu "
         "stark.“", [("Preise werden steigen", "Thomas Gerber", PER), ("Nachfrage ist zu", "Thomas Gerber", PER)]),
        ("Julia Marquardt traf am Freitag die Führung der Ostra Logistik GmbH. „Das Angebot ist zu niedrig“, "
         "sagte sie.", [("zu niedrig", "Julia Marquardt", PER)]),
        ("Bernd Roßmann unterzeichnete den Vertrag am Montag. „Dieser Vertrag ist gut für uns“, sagte er, „und gut "
         "für die Stadt.“", [("gut für uns", "Bernd Roßmann", PER), ("gut für die Stadt", "Bernd Roßmann", PER)]),
        ("Wirtschaftsministerin Helene Kramer besuchte am Montag das Werk von Ostra.\n"
         "Die Baustelle hat bereits 40 Millionen Euro gekostet. „Wir unterstützen das Projekt“, sagte die "
         "Ministerin.", [("unterstützen das Projekt", "Helene Kramer", PER)]),
        ("Laut Simon Petersen, Partner bei Harwick Beratung, ist der Preis „voll gerechtfertigt“.",
         [("voll gerechtfertigt", "Simon Petersen", PER)]),
        ("Für Rachel Dornbach, Leiterin der Analyse bei Brellin, ist die Fusion „ein defensiver Schritt“.",
         [("defensiver Schritt", "Rachel Dornbach", PER)]),
        ("Ostra Logistik teilte in einer Mitteilung mit, der Verkauf sei „im Interesse der Aktionäre“.",
         [("Interesse der Aktionäre", "Ostra Logistik", ORG)]),
        ("Vorstandschef Markus Dellinger nannte die Ergebnisse am Donnerstag „enttäuschend“.",
         [("enttäuschend", "Markus Dellinger", PER)]),
        ("„Damit hat niemand gerechnet“, sagte ein Händler.", [("niemand gerechnet", None, ANON)]),
        ("Das Projekt mit dem Namen „Blauer Hafen“ startet im Juni.", [("Blauer Hafen", None, NONE)]),
        ("„Die Lage ist ernst“, sagte Betriebsratschef Klaus Hübner.", [("Lage ist ernst", "Klaus Hübner", PER)]),
        ("Der Vorstandschef von Ostra, Oliver Grandke, verließ die Sitzung früh.\n"
         "Später nannte der Vorstandschef die Gespräche „konstruktiv“.", [("konstruktiv", "Oliver Grandke", PER)]),
        ("Quadrel wies das Angebot zurück. „Es unterbewertet das Unternehmen“, sagte eine Sprecherin von Quadrel.",
         [("unterbewertet", "Quadrel", ORG)]),
        ("Maria de la Fuente traf sich mit Vertretern von Quadrel. Sie nannte die Gespräche „konstruktiv“.",
         [("konstruktiv", "Maria de la Fuente", PER)]),
        ("„Das ist ein Verrat“, sagte Iván San Félix. „Wir werden klagen.“",
         [("ein Verrat", "Iván San Félix", PER), ("Wir werden klagen", "Iván San Félix", PER)]),
        ("„Wir erwarten bald eine Entscheidung“, sagte Karin Holtz, Sprecherin der Ostra Hafenbehörde.",
         [("bald eine Entscheidung", "Karin Holtz", PER)]),
        ("„Das Ergebnis ist schwach“, sagte Vorstandsmitglied. Die Aktie fiel.", [("Ergebnis ist schwach", None, NONE)]),
    ],
}


def _fold(value: object) -> str:
    text = unicodedata.normalize("NFKD", str(value))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _same_speaker(got: object, expected: str | None) -> bool:
    """Equal ignoring case and accents (one of them when a list), as `eval` compares speakers."""
    if expected is None:
        return got is None
    said = got if isinstance(got, list) else [got]
    return any(_fold(s) == _fold(expected) for s in said)


def score(lang: str, verbose: bool = False) -> tuple[int, int]:
    """(right, total) for one language's probes; prints the misses when verbose."""
    from pipeline.nlp import get_nlp

    nlp = get_nlp(lang)
    right = total = 0
    for text, expected in PROBES[lang]:
        quotes = nlp(text)._.newsx_quotes or []
        for piece, speaker, kind in expected:
            total += 1
            hit = next((q for q in quotes if piece in q.text), None)
            ok = hit is not None and _same_speaker(hit.speaker, speaker) and hit.speaker_type == kind
            right += ok
            if verbose and not ok:
                got = (hit.speaker, hit.speaker_type, hit.cue) if hit else "no quote"
                print(f"  MISS {lang}: {piece!r} expected {speaker!r}/{kind}, got {got}\n    {text[:150]!r}")
    return right, total


def main() -> None:
    verbose = "-v" in sys.argv
    for lang in PROBES:
        right, total = score(lang, verbose)
        print(f"{lang}: {right}/{total} = {right / total:.3f}")


if __name__ == "__main__":
    main()
