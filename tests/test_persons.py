"""Person-name detection by rules (all four languages) and by model spans, and name canonicalisation."""

from __future__ import annotations

import re

import pytest
import spacy

import pipeline.extract.organizations  # noqa: F401  (the newsx_orgs factory)

from pipeline.extract import persons as persons_module
from pipeline.extract.given_names import given_name_gender
from pipeline.extract.persons import KnownPersons, find_persons, literal_alternation
from pipeline.extract.quotes import make_quotes_component  # noqa: F401  (registers the factory)


def names(lang: str, text: str, **kwargs) -> list[str]:
    mentions = find_persons(text, lang, **kwargs)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
    return [m.text for m in mentions]


@pytest.mark.parametrize("lang,text,expected", [
    # titles before the name
    ("en", "Nvidia CEO Daniel Varga said the deal was fine.", ["Daniel Varga"]),
    ("en", "Microsoft Chief Executive Satya Nadella spoke on Tuesday.", ["Satya Nadella"]),
    ("fr", "Le PDG de SoftBank Masayoshi Son et le président d'Oracle Larry Ellison étaient là.",
     ["Masayoshi Son", "Larry Ellison"]),
    ("fr", "Le ministre de l'Économie, Bruno Le Maire, a salué l'accord.", ["Bruno Le Maire"]),
    ("de", "Vorstandschef Christian Klein erklärte, SAP wachse.", ["Christian Klein"]),
    ("de", "Das sagte Nvidia-Chef Daniel Varga am Montag.", ["Daniel Varga"]),
    ("es", "El consejero delegado de Nvidia, Daniel Varga, afirmó que no.", ["Daniel Varga"]),
    # titles after the name, speech verbs, given names
    ("fr", "« Oui », analyse Bryn Talkington, associé gérant chez Requisite.", ["Bryn Talkington"]),
    ("es", "Lo dijo Ana Botín, presidenta del Banco Santander.", ["Ana Botín"]),
    ("en", "Gil Luria said the numbers did not add up.", ["Gil Luria"]),
    ("de", "Ursula von der Leyen sagte, Europa müsse schneller werden.", ["Ursula von der Leyen"]),
    ("en", "Investors cheered Elon Musk on Friday.", ["Elon Musk"]),
    # surnames after the full name, honorifics, possessives
    ("en", "Sam Altman said no. Later, Altman added more.", ["Sam Altman", "Altman"]),
    ("fr", "Selon M. Varga, tout va bien.", ["Varga"]),
    ("en", "OpenAI's Sam Altman's plan was clear, Sam Altman said.", ["Sam Altman", "Sam Altman"]),
    # not people
    ("en", "The Wall Street Journal reported it. Silicon Valley is booming in New York.", []),
    ("fr", "Le PDG de Nvidia nie les rumeurs. Bloomberg rapporte que OpenAI négocie.", []),
    ("de", "Die Deutsche Bank und die Europäische Zentralbank meldeten Zahlen.", []),
    ("es", "La Comisión Nacional del Mercado de Valores publicó el informe.", []),
    ("fr", "Masayoshi Son parle. Son message est clair.", ["Masayoshi Son"]),  # possessive "Son" is no surname
    # honorifics stand before a name, never in it; a German article after a name is no particle
    ("de", "„Keine“, sagte Herr Okafor.", ["Okafor"]),
    ("de", "„Keine“, sagte Dr. Okafor.", ["Okafor"]),
    ("en", "Dr. Laura Pinto said no.", ["Laura Pinto"]),
    ("de", "„Gut“, sagte Katrin Albers der Nachrichtenagentur Reuters.", ["Katrin Albers"]),
    ("de", "Die Chefin Anna van den Berg sagte, es sei gut.", ["Anna van den Berg"]),
    ("de", "Zugestimmt hat die Familie, die 65 Prozent der Anteile hält.", []),
    # a source marker opening a sentence is no given name
    ("es", "Desde Vireo aseguran que no.", []),
    ("de", "Seitens Vireo hieß es, man prüfe das.", []),
])
def test_rule_based_persons(lang, text, expected):
    assert names(lang, text) == expected


def test_model_spans_are_cleaned_and_filtered():
    text = "L’accord de Daniel Varga porte sur Ernie Bot. Varga insiste."
    spans = [(0, 8), (12, 24), (35, 44)]  # "L’accord" and the "Ernie Bot" product are not people
    assert names("fr", text, ner_persons=spans) == ["Daniel Varga", "Varga"]


def test_skipped_regions_are_ignored():
    text = "Nvidia CEO Daniel Varga spoke. Menu: CEO Satya Nadella"
    skip = [(text.index("Menu"), len(text))]
    assert names("en", text, skip=skip) == ["Daniel Varga"]


@pytest.mark.parametrize("name,known,expected", [
    ("Varga", ["Daniel Varga", "Sam Altman"], "Daniel Varga"),
    ("varga", ["Daniel Varga"], "Daniel Varga"),
    ("Altman", ["Daniel Varga"], "Altman"),
    ("Daniel Varga", ["Daniel Varga"], "Daniel Varga"),
    ("Le Maire", ["Bruno Le Maire"], "Bruno Le Maire"),
    ("Musk", [], "Musk"),
])
def test_canonical_person(name, known, expected):
    assert KnownPersons(known).canonical(name) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", 'Nvidia CEO Daniel Varga spoke. "We will invest," Varga said.', ("We will invest,", "Daniel Varga")),
    ("de", "„Das ist Unsinn“, sagte Nvidia-Chef Daniel Varga.", ("Das ist Unsinn", "Daniel Varga")),
])
def test_component_on_blank_pipeline(lang, text, expected):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    for component in ("newsx_persons", "newsx_orgs", "newsx_quotes"):
        nlp.add_pipe(component)
    doc = nlp(text)
    assert "Daniel Varga" in [p.text for p in doc._.newsx_persons]
    assert [(q.text, q.speaker) for q in doc._.newsx_quotes] == [expected]


# ---------------------------------------------------------------------------
# Long articles: name lists that grow with the text must not make lookups quadratic.


@pytest.mark.parametrize("forms,text,expected", [
    (["Varga", "Daniel Varga"], "Daniel Varga met Varga, not Vargas.", ["Daniel Varga", "Varga"]),
    (["Le Maire", "Bruno Le Maire", "Bruno"], "Bruno Le Maire et Le Maire, puis Bruno.", ["Bruno Le Maire", "Le Maire", "Bruno"]),
    (["Müller", "Hans Müller"], "Herr Müller sagte, Hans Müller-Lüdenscheidt kommt.", ["Müller"]),
    (["García", "Ana García", "Ana García Pérez"], "Ana García Pérez y Ana García.", ["Ana García Pérez", "Ana García"]),
    (["O'Brien", "Pat O'Brien"], "Pat O’Brien, Pat O'Brien.", ["Pat O'Brien"]),
    ([], "Nobody here.", []),
])
def test_literal_alternation_matches_like_the_longest_first_list(forms, text, expected):
    """The prefix tree finds what a flat longest-first alternation finds, with exact spelling."""
    flat = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or r"(?!x)x"
    tree = literal_alternation(forms)
    found = [m.group() for m in re.finditer(rf"(?<![\w\-])(?:{tree})(?![\w\-])", text)]
    assert found == [m.group() for m in re.finditer(rf"(?<![\w\-])(?:{flat})(?![\w\-])", text)]
    assert found == expected


def test_known_persons_lookup_reads_only_names_with_that_surname(monkeypatch):
    """A surname is resolved from its own group: none of the thousand other known names is read again."""
    known = [f"Daniel Varga{suffix}" for suffix in ("", *(f"-{i}" for i in range(1000)))]
    people = KnownPersons(known)
    calls: list[str] = []
    real_fold = persons_module.fold
    monkeypatch.setattr(persons_module, "fold", lambda word: calls.append(word) or real_fold(word))
    assert people.canonical("Varga") == "Daniel Varga"
    assert people.canonical("Altman") == "Altman"
    assert calls == ["Varga", "Altman"]


@pytest.mark.parametrize("lang,text,not_person", [
    ("en", "Hoshimura Fine Chemicals makes photoresists for chipmakers.", "Fine Chemicals"),
    ("en", "Canavial agreed to buy the mill Usina Santa Luzia in Mato Grosso.", "Santa Luzia"),
    ("es", "La empresa opera en Mato Grosso y en Buenos Aires.", "Mato Grosso"),
    ("fr", "Le groupe a ouvert une usine à Santa Luzia.", "Santa Luzia"),
    ("de", "Das Werk in Mato Grosso gehört Canavial.", "Mato Grosso"),
])
def test_places_and_common_words_inside_names_are_nobody(lang, text, not_person):
    assert not_person not in names(lang, text)


@pytest.mark.parametrize("lang,text,person", [
    ("es", "Rosa Bustamante, hija del fundador, calificó la venta de buena.", "Rosa Bustamante"),
    ("en", "Mark Ellison said the price was fair.", "Mark Ellison"),
])
def test_common_given_names_still_make_a_person(lang, text, person):
    assert person in names(lang, text)


@pytest.mark.parametrize("text,name,person", [
    # German capitalises every noun: a common word after a verb is its object, a rare one may be a surname
    ("Ein Sprecher wies Spekulationen zurück.", "Spekulationen", False),
    ("Der Konzern bestätigte Gerüchte über einen Verkauf.", "Gerüchte", False),
    ("„Das ist fair“, sagte Halvorsen.", "Halvorsen", True),
])
def test_a_german_noun_after_a_verb_is_no_person(text, name, person):
    assert (name in names("de", text)) is person



@pytest.mark.parametrize("word,gender", [
    ("Laura", "female"), ("Paul", "male"), ("Katrin", "female"),
    ("Andrea", "either"), ("Jean", "either"),  # male in Italy / France, female in Spain / Britain
    ("Vireo", None), ("AMD", None),
])
def test_given_name_gender(word, gender):
    assert given_name_gender(word) == gender


# ---------------------------------------------------------------- names with particles, compounds, ages; org members

@pytest.mark.parametrize("lang,text,expected", [
    # several particles in a row before the surname
    ("en", "Pieter van den Berg, the chief executive of Quadrel, spoke.", ["Pieter van den Berg"]),
    ("en", "Maria de la Fuente, the finance chief of Quadrel, spoke.", ["Maria de la Fuente"]),
    ("fr", "« Oui », a déclaré Ursula von der Brügge, présidente d'Ostra.", ["Ursula von der Brügge"]),
    ("es", "María de la Fuente habló el martes ante los accionistas.", ["María de la Fuente"]),
    ("de", "Ursula von der Brügge sprach am Dienstag.", ["Ursula von der Brügge"]),
    # a capitalised particle inside a name ("San") and a hyphenated given name
    ("es", "Iván San Félix no ocultó su enfado.", ["Iván San Félix"]),
    ("en", "Jean-Marc Le Goff, who runs the unit, said no.", ["Jean-Marc Le Goff"]),
    # a lower-case particle then a capitalised article ("de La"), as in French and Spanish family names
    ("fr", "« Non », a déclaré Pierre-Henri de La Tour, PDG de Vantor.", ["Pierre-Henri de La Tour"]),
    ("es", "«No», dijo María de La Fuente, consejera delegada de Vantor.", ["María de La Fuente"]),
    # an age in apposition makes a person; a given name common in many countries survives a common surname
    ("en", "Daniel Brooks, 54, was calm.", ["Daniel Brooks"]),
    ("fr", "Paul Lemaire, 54 ans, fondateur d'Ostra, a parlé.", ["Paul Lemaire"]),
    ("en", "Her rival, Simon Grey, was less enthusiastic.", ["Simon Grey"]),
    ("es", "Andrés Molina lo tiene claro.", ["Andrés Molina"]),
    # what a member of an organisation speaks for is no person
    ("en", "A spokeswoman for Harwick Energy said the company does not comment.", []),
    ("fr", "Une porte-parole de Harwick Énergie a indiqué que non.", []),
    ("es", "Un portavoz de Harwick Energía señaló que no.", []),
    ("de", "Ein Sprecher von Harwick Energie sagte, man kommentiere das nicht.", []),
    ("es", "Fuentes de Quadrel aseguraron que la fusión se cerrará pronto.", []),
    # a name with no given name that speaks in a statement is a company
    ("es", "Ostra Logística indicó en un comunicado que la venta era buena.", []),
    ("de", "Ostra Logistik teilte in einer Mitteilung mit, der Verkauf sei gut.", []),
    ("en", "Laura Pinto said in a statement that the sale was good.", ["Laura Pinto"]),
    # negative: a German article after a name is still no particle, a one-country given name before two words
    ("de", "„Gut“, sagte Katrin Albers der Nachrichtenagentur Reuters.", ["Katrin Albers"]),
    ("en", "Hoshimura Fine Chemicals makes photoresists.", []),
])
def test_particles_ages_and_organisation_members(lang, text, expected):
    assert names(lang, text) == expected


@pytest.mark.parametrize("word,gender", [
    ("Jean-Marc", "male"), ("Anne-Sophie", "female"), ("Karl-Heinz", "male"), ("Jean-Vireo", None),
])
def test_hyphenated_given_names(word, gender):
    assert given_name_gender(word) == gender


@pytest.mark.parametrize("lang,text,name,person", [
    # a model PER span after a company's description (a description noun, a noun and a nationality, a
    # demonym used as a noun) is that company; a given name or a title keeps the person
    ("fr", "Le groupe a racheté le sidérurgiste allemand Stahlwerk Brenner.", "Stahlwerk Brenner", False),
    ("fr", "Kestrel a racheté l'italien Ceramiche Borsani.", "Ceramiche Borsani", False),
    ("fr", "Kestrel investit dans la start-up Ortavia Santé.", "Ortavia Santé", False),
    ("es", "La fintech mexicana Pagora Servicios levanta 85 millones.", "Pagora Servicios", False),
    ("es", "Kestrel compra el fabricante Ortavia Borsani.", "Ortavia Borsani", False),
    ("fr", "L'économiste allemand Klaus Brenner a critiqué l'opération.", "Klaus Brenner", True),
    ("es", "El ministro chileno Quispe Borsani defendió la venta.", "Quispe Borsani", True),
])
def test_a_described_company_is_no_person(lang, text, name, person):
    start = text.index(name)
    assert (name in names(lang, text, ner_persons=[(start, start + len(name))])) is person


@pytest.mark.parametrize("lang,text,name,person", [
    # a name the model calls a person, but the article describes as a company elsewhere, is that company
    ("fr", "Ferrolux et Stahlwerk Quadrel fusionnent. Le rachat du sidérurgiste allemand Stahlwerk Quadrel est bloqué.",
     "Stahlwerk Quadrel", False),
    ("es", "Vantor Ostrava sube en bolsa. La compra de la distribuidora checa Vantor Ostrava sigue en pie.",
     "Vantor Ostrava", False),
    ("en", "Kestrel Brenner rallies. The deal for the German steelmaker Kestrel Brenner was blocked.",
     "Kestrel Brenner", False),
    # negative: a given name keeps the person, whatever the description elsewhere
    ("fr", "Anna Brenner parle. Le sidérurgiste allemand Anna Brenner a répondu.", "Anna Brenner", True),
])
def test_a_name_described_as_a_company_is_no_person_anywhere(lang, text, name, person):
    ner = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    assert (name in names(lang, text, ner_persons=ner)) is person
