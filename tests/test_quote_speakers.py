"""Speakers of quotes in four languages (issue 14): names with particles, an organisation's spokespeople,
a colon after a person's sentence, a second quote of the same speaker, pronouns after an organisation,
inverted incises with an apposition, quotes split by an incise, titles standing for a person named earlier.
Every name and company here is invented."""

from __future__ import annotations

import pytest

from pipeline.extract.persons import find_persons
from pipeline.extract.quotes import extract_quotes
from pipeline.schema import Organization

ORG, PER, ANON, NONE = "organization", "person", "anonymous", "none"


def speakers(lang: str, text: str, orgs: tuple[str, ...] = ()) -> list[tuple[str, object, str]]:
    """(quote, speaker, type) with persons by rules and organisations given by name: the blank-pipeline case."""
    organizations = [Organization(name=o, aliases=[o]) for o in orgs]
    quotes = extract_quotes(text, lang, persons=find_persons(text, lang), orgs=organizations)
    return [(q.text, q.speaker, q.speaker_type) for q in quotes]


PARTICLES_AND_MEMBERS = [
    # surnames with particles, alone later or after the verb
    ("en", 'Pieter van den Berg ran Quadrel. "We will wait," van den Berg said.', ("Quadrel",),
     [("We will wait,", "Pieter van den Berg", PER)]),
    ("en", '"The market is turning," said Ursula von der Brügge, chief executive of Ostra.', ("Ostra",),
     [("The market is turning,", "Ursula von der Brügge", PER)]),
    ("fr", "« C'est une excellente nouvelle », a réagi Pieter van den Berg, président d'Ostra.", ("Ostra",),
     [("C'est une excellente nouvelle", "Pieter van den Berg", PER)]),
    ("es", "«No tenemos prisa», afirmó Iván San Félix, consejero delegado de Quadrel.", ("Quadrel",),
     [("No tenemos prisa", "Iván San Félix", PER)]),
    ("de", "„Das ist ein Verrat“, sagte Iván San Félix. „Wir werden klagen.“", (),
     [("Das ist ein Verrat", "Iván San Félix", PER), ("Wir werden klagen.", "Iván San Félix", PER)]),
    ("de", "„Wir warten“, sagte Pieter van den Berg, Vorstandschef von Quadrel.", ("Quadrel",),
     [("Wir warten", "Pieter van den Berg", PER)]),
    # a spokesperson of an organisation the organisation extractor did not list: the organisation speaks
    ("en", 'A spokeswoman for Harwick Energy said the company "does not comment on rumours".', ("Harwick Energy",),
     [("does not comment on rumours", "Harwick Energy", ORG)]),
    ("fr", "Une porte-parole de Harwick Énergie a indiqué que le groupe « ne commente pas ».", ("Harwick Énergie",),
     [("ne commente pas", "Harwick Énergie", ORG)]),
    ("es", "Un portavoz de Harwick Energía señaló que la compañía «no comenta rumores».", ("Harwick Energía",),
     [("no comenta rumores", "Harwick Energía", ORG)]),
    ("de", "Ein Sprecher von Harwick Energie sagte, das Unternehmen kommentiere „keine Gerüchte“.",
     ("Harwick Energie",), [("keine Gerüchte", "Harwick Energie", ORG)]),
    ("es", "Fuentes de Quadrel aseguraron que la fusión se cerrará «en junio».", ("Quadrel",),
     [("en junio", "Quadrel", ORG)]),
    # a colon after a sentence whose subject is a person
    ("es", "María de la Fuente habló ante los accionistas de Brellin: «No venderemos la planta».", ("Brellin",),
     [("No venderemos la planta", "María de la Fuente", PER)]),
    ("en", 'Maria de la Fuente, the finance chief of Quadrel, told analysts: "Margins will recover."', ("Quadrel",),
     [("Margins will recover.", "Maria de la Fuente", PER)]),
    ("es", "Andrés Molina lo tiene claro: «No vamos a vender».", (), [("No vamos a vender", "Andrés Molina", PER)]),
    # a possessive before an apposed name is not the subject
    ("en", 'Laura Whitfield welcomed the deal. Her rival, Simon Grey, was less enthusiastic: "It is a mistake."', (),
     [("It is a mistake.", "Simon Grey", PER)]),
    # a pronoun after an intervening organisation
    ("fr", "Ursula von der Brügge a quitté la réunion avec Quadrel. Selon elle, les discussions ont été "
           "« constructives ».", ("Quadrel",), [("constructives", "Ursula von der Brügge", PER)]),
    ("es", "Pieter van den Berg dejó la reunión con Quadrel. Según él, las conversaciones fueron «constructivas».",
     ("Quadrel",), [("constructivas", "Pieter van den Berg", PER)]),
    ("de", "Maria de la Fuente traf Vertreter von Quadrel. Sie nannte die Gespräche „konstruktiv“.", ("Quadrel",),
     [("konstruktiv", "Maria de la Fuente", PER)]),
    # an inverted incise with an age in apposition; the surname alone later
    ("en", 'Daniel Brooks, 54, was calm. "It\'s a fair price," added Brooks.', (),
     [("It's a fair price,", "Daniel Brooks", PER)]),
    ("fr", "« Nous ne sommes pas pressés », confie Paul Lemaire, 54 ans, fondateur d'Ostra.", ("Ostra",),
     [("Nous ne sommes pas pressés", "Paul Lemaire", PER)]),
    # anonymous market voices
    ("en", '"Nobody expected this," one trader said.', (), [("Nobody expected this,", None, ANON)]),
    ("fr", "« Personne ne s'y attendait », confie un trader.", (), [("Personne ne s'y attendait", None, ANON)]),
    ("es", "«Nadie se lo esperaba», comentó un operador del mercado.", (), [("Nadie se lo esperaba", None, ANON)]),
    ("de", "„Damit hat niemand gerechnet“, sagte ein Händler.", (), [("Damit hat niemand gerechnet", None, ANON)]),
    # a compound German noun alone is nobody, with a name it is a title
    ("de", "„Das Ergebnis ist schwach“, sagte Vorstandsmitglied.", (), [("Das Ergebnis ist schwach", None, NONE)]),
    ("de", "„Das Ergebnis ist schwach“, sagte Vorstandsmitglied Klaus Hübner.", (),
     [("Das Ergebnis ist schwach", "Klaus Hübner", PER)]),
    # a title with a modifier ("the former minister") stands for the person given it in an earlier paragraph
    ("en", 'Helen Carver, a former energy minister, chairs Ostra.\nThe former minister called the plan "bold".',
     ("Ostra",), [("bold", "Helen Carver", PER)]),
    ("fr", "Paul Lemaire, l'ancien ministre, préside Ostra.\nL'ancien ministre a jugé le plan « audacieux ».",
     ("Ostra",), [("audacieux", "Paul Lemaire", PER)]),
    ("es", "Paula Lemus, exministra de Economía, preside Ostra.\nLa exministra calificó el plan de «audaz».",
     ("Ostra",), [("audaz", "Paula Lemus", PER)]),
    ("de", "Helene Kramer, die frühere Ministerin, leitet Ostra.\nDie frühere Ministerin nannte den Plan „kühn“.",
     ("Ostra",), [("kühn", "Helene Kramer", PER)]),
    # negative: a title with nobody named before it is nobody
    ("en", 'The former minister called the plan "bold".', (), [("bold", None, NONE)]),
]


@pytest.mark.parametrize("lang,text,orgs,expected", PARTICLES_AND_MEMBERS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PARTICLES_AND_MEMBERS)])
def test_particles_members_colons_and_titles(lang, text, orgs, expected):
    assert speakers(lang, text, orgs) == expected


INNER_INCISES = [
    # an incise between commas inside the quote, its verb first, names the speaker
    ("fr", "« Nous avons signé, explique Paul Lemaire, un accord historique. »", (),
     [("Nous avons signé, explique Paul Lemaire, un accord historique.", "Paul Lemaire", PER)]),
    ("fr", "Claire Vidal a rencontré Paul Lemaire. « Nous avons signé, a-t-elle ajouté, un accord. »", (),
     [("Nous avons signé, a-t-elle ajouté, un accord.", "Claire Vidal", PER)]),
    ("fr", "Paul Lemaire a reçu Claire Vidal. « Nous avons signé, explique-t-il, un accord. »", (),
     [("Nous avons signé, explique-t-il, un accord.", "Paul Lemaire", PER)]),
    ("es", "«Hemos firmado, explica Andrés Molina, un acuerdo histórico».", (),
     [("Hemos firmado, explica Andrés Molina, un acuerdo histórico", "Andrés Molina", PER)]),
    ("es", "«Hemos firmado, señaló Quadrel, un acuerdo histórico».", ("Quadrel",),
     [("Hemos firmado, señaló Quadrel, un acuerdo histórico", "Quadrel", ORG)]),
    ("de", "„Wir haben unterschrieben, sagte Paul Lehmann, und das ist gut so.“", (),
     [("Wir haben unterschrieben, sagte Paul Lehmann, und das ist gut so.", "Paul Lehmann", PER)]),
    ("en", '"We have signed, said Tom Avery, and that is good."', (),
     [("We have signed, said Tom Avery, and that is good.", "Tom Avery", PER)]),
    # negative: an impersonal incise or a verb far from the comma names nobody
    ("fr", "« Nous avons signé, dit-on, un accord historique. »", (),
     [("Nous avons signé, dit-on, un accord historique.", None, NONE)]),
    ("es", "«Firmamos el contrato, que según dijo ayer la prensa es bueno».", (),
     [("Firmamos el contrato, que según dijo ayer la prensa es bueno", None, NONE)]),
]


@pytest.mark.parametrize("lang,text,orgs,expected", INNER_INCISES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(INNER_INCISES)])
def test_incises_inside_the_quote(lang, text, orgs, expected):
    assert speakers(lang, text, orgs) == expected


ORGANISATION_TITLES = [
    # a title after an organisation ("Quadrel's chief executive", "der Quadrel-Chef") stands for the person named
    # earlier with that title, also through a description of the organisation ("the company's chief executive")
    ("en", "Quadrel's chief executive, Nadia Okonkwo, spoke first.\nThe company's chief executive later said the bid "
           'was "hostile".', ("Quadrel",), [("hostile", "Nadia Okonkwo", PER)]),
    ("en", 'The chief executive of Quadrel, Nadia Okonkwo, spoke.\n"We will fight," Quadrel\'s chief executive said.',
     ("Quadrel",), [("We will fight,", "Nadia Okonkwo", PER)]),
    ("de", "Der Vorstandschef von Quadrel, Markus Dellinger, sprach zuerst.\nDer Quadrel-Chef nannte das Angebot "
           "später „feindlich“.", ("Quadrel",), [("feindlich", "Markus Dellinger", PER)]),
    ("fr", "Le président de Quadrel, Marc Delorme, a parlé.\n« Nous résisterons », a déclaré le président de Quadrel.",
     ("Quadrel",), [("Nous résisterons", "Marc Delorme", PER)]),
    ("es", "El presidente de Quadrel, Marcos Delgado, habló.\nEl presidente de Quadrel calificó la oferta de «hostil».",
     ("Quadrel",), [("hostil", "Marcos Delgado", PER)]),
    # negative: with nobody given that title, the title names nobody
    ("en", 'Laura Pinto left early. "We will fight," Quadrel\'s chief executive said.', ("Quadrel",),
     [("We will fight,", None, NONE)]),
    ("de", "„Wir kämpfen“, sagte der Quadrel-Chef.", ("Quadrel",), [("Wir kämpfen", None, NONE)]),
]


@pytest.mark.parametrize("lang,text,orgs,expected", ORGANISATION_TITLES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ORGANISATION_TITLES)])
def test_an_organisations_title_stands_for_its_holder(lang, text, orgs, expected):
    assert speakers(lang, text, orgs) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", 'Laura Pinto met Quadrel. "No offer," a Quadrel spokesperson said.', [("No offer,", "Quadrel", ORG)]),
    ("de", "Laura Pinto traf Quadrel. „Kein Angebot“, sagte ein Quadrel-Sprecher.", [("Kein Angebot", "Quadrel", ORG)]),
    ("fr", "Laura Pinto a vu Quadrel. « Aucune offre », a dit un porte-parole de Quadrel.",
     [("Aucune offre", "Quadrel", ORG)]),
    ("es", "Laura Pinto vio a Quadrel. «Ninguna oferta», dijo un portavoz de Quadrel.", [("Ninguna oferta", "Quadrel", ORG)]),
])
def test_a_spokesperson_noun_after_an_organisation_is_no_title_of_a_person(lang, text, expected):
    assert speakers(lang, text, ("Quadrel",)) == expected


@pytest.mark.parametrize("lang,text,orgs,expected", [
    # a listener between an inverted verb and its subject ("a déclaré à l'AFP X"); "faire valoir" reports speech
    ("fr", "« Nous l'avons toujours dit », a déclaré à l'AFP Matthias Brenneke, président du directoire.", (),
     [("Nous l'avons toujours dit", "Matthias Brenneke", PER)]),
    ("fr", "« Nous l'avons toujours dit », a expliqué au Figaro le président Matthias Brenneke.", (),
     [("Nous l'avons toujours dit", "Matthias Brenneke", PER)]),
    ("es", "«Siempre lo hemos dicho», declaró a EFE el consejero delegado, Matthias Brenneke.", (),
     [("Siempre lo hemos dicho", "Matthias Brenneke", PER)]),
    ("en", '"We always said so," Quadrel said to Reuters on Monday.', ("Quadrel", "Reuters"),
     [("We always said so,", "Quadrel", ORG)]),
    ("de", "„Das haben wir immer gesagt“, sagte gegenüber Reuters der Vorstandschef Matthias Brenneke.", ("Reuters",),
     [("Das haben wir immer gesagt", "Matthias Brenneke", PER)]),
    ("fr", "Quadrel a autorisé le rachat. « Ces engagements suffisent », a fait valoir Quadrel dans un communiqué.",
     ("Quadrel",), [("Ces engagements suffisent", "Quadrel", ORG)]),
    # negative: a listener after the subject is no speaker
    ("fr", "Matthias Brenneke dirige le groupe. « Nous verrons », a-t-il déclaré à l'AFP.", ("AFP",),
     [("Nous verrons", "Matthias Brenneke", PER)]),
])
def test_a_listener_between_the_verb_and_its_subject(lang, text, orgs, expected):
    assert speakers(lang, text, orgs) == expected
