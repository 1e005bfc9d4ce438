"""Deal roles, types, statuses and reporters from sentences in four languages.

Organisations and amounts are placed by hand on a blank pipeline, so these
tests exercise the deal logic alone, whatever the extractors upstream do.
"""

from __future__ import annotations

import pytest
import spacy

import pipeline.nlp  # noqa: F401  (every component module declares its Doc extensions)
from pipeline.deals import extract_deals, iso_partial, latest_word
from pipeline.schema import Amount, DateMention, Mention, Organization

MEDIA = {"Reuters", "Bloomberg", "Handelsblatt", "El País", "Les Echos", "Financial Times"}


@pytest.fixture(scope="module")
def blank_nlp():
    cache = {}

    def get(lang: str):
        if lang not in cache:
            nlp = spacy.blank(lang)
            nlp.add_pipe("sentencizer")
            cache[lang] = nlp
        return cache[lang]

    return get


def make_doc(nlp, text: str, orgs: list[str], amounts: list[tuple[str, float, str, str]], dates=()):
    """A doc whose extensions hold the given organisations (every occurrence) and amounts."""
    doc = nlp(text)
    organizations = []
    for name in orgs:
        mentions, start = [], text.find(name)
        while start >= 0:
            mentions.append(Mention(text=name, start=start, end=start + len(name)))
            start = text.find(name, start + len(name))
        assert mentions, name
        organizations.append(Organization(name=name, aliases=[name], kind="media" if name in MEDIA else "company",
                                          mentions=mentions))
    doc._.newsx_orgs = organizations
    doc._.newsx_amounts = [
        Amount(text=t, start=text.index(t), end=text.index(t) + len(t), value=v, currency=c, role=r)
        for t, v, c, r in amounts
    ]
    doc._.newsx_dates = list(dates)
    doc._.newsx_skip = []
    return doc


CASES = [
    # lang, sentence, orgs, amounts, expected (investors, target, type, status, value)
    ("fr", "Nvidia investit 2 milliards de dollars dans CoreWeave.", ["Nvidia", "CoreWeave"],
     [("2 milliards de dollars", 2e9, "USD", "investment")], [(["Nvidia"], "CoreWeave", "investment", "announced", 2e9)]),
    ("fr", "Amazon négocie un investissement de 50 milliards de dollars dans OpenAI.", ["Amazon", "OpenAI"],
     [("50 milliards de dollars", 5e10, "USD", "investment")], [(["Amazon"], "OpenAI", "investment", "negotiating", 5e10)]),
    ("fr", "Nvidia a annulé son investissement de 100 milliards de dollars dans OpenAI.", ["Nvidia", "OpenAI"],
     [("100 milliards de dollars", 1e11, "USD", "investment")], [(["Nvidia"], "OpenAI", "investment", "cancelled", 1e11)]),
    ("fr", "Microsoft a déjà investi plus de 13 milliards de dollars dans OpenAI.", ["Microsoft", "OpenAI"],
     [("13 milliards de dollars", 1.3e10, "USD", "investment")], [(["Microsoft"], "OpenAI", "investment", "completed", 1.3e10)]),
    ("fr", "Mistral AI lève 600 millions d'euros auprès de Nvidia et Bpifrance.", ["Mistral AI", "Nvidia", "Bpifrance"],
     [("600 millions d'euros", 6e8, "EUR", "fundraise")], [(["Bpifrance", "Nvidia"], "Mistral AI", "funding_round", "announced", 6e8)]),
    ("fr", "Le rachat de Figma par Adobe pour 20 milliards de dollars a été abandonné.", ["Figma", "Adobe"],
     [("20 milliards de dollars", 2e10, "USD", "other")], [(["Adobe"], "Figma", "acquisition", "cancelled", 2e10)]),
    ("fr", "TotalEnergies a signé un contrat de 3 milliards d'euros avec Siemens.", ["TotalEnergies", "Siemens"],
     [("3 milliards d'euros", 3e9, "EUR", "contract")], [(["TotalEnergies"], "Siemens", "commercial_contract", "signed", 3e9)]),
    ("fr", "SoftBank envisagerait d'investir 30 milliards de dollars dans OpenAI.", ["SoftBank", "OpenAI"],
     [("30 milliards de dollars", 3e10, "USD", "investment")], [(["SoftBank"], "OpenAI", "investment", "considering", 3e10)]),
    ("fr", "Orange dément tout projet de rachat de Bouygues Telecom.", ["Orange", "Bouygues Telecom"], [],
     [(["Orange"], "Bouygues Telecom", "acquisition", "denied", None)]),
    ("fr", "Selon Les Echos, Sanofi a finalisé le rachat de Blueprint pour 9 milliards de dollars.",
     ["Les Echos", "Sanofi", "Blueprint"], [("9 milliards de dollars", 9e9, "USD", "other")],
     [(["Sanofi"], "Blueprint", "acquisition", "completed", 9e9)]),
    ("fr", "Les discussions entre Nvidia et OpenAI portent sur un investissement de 20 milliards de dollars.",
     ["Nvidia", "OpenAI"], [("20 milliards de dollars", 2e10, "USD", "investment")],
     [(["Nvidia"], "OpenAI", "investment", "negotiating", 2e10)]),
    ("en", "Microsoft invested $10 billion in OpenAI.", ["Microsoft", "OpenAI"],
     [("$10 billion", 1e10, "USD", "investment")], [(["Microsoft"], "OpenAI", "investment", "completed", 1e10)]),
    ("en", "Adobe agreed to acquire Figma for $20 billion.", ["Adobe", "Figma"],
     [("$20 billion", 2e10, "USD", "other")], [(["Adobe"], "Figma", "acquisition", "announced", 2e10)]),
    ("en", "The $20bn takeover of Figma by Adobe was abandoned.", ["Figma", "Adobe"],
     [("$20bn", 2e10, "USD", "other")], [(["Adobe"], "Figma", "acquisition", "cancelled", 2e10)]),
    ("en", "Anthropic raised $2 billion from Google.", ["Anthropic", "Google"],
     [("$2 billion", 2e9, "USD", "fundraise")], [(["Google"], "Anthropic", "funding_round", "completed", 2e9)]),
    ("en", "Amazon is in talks to invest $50 billion in OpenAI, according to Reuters.", ["Amazon", "OpenAI", "Reuters"],
     [("$50 billion", 5e10, "USD", "investment")], [(["Amazon"], "OpenAI", "investment", "negotiating", 5e10)]),
    ("en", "SoftBank denied reports that it would invest $5 billion in Intel.", ["SoftBank", "Intel"],
     [("$5 billion", 5e9, "USD", "investment")], [(["SoftBank"], "Intel", "investment", "denied", 5e9)]),
    ("en", "OpenAI signed a $300 billion contract with Oracle.", ["OpenAI", "Oracle"],
     [("$300 billion", 3e11, "USD", "contract")], [(["OpenAI"], "Oracle", "commercial_contract", "signed", 3e11)]),
    ("en", "Nvidia's plan to invest up to $100 billion in OpenAI has been put on hold.", ["Nvidia", "OpenAI"],
     [("$100 billion", 1e11, "USD", "investment")], [(["Nvidia"], "OpenAI", "investment", "on_hold", 1e11)]),
    ("en", "Google is weighing a bid for Wiz.", ["Google", "Wiz"], [],
     [(["Google"], "Wiz", "acquisition", "considering", None)]),
    ("es", "Telefónica invertirá 500 millones de euros en Vodafone España.", ["Telefónica", "Vodafone España"],
     [("500 millones de euros", 5e8, "EUR", "investment")], [(["Telefónica"], "Vodafone España", "investment", "announced", 5e8)]),
    ("es", "BBVA lanzó una opa sobre Sabadell de 12.000 millones de euros, pero el Gobierno la bloqueó.", ["BBVA", "Sabadell"],
     [("12.000 millones de euros", 1.2e10, "EUR", "other")], [(["BBVA"], "Sabadell", "acquisition", "cancelled", 1.2e10)]),
    ("es", "Microsoft negocia una inversión de 10.000 millones de dólares en OpenAI.", ["Microsoft", "OpenAI"],
     [("10.000 millones de dólares", 1e10, "USD", "investment")], [(["Microsoft"], "OpenAI", "investment", "negotiating", 1e10)]),
    ("es", "Mistral AI recaudó 600 millones de euros de parte de Nvidia.", ["Mistral AI", "Nvidia"],
     [("600 millones de euros", 6e8, "EUR", "fundraise")], [(["Nvidia"], "Mistral AI", "funding_round", "completed", 6e8)]),
    ("es", "Amazon niega que vaya a invertir en Anthropic.", ["Amazon", "Anthropic"], [],
     [(["Amazon"], "Anthropic", "investment", "denied", None)]),
    ("es", "Según El País, Repsol firmó un contrato de 2.000 millones de euros con Iberdrola.", ["El País", "Repsol", "Iberdrola"],
     [("2.000 millones de euros", 2e9, "EUR", "contract")], [(["Repsol"], "Iberdrola", "commercial_contract", "signed", 2e9)]),
    ("es", "Santander estudia comprar Sabadell.", ["Santander", "Sabadell"], [],
     [(["Santander"], "Sabadell", "acquisition", "considering", None)]),
    ("de", "Siemens übernimmt Altair für 10 Milliarden Dollar.", ["Siemens", "Altair"],
     [("10 Milliarden Dollar", 1e10, "USD", "other")], [(["Siemens"], "Altair", "acquisition", "announced", 1e10)]),
    ("de", "Die Übernahme von Altair durch Siemens ist abgeschlossen.", ["Altair", "Siemens"], [],
     [(["Siemens"], "Altair", "acquisition", "completed", None)]),
    ("de", "Nvidia verhandelt über eine Investition von 20 Milliarden Dollar in OpenAI.", ["Nvidia", "OpenAI"],
     [("20 Milliarden Dollar", 2e10, "USD", "investment")], [(["Nvidia"], "OpenAI", "investment", "negotiating", 2e10)]),
    ("de", "Aleph Alpha sammelt 500 Millionen Dollar bei Bosch und SAP ein.", ["Aleph Alpha", "Bosch", "SAP"],
     [("500 Millionen Dollar", 5e8, "USD", "fundraise")], [(["Bosch", "SAP"], "Aleph Alpha", "funding_round", "announced", 5e8)]),
    ("de", "Zuvor hatte Aleph Alpha 500 Millionen Dollar bei Bosch und SAP eingesammelt.", ["Aleph Alpha", "Bosch", "SAP"],
     [("500 Millionen Dollar", 5e8, "USD", "fundraise")], [(["Bosch", "SAP"], "Aleph Alpha", "funding_round", "completed", 5e8)]),
    ("es", "El BBVA lanzó una opa sobre el Sabadell valorada en 12.000 millones de euros.", ["BBVA", "Sabadell"],
     [("12.000 millones de euros", 1.2e10, "EUR", "valuation")], [(["BBVA"], "Sabadell", "acquisition", "announced", 1.2e10)]),
    ("de", "Die Pläne von Microsoft, in OpenAI zu investieren, liegen auf Eis.", ["Microsoft", "OpenAI"], [],
     [(["Microsoft"], "OpenAI", "investment", "on_hold", None)]),
    ("de", "Laut Handelsblatt hat Allianz einen Vertrag über 2 Milliarden Euro mit SAP unterzeichnet.",
     ["Handelsblatt", "Allianz", "SAP"], [("2 Milliarden Euro", 2e9, "EUR", "contract")],
     [(["Allianz"], "SAP", "commercial_contract", "signed", 2e9)]),
    ("de", "Die Deutsche Bank dementiert, dass sie Commerzbank kaufen will.", ["Deutsche Bank", "Commerzbank"], [],
     [(["Deutsche Bank"], "Commerzbank", "acquisition", "denied", None)]),
]

CASES += [
    ("en", "Siemens agreed to sell its stake in Healthineers to BlackRock for $2 billion.", ["Siemens", "Healthineers", "BlackRock"],
     [("$2 billion", 2e9, "USD", "other")], [(["BlackRock"], "Healthineers", "acquisition", "announced", 2e9)]),
    ("en", "OpenAI sold $6.6 billion of shares to SoftBank and Thrive Capital.", ["OpenAI", "SoftBank", "Thrive Capital"],
     [("$6.6 billion", 6.6e9, "USD", "other")], [(["SoftBank", "Thrive Capital"], "OpenAI", "share_sale", "completed", 6.6e9)]),
    ("fr", "Sanofi a cédé sa filiale Opella à CD&R pour 16 milliards d'euros.", ["Sanofi", "Opella", "CD&R"],
     [("16 milliards d'euros", 1.6e10, "EUR", "other")], [(["CD&R"], "Opella", "acquisition", "completed", 1.6e10)]),
    ("es", "Telefónica vendió su filial Telxius a KKR por 2.000 millones de euros.", ["Telefónica", "Telxius", "KKR"],
     [("2.000 millones de euros", 2e9, "EUR", "other")], [(["KKR"], "Telxius", "acquisition", "completed", 2e9)]),
    ("de", "Bayer verkauft seine Tochter Envu an Cinven für 2,6 Milliarden Dollar.", ["Bayer", "Envu", "Cinven"],
     [("2,6 Milliarden Dollar", 2.6e9, "USD", "other")], [(["Cinven"], "Envu", "acquisition", "announced", 2.6e9)]),
]

NEGATIVES = [
    ("fr", "Nvidia et OpenAI sont deux entreprises américaines.", ["Nvidia", "OpenAI"], []),
    ("en", "Shares of Nvidia rose 5% on Monday.", ["Nvidia"], []),
    ("de", "Apple machte im Quartal 90 Milliarden Dollar Umsatz.", ["Apple"], [("90 Milliarden Dollar", 9e10, "USD", "other")]),
    ("es", "Iberdrola presentó sus resultados anuales.", ["Iberdrola"], []),
    ("fr", "Le Monde publie une enquête sur l'IA.", [], []),
    # questions ask, they report nothing (the statements are deals: see CASES)
    ("fr", "Nvidia va-t-elle investir 2 milliards de dollars dans CoreWeave ?", ["Nvidia", "CoreWeave"],
     [("2 milliards de dollars", 2e9, "USD", "investment")]),
    ("en", "Will Microsoft invest $10 billion in Anthropic?", ["Microsoft", "Anthropic"],
     [("$10 billion", 1e10, "USD", "investment")]),
    ("es", "¿Comprará Telefónica Telxius por 2.000 millones de euros?", ["Telefónica", "Telxius"],
     [("2.000 millones de euros", 2e9, "EUR", "other")]),
    ("de", "Übernimmt Siemens Altair für 10 Milliarden Dollar?", ["Siemens", "Altair"],
     [("10 Milliarden Dollar", 1e10, "USD", "other")]),
]


def summarise(deal):
    return (deal.investors, deal.target, deal.type, deal.status, deal.amount.value if deal.amount else None)


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_roles_type_status(blank_nlp, lang, text, orgs, amounts, expected):
    doc = make_doc(blank_nlp(lang), text, orgs, amounts)
    assert [summarise(d) for d in extract_deals(doc, lang)] == [tuple(e) for e in expected]


@pytest.mark.parametrize("lang,text,orgs,amounts", NEGATIVES)
def test_no_deal(blank_nlp, lang, text, orgs, amounts):
    assert extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang) == []


@pytest.mark.parametrize("lang,text,orgs,amounts,outlets", [
    ("en", "Amazon is in talks to invest $50 billion in OpenAI, according to Reuters.", ["Amazon", "OpenAI", "Reuters"],
     [("$50 billion", 5e10, "USD", "investment")], ["Reuters"]),
    ("fr", "Selon Bloomberg, Nvidia négocie un investissement de 20 milliards de dollars dans OpenAI.",
     ["Bloomberg", "Nvidia", "OpenAI"], [("20 milliards de dollars", 2e10, "USD", "investment")], ["Bloomberg"]),
    ("de", "Laut Handelsblatt hat Allianz einen Vertrag über 2 Milliarden Euro mit SAP unterzeichnet.",
     ["Handelsblatt", "Allianz", "SAP"], [("2 Milliarden Euro", 2e9, "EUR", "contract")], ["Handelsblatt"]),
    ("es", "Según El País, Repsol firmó un contrato de 2.000 millones de euros con Iberdrola.", ["El País", "Repsol", "Iberdrola"],
     [("2.000 millones de euros", 2e9, "EUR", "contract")], ["El País"]),
])
def test_reporters(blank_nlp, lang, text, orgs, amounts, outlets):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [d.reported_by for d in deals] == [outlets]


def test_same_amount_repeated_merges_and_decisive_status_wins(blank_nlp):
    text = ("Nvidia annonce un investissement de 100 milliards de dollars dans OpenAI. "
            "Cinq mois plus tard, l'investissement de 100 milliards de dollars de Nvidia dans OpenAI est annulé.")
    first = "100 milliards de dollars"
    second_start = text.index(first, text.index(first) + 1)
    doc = make_doc(blank_nlp("fr"), text, ["Nvidia", "OpenAI"], [(first, 1e11, "USD", "investment")])
    doc._.newsx_amounts = doc._.newsx_amounts + [
        Amount(text=first, start=second_start, end=second_start + len(first), value=1e11, currency="USD", role="investment")]
    deals = extract_deals(doc, "fr")
    assert [summarise(d) for d in deals] == [(["Nvidia"], "OpenAI", "investment", "cancelled", 1e11)]
    assert text[deals[0].evidence_start:deals[0].evidence_end] == deals[0].evidence


def test_different_amount_is_another_version(blank_nlp):
    text = ("Nvidia a investi 2 milliards de dollars dans CoreWeave. "
            "Nvidia investit 6 milliards de dollars supplémentaires dans CoreWeave.")
    doc = make_doc(blank_nlp("fr"), text, ["Nvidia", "CoreWeave"],
                   [("2 milliards de dollars", 2e9, "USD", "investment"), ("6 milliards de dollars", 6e9, "USD", "investment")])
    assert [d.amount.value for d in extract_deals(doc, "fr")] == [2e9, 6e9]


def test_date_from_sentence(blank_nlp):
    text = "Le 3 février 2026, Nvidia a investi 2 milliards de dollars dans CoreWeave."
    date = DateMention(text="3 février 2026", start=3, end=17, granularity="day",
                       start_date="2026-02-03", end_date="2026-02-03")
    doc = make_doc(blank_nlp("fr"), text, ["Nvidia", "CoreWeave"], [("2 milliards de dollars", 2e9, "USD", "investment")],
                   dates=[date])
    assert [d.date for d in extract_deals(doc, "fr")] == ["2026-02-03"]


@pytest.mark.parametrize("granularity,start,end,expected", [
    ("day", "2026-02-03", "2026-02-03", "2026-02-03"), ("weekday", "2023-12-18", "2023-12-18", "2023-12-18"),
    ("month", "2025-09-01", "2025-09-30", "2025-09"), ("part_of_month", "2026-01-21", "2026-01-31", "2026-01"),
    ("year", "2024-01-01", "2024-12-31", "2024"), ("half", "2026-07-01", "2026-12-31", "2026"),
    ("relative", "2026-01-22", "2026-02-01", "2026"), ("relative", None, None, None),
])
def test_iso_partial(granularity, start, end, expected):
    mention = DateMention(text="x", start=0, end=1, granularity=granularity, start_date=start, end_date=end)
    assert iso_partial(mention) == expected


@pytest.mark.parametrize("lang,text,orgs,status", [
    # talks or plans negated right there are denied
    ("de", "Siemens Healthineers führt keine Gespräche über eine Übernahme von Qiagen.",
     ["Siemens Healthineers", "Qiagen"], "denied"),
    ("en", "Merck said it has not held talks to acquire Tessera.", ["Merck", "Tessera"], "denied"),
    ("fr", "Vivendi n'est pas en négociation pour racheter Lagardère.", ["Vivendi", "Lagardère"], "denied"),
    ("es", "Telefónica no negocia la compra de Telxius.", ["Telefónica", "Telxius"], "denied"),
    ("en", "Merck is in talks to acquire Tessera.", ["Merck", "Tessera"], "negotiating"),
    # failures and breakdowns are cancellations; past-tense rejections of a report are denials
    ("en", "BBVA's bid for Sabadell failed in October.", ["BBVA", "Sabadell"], "cancelled"),
    ("fr", "BBVA a échoué à racheter Sabadell.", ["BBVA", "Sabadell"], "cancelled"),
    ("de", "Der Bund hatte die Verhandlungen über den Kauf von Tennet abgebrochen.", ["Bund", "Tennet"], "cancelled"),
    ("de", "Siemens wies Berichte über eine Übernahme von Qiagen zurück.", ["Siemens", "Qiagen"], "denied"),
])
def test_negated_failed_and_denied(blank_nlp, lang, text, orgs, status):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [d.status for d in deals] == [status]


@pytest.mark.parametrize("lang,text,orgs,status", [
    # a present or future passive announces; a past or perfect one reports what happened
    ("de", "Der Maschinenbauer Ostra wird vom Finanzinvestor Kestrel Capital übernommen.", ["Ostra", "Kestrel Capital"],
     "announced"),
    ("de", "Ostra wurde von Kestrel Capital übernommen.", ["Ostra", "Kestrel Capital"], "completed"),
    ("de", "Kestrel hatte 2023 den Spezialisten Ostra für 140 Mio. Euro übernommen.", ["Ostra", "Kestrel"], "completed"),
    ("en", "Ostra will be acquired by Kestrel Capital.", ["Ostra", "Kestrel Capital"], "announced"),
    ("en", "Ostra was acquired by Kestrel Capital.", ["Ostra", "Kestrel Capital"], "completed"),
    ("fr", "Ostra sera rachetée par Kestrel Capital.", ["Ostra", "Kestrel Capital"], "announced"),
    ("fr", "Ostra a été rachetée par Kestrel Capital.", ["Ostra", "Kestrel Capital"], "completed"),
    ("es", "Vantor será adquirida por Kestrel Capital.", ["Vantor", "Kestrel Capital"], "announced"),
    ("es", "Aceros Vantor ha comprado la empresa vasca Forjas Kestrel.", ["Aceros Vantor", "Forjas Kestrel"], "completed"),
    # "negocio" is a business, not a negotiation
    ("es", "El grupo Corvel venderá su negocio de seguros, Corvel Vida, a la aseguradora Ostra.",
     ["Corvel", "Corvel Vida", "Ostra"], "announced"),
])
def test_tense_of_the_deal_verb(blank_nlp, lang, text, orgs, status):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [d.status for d in deals] == [status]


@pytest.mark.parametrize("lang,text,orgs,expected", [
    # the party a bid comes from follows the bid noun; the one receiving it is the clause's subject
    ("en", "Ostra rejected an unsolicited cash offer from Kestrel Holdings in late 2023.", ["Ostra", "Kestrel Holdings"],
     (["Kestrel Holdings"], "Ostra")),
    ("en", "Ostra received a bid by the Dutch group Kestrel.", ["Ostra", "Kestrel"], (["Kestrel"], "Ostra")),
    ("fr", "Ostra a rejeté une offre concurrente de l'américain Kestrel Aerospace.", ["Ostra", "Kestrel Aerospace"],
     (["Kestrel Aerospace"], "Ostra")),
    ("fr", "Ostra a reçu une offre du fonds Kestrel Capital.", ["Ostra", "Kestrel Capital"], (["Kestrel Capital"], "Ostra")),
    ("es", "Ostra rechazó una oferta hostil de la australiana Kestrel Minerals.", ["Ostra", "Kestrel Minerals"],
     (["Kestrel Minerals"], "Ostra")),
    ("es", "Ostra estudia la oferta del fondo Kestrel Capital.", ["Ostra", "Kestrel Capital"], (["Kestrel Capital"], "Ostra")),
    ("de", "Ostra hat ein Übernahmeangebot des Rivalen Kestrel Holding abgelehnt.", ["Ostra", "Kestrel Holding"],
     (["Kestrel Holding"], "Ostra")),
    ("de", "Ostra prüft ein Angebot von Kestrel Capital.", ["Ostra", "Kestrel Capital"], (["Kestrel Capital"], "Ostra")),
    # the wanted company named with its marker stays the target, the bidder still the one it comes from
    ("en", "The offer from Kestrel for Ostra values the company at $3 billion.", ["Kestrel", "Ostra"], (["Kestrel"], "Ostra")),
    # a bid noun with a deal noun after it: what follows is the object, the subject bids
    ("fr", "Kestrel a lancé une offre de rachat de Ostra.", ["Kestrel", "Ostra"], (["Kestrel"], "Ostra")),
    ("es", "Kestrel prepara una oferta de compra de Ostra.", ["Kestrel", "Ostra"], (["Kestrel"], "Ostra")),
    ("en", "Kestrel made an offer for Ostra.", ["Kestrel", "Ostra"], (["Kestrel"], "Ostra")),
    ("de", "Kestrel hat ein Angebot für Ostra vorgelegt.", ["Kestrel", "Ostra"], (["Kestrel"], "Ostra")),
])
def test_who_a_bid_comes_from(blank_nlp, lang, text, orgs, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [(d.investors, d.target) for d in deals] == [expected]


@pytest.mark.parametrize("lang,text,orgs,amount,expected", [
    # the sources of a round: a description with a place or a possessive country, a demonym after the
    # noun, a preposition that marks a source only right after the sum raised
    ("en", "Ostra raised $60 million from London investor Kestrel Partners and Norway's Corvel Invest.",
     ["Ostra", "Kestrel Partners", "Corvel Invest"], ("$60 million", 6e7, "USD", "fundraise"),
     (["Corvel Invest", "Kestrel Partners"], "Ostra", "completed")),
    ("fr", "Ostra a levé 60 millions d'euros auprès du fonds londonien Kestrel Partners et du norvégien Corvel Invest.",
     ["Ostra", "Kestrel Partners", "Corvel Invest"], ("60 millions d'euros", 6e7, "EUR", "fundraise"),
     (["Corvel Invest", "Kestrel Partners"], "Ostra", "completed")),
    ("es", "Ostra ha captado 60 millones de euros del fondo londinense Kestrel Partners y del noruego Corvel Invest.",
     ["Ostra", "Kestrel Partners", "Corvel Invest"], ("60 millones de euros", 6e7, "EUR", "fundraise"),
     (["Corvel Invest", "Kestrel Partners"], "Ostra", "completed")),
    ("de", "Ostra hat 60 Millionen Euro bei Kestrel Partners und Corvel Invest eingesammelt.",
     ["Ostra", "Kestrel Partners", "Corvel Invest"], ("60 Millionen Euro", 6e7, "EUR", "fundraise"),
     (["Corvel Invest", "Kestrel Partners"], "Ostra", "completed")),
    # "de" before the sum, or a description with no name, marks no source
    ("es", "Ostra ha captado 60 millones de euros de inversores institucionales, según Kestrel Partners.",
     ["Ostra", "Kestrel Partners"], ("60 millones de euros", 6e7, "EUR", "fundraise"), ([], "Ostra", "completed")),
])
def test_the_sources_of_a_round(blank_nlp, lang, text, orgs, amount, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [amount]), lang)
    assert [(d.investors, d.target, d.status) for d in deals] == [expected]


@pytest.mark.parametrize("lang,text,orgs,amount", [
    ("es", "Factorial captó 120 millones de dólares en una ronda encabezada por Atomico.", ["Factorial", "Atomico"],
     ("120 millones de dólares", 1.2e8, "USD", "fundraise")),
    ("fr", "Mistral a levé 600 millions d'euros lors d'un tour mené par General Catalyst.", ["Mistral", "General Catalyst"],
     ("600 millions d'euros", 6e8, "EUR", "fundraise")),
    ("en", "Mistral raised $640 million in a round led by General Catalyst.", ["Mistral", "General Catalyst"],
     ("$640 million", 6.4e8, "USD", "fundraise")),
    ("de", "Celonis sammelte 1 Milliarde Dollar ein, angeführt von General Catalyst.", ["Celonis", "General Catalyst"],
     ("1 Milliarde Dollar", 1e9, "USD", "fundraise")),
])
def test_lead_investors(blank_nlp, lang, text, orgs, amount):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [amount]), lang)
    assert [(d.investors, d.target, d.type) for d in deals] == [([orgs[1]], orgs[0], "funding_round")]


def _date(text: str, sentence: str, start: str, end: str, granularity: str, bound=None) -> DateMention:
    at = sentence.index(text)
    return DateMention(text=text, start=at, end=at + len(text), granularity=granularity,
                       start_date=start, end_date=end, bound=bound)


@pytest.mark.parametrize("lang,text,orgs,amount,dates,expected", [
    ("en", "Santander agreed to buy Metro Bank, which was founded in 2010, for £2.1bn.", ["Santander", "Metro Bank"],
     ("£2.1bn", 2.1e9, "GBP", "other"), [("2010", "2010-01-01", "2010-12-31", "year", None)], None),
    ("de", "Der Bund zahlt 4,5 Milliarden Euro für Tennet; der Kauf soll bis Ende März 2026 abgeschlossen sein.",
     ["Bund", "Tennet"], ("4,5 Milliarden Euro", 4.5e9, "EUR", "investment"),
     [("Ende März 2026", "2026-03-21", "2026-03-31", "part_of_month", "until")], None),
    ("fr", "En juin 2025, BPCE a racheté Novo Banco, fondée en 2014, pour 6,4 milliards d'euros.", ["BPCE", "Novo Banco"],
     ("6,4 milliards d'euros", 6.4e9, "EUR", "other"),
     [("juin 2025", "2025-06-01", "2025-06-30", "month", None), ("2014", "2014-01-01", "2014-12-31", "year", None)], "2025-06"),
])
def test_deal_date_is_no_founding_date_or_deadline(blank_nlp, lang, text, orgs, amount, dates, expected):
    mentions = [_date(t, text, s, e, g, b) for t, s, e, g, b in dates]
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [amount], dates=mentions), lang)
    assert [d.date for d in deals] == [expected]


@pytest.mark.parametrize("lang,text,orgs,amount,expected", [
    # a supplier winning a contract: the client that pays is the investor
    ("fr", "OVHcloud a remporté un contrat de 350 millions d'euros auprès de la Commission européenne.",
     ["OVHcloud", "Commission européenne"], ("350 millions d'euros", 3.5e8, "EUR", "contract"),
     (["Commission européenne"], "OVHcloud")),
    ("en", "Capgemini won a €350 million contract from the European Commission.",
     ["Capgemini", "European Commission"], ("€350 million", 3.5e8, "EUR", "contract"), (["European Commission"], "Capgemini")),
    ("es", "Indra se adjudicó un contrato de 200 millones de euros de parte de Defensa.",
     ["Indra", "Defensa"], ("200 millones de euros", 2e8, "EUR", "contract"), (["Defensa"], "Indra")),
    ("de", "SAP erhielt einen Auftrag über 300 Millionen Euro von der Bundeswehr.",
     ["SAP", "Bundeswehr"], ("300 Millionen Euro", 3e8, "EUR", "contract"), (["Bundeswehr"], "SAP")),
    # a client signing with a supplier stays the investor
    ("en", "Microsoft signed a $10 billion contract with CoreWeave.",
     ["Microsoft", "CoreWeave"], ("$10 billion", 1e10, "USD", "contract"), (["Microsoft"], "CoreWeave")),
])
def test_contract_direction(blank_nlp, lang, text, orgs, amount, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [amount]), lang)
    assert [(d.investors, d.target, d.type) for d in deals] == [(*expected, "commercial_contract")]


@pytest.mark.parametrize("lang,text,orgs,amount,date_text", [
    ("fr", "BPCE finalise le rachat de Novo Banco\n\nBPCE a racheté lundi Novo Banco pour 6,4 milliards d'euros.",
     ["BPCE", "Novo Banco"], ("6,4 milliards d'euros", 6.4e9, "EUR", "other"), "lundi"),
    ("en", "Santander completes takeover of Metro Bank\n\nSantander bought Metro Bank for £2.1bn on Monday.",
     ["Santander", "Metro Bank"], ("£2.1bn", 2.1e9, "GBP", "other"), "Monday"),
    ("es", "Telefónica completa la compra de Telxius\n\nTelefónica compró el lunes Telxius por 2.000 millones de euros.",
     ["Telefónica", "Telxius"], ("2.000 millones de euros", 2e9, "EUR", "other"), "lunes"),
    ("de", "Siemens schließt Übernahme von Altair ab\n\nSiemens kaufte am Montag Altair für 10 Milliarden Dollar.",
     ["Siemens", "Altair"], ("10 Milliarden Dollar", 1e10, "USD", "other"), "Montag"),
])
def test_a_headline_without_amount_joins_the_priced_version(blank_nlp, lang, text, orgs, amount, date_text):
    date = _date(date_text, text, "2026-02-02", "2026-02-02", "weekday")
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [amount], dates=[date]), lang)
    assert [(d.investors, d.target, d.amount.value, d.date) for d in deals] == [([orgs[0]], orgs[1], amount[1], "2026-02-02")]


def test_a_body_mention_without_amount_stays_its_own_report(blank_nlp):
    text = ("Nvidia investira 100 milliards de dollars dans OpenAI. "
            "Plus tard, Nvidia investira aussi dans OpenAI lors d'un nouveau tour.")
    deals = extract_deals(make_doc(blank_nlp("fr"), text, ["Nvidia", "OpenAI"],
                                   [("100 milliards de dollars", 1e11, "USD", "investment")]), "fr")
    assert [d.amount.value if d.amount else None for d in deals] == [1e11, None]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    ("en", "Santander agreed to buy Metro Bank for £2.1bn. Santander had made an earlier approach worth £1.7bn, "
           "which Metro Bank rejected.", ["Santander", "Metro Bank"],
     [("£2.1bn", 2.1e9, "GBP", "other"), ("£1.7bn", 1.7e9, "GBP", "other")], [(2.1e9, "announced"), (1.7e9, "cancelled")]),
    ("fr", "BBVA va racheter Sabadell pour 12 milliards d'euros. Sabadell avait rejeté une offre sur Sabadell de 10 milliards "
           "d'euros de BBVA.", ["BBVA", "Sabadell"],
     [("12 milliards d'euros", 1.2e10, "EUR", "other"), ("10 milliards d'euros", 1e10, "EUR", "other")], [(1.2e10, "announced")]),
])
def test_a_status_about_another_price_stays_with_that_price(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [(d.amount.value, d.status) for d in deals][:len(expected)] == expected


def test_a_smaller_price_reduces_the_last_version(blank_nlp):
    text = ("Nvidia investira 100 milliards de dollars dans OpenAI. "
            "Le deal a été revu à la baisse, à quelques dizaines de milliards.")
    deals = extract_deals(make_doc(blank_nlp("fr"), text, ["Nvidia", "OpenAI"],
                                   [("100 milliards de dollars", 1e11, "USD", "investment"),
                                    ("quelques dizaines de milliards", 2e10, "USD", "other")]), "fr")
    assert [(d.amount.value, d.status) for d in deals][0] == (1e11, "reduced")


@pytest.mark.parametrize("lang,text,orgs,amount", [
    ("fr", "BPCE a racheté Novo Banco pour 6,4 milliards d'euros. BPCE a finalisé lundi le rachat de Novo Banco.",
     ["BPCE", "Novo Banco"], ("6,4 milliards d'euros", 6.4e9, "EUR", "other")),
    ("en", "AstraZeneca agreed to acquire Tessera, a developer of cancer drugs, in a deal worth $4.1 billion. "
           "AstraZeneca completed the acquisition of Tessera on Monday.", ["AstraZeneca", "Tessera"],
     ("$4.1 billion", 4.1e9, "USD", "other")),
])
def test_a_takeover_named_again_without_price_is_the_same_deal(blank_nlp, lang, text, orgs, amount):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [amount]), lang)
    assert [(d.investors, d.target, d.type, d.amount.value if d.amount else None) for d in deals] == \
        [([orgs[0]], orgs[1], "acquisition", amount[1])]


@pytest.mark.parametrize("lang,text,orgs,amounts", [
    ("en", "Nvidia agreed to buy Arm for $40 billion. Nvidia had made an earlier approach worth $30 billion.",
     ["Nvidia", "Arm"], [("$40 billion", 4e10, "USD", "other"), ("$30 billion", 3e10, "USD", "other")]),
    ("de", "Siemens kauft Altair für 10 Milliarden Dollar. Im Frühjahr hatte Siemens ein Angebot für 8 Milliarden Dollar vorgelegt.",
     ["Siemens", "Altair"], [("10 Milliarden Dollar", 1e10, "USD", "other"), ("8 Milliarden Dollar", 8e9, "USD", "other")]),
])
def test_a_bid_without_a_named_target_is_for_the_article_target(blank_nlp, lang, text, orgs, amounts):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [(d.investors, d.target, d.amount.value) for d in deals] == [([orgs[0]], orgs[1], a[1]) for a in amounts]


@pytest.mark.parametrize("lang,text,orgs,amount", [
    # an agreement in the deal's own clause outweighs a cue in a relative clause about something else
    ("en", "Santander has agreed to buy Metro Bank for £2.1bn, ending the independence of the lender, which came close "
           "to collapse in 2023.", ["Santander", "Metro Bank"], ("£2.1bn", 2.1e9, "GBP", "other")),
    ("fr", "BPCE a accepté de racheter Novo Banco pour 6,4 milliards d'euros, une banque qui avait frôlé l'abandon de "
           "son plan.", ["BPCE", "Novo Banco"], ("6,4 milliards d'euros", 6.4e9, "EUR", "other")),
    ("es", "Telefónica acordó comprar Telxius por 2.000 millones de euros, una filial cuya venta fracasó en 2019.",
     ["Telefónica", "Telxius"], ("2.000 millones de euros", 2e9, "EUR", "other")),
    ("de", "Siemens hat vereinbart, Altair für 10 Milliarden Dollar zu kaufen, nachdem ein früherer Plan gescheitert war.",
     ["Siemens", "Altair"], ("10 Milliarden Dollar", 1e10, "USD", "other")),
])
def test_an_agreement_is_announced(blank_nlp, lang, text, orgs, amount):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [amount]), lang)
    assert [(d.investors, d.target, d.status) for d in deals] == [([orgs[0]], orgs[1], "announced")]


# ---------------------------------------------------------------- constructions: passives, descriptions, conversions

CONSTRUCTIONS = [
    # a passive whose agent is introduced by a description
    ("en", "Harlow Foods was acquired by the Dutch group Verbeek for $520 million.", ["Harlow Foods", "Verbeek"],
     [("$520 million", 5.2e8, "USD", "other")], [(["Verbeek"], "Harlow Foods", "acquisition", "completed", 5.2e8)]),
    ("fr", "Harlow Foods a été rachetée par le groupe néerlandais Verbeek pour 520 millions d'euros.",
     ["Harlow Foods", "Verbeek"], [("520 millions d'euros", 5.2e8, "EUR", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "completed", 5.2e8)]),
    ("es", "Harlow Foods fue adquirida por el grupo neerlandés Verbeek por 520 millones de euros.",
     ["Harlow Foods", "Verbeek"], [("520 millones de euros", 5.2e8, "EUR", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "completed", 5.2e8)]),
    ("de", "Harlow Foods wurde 2021 von dem niederländischen Konzern Verbeek für 520 Millionen Euro übernommen.",
     ["Harlow Foods", "Verbeek"], [("520 Millionen Euro", 5.2e8, "EUR", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "completed", 5.2e8)]),
    # a passive auxiliary before the participle: the agent follows, however long its description
    ("en", "Harlow Foods is to be acquired by the fresh-fruit distribution group of the Dutch Verbeek family, "
           "Verbeek, for $520 million.", ["Harlow Foods", "Verbeek"], [("$520 million", 5.2e8, "USD", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "announced", 5.2e8)]),
    ("es", "Harlow Foods fue adquirida por el grupo neerlandés de distribución de fruta fresca Verbeek por "
           "520 millones de euros.", ["Harlow Foods", "Verbeek"], [("520 millones de euros", 5.2e8, "EUR", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "completed", 5.2e8)]),
    ("de", "Die Sparte Harlow wird für 520 Millionen Euro von dem US-Konzern Verbeek übernommen.",
     ["Harlow", "Verbeek"], [("520 Millionen Euro", 5.2e8, "EUR", "other")],
     [(["Verbeek"], "Harlow", "acquisition", "announced", 5.2e8)]),
    # the company a round values is the one raising; the subject took part in it
    ("en", "In 2024 Verbeek took part in a $6.6 billion funding round, valuing Harlow at $157 billion.",
     ["Verbeek", "Harlow"], [("$6.6 billion", 6.6e9, "USD", "fundraise"), ("$157 billion", 1.57e11, "USD", "valuation")],
     [(["Verbeek"], "Harlow", "funding_round", "announced", 6.6e9)]),
    ("fr", "En 2024, Verbeek avait pris part à un tour de table de 6,6 milliards de dollars, valorisant Harlow à "
           "157 milliards.", ["Verbeek", "Harlow"],
     [("6,6 milliards de dollars", 6.6e9, "USD", "fundraise"), ("157 milliards", 1.57e11, "USD", "valuation")],
     [(["Verbeek"], "Harlow", "funding_round", "completed", 6.6e9)]),
    ("es", "En 2024, Verbeek participó en una ronda de financiación de 6.600 millones de dólares, valorando a Harlow "
           "en 157.000 millones.", ["Verbeek", "Harlow"],
     [("6.600 millones de dólares", 6.6e9, "USD", "fundraise"), ("157.000 millones", 1.57e11, "USD", "valuation")],
     [(["Verbeek"], "Harlow", "funding_round", "announced", 6.6e9)]),
    # a stake held is a completed investment without an amount
    ("en", "Ekholm Invest holds 19% of Tallvik, the filing shows.", ["Ekholm Invest", "Tallvik"], [],
     [(["Ekholm Invest"], "Tallvik", "investment", "completed", None)]),
    ("fr", "Meseta Capital, qui détient 80 % d'Olivar depuis 2018, a lancé la vente.", ["Meseta Capital", "Olivar"], [],
     [(["Meseta Capital"], "Olivar", "investment", "completed", None)]),
    ("es", "Inca Partners posee el 30% de Chavín desde 2019.", ["Inca Partners", "Chavín"], [],
     [(["Inca Partners"], "Chavín", "investment", "completed", None)]),
    ("de", "Der Finanzinvestor Vantor hält 9,8 Prozent an Kallisto.", ["Vantor", "Kallisto"], [],
     [(["Vantor"], "Kallisto", "investment", "completed", None)]),
    # an owner in apposition controls the company it owns (an acquisition held); the company must follow closely
    ("en", "Brightwater, owner of the Spanish card acquirer Pagonet, expects to close in June.", ["Brightwater", "Pagonet"],
     [], [(["Brightwater"], "Pagonet", "acquisition", "completed", None)]),
    ("fr", "Verbois, propriétaire du quotidien Le Courrier, a annoncé la vente.", ["Verbois", "Le Courrier"], [],
     [(["Verbois"], "Le Courrier", "acquisition", "completed", None)]),
    ("es", "Lone Mesa, propietaria de Neuquina, presentó sus resultados.", ["Lone Mesa", "Neuquina"], [],
     [(["Lone Mesa"], "Neuquina", "acquisition", "completed", None)]),
    ("de", "Norrtel, Eigentümer von Alpenfunk, lehnte ab.", ["Norrtel", "Alpenfunk"], [],
     [(["Norrtel"], "Alpenfunk", "acquisition", "completed", None)]),
    ("en", "Verbois, the majority owner of the paper, met Castelnau and Harwick on Tuesday to discuss the sale.",
     ["Verbois", "Castelnau", "Harwick"], [], []),
    # a company placing its own shares sells them, to no named buyer; a placement in the past tense is done
    ("en", "Fjallstrom will raise SEK 1 billion through a placement of new shares.", ["Fjallstrom"],
     [("SEK 1 billion", 1e9, "SEK", "other")], [([], "Fjallstrom", "share_sale", "announced", 1e9)]),
    ("fr", "Dorvel a placé mardi 4 % de son capital auprès d'investisseurs, pour 520 millions d'euros.", ["Dorvel"],
     [("520 millions d'euros", 5.2e8, "EUR", "other")], [([], "Dorvel", "share_sale", "completed", 5.2e8)]),
    ("es", "Fjällström colocará nuevas acciones por unos 1.000 millones de coronas.", ["Fjällström"],
     [("1.000 millones de coronas", 1e9, "SEK", "other")], [([], "Fjällström", "share_sale", "announced", 1e9)]),
    ("de", "Valcourt platzierte am Montag Aktien im Wert von 480 Millionen Euro.", ["Valcourt"],
     [("480 Millionen Euro", 4.8e8, "EUR", "other")], [([], "Valcourt", "share_sale", "announced", 4.8e8)]),
    # a revenue figure is no price; an exchange a company is listed on is no party
    ("en", "Verbeek, which has revenue of $2.4 billion, signed a contract with Frigomar.", ["Verbeek", "Frigomar"],
     [("$2.4 billion", 2.4e9, "USD", "other")], [(["Verbeek"], "Frigomar", "commercial_contract", "signed", None)]),
    ("fr", "Le groupe Verbeek, qui réalise un chiffre d'affaires de 2,4 milliards d'euros, a racheté Frigomar.",
     ["Verbeek", "Frigomar"], [("2,4 milliards d'euros", 2.4e9, "EUR", "other")],
     [(["Verbeek"], "Frigomar", "acquisition", "completed", None)]),
    ("es", "Verdegro, que factura unos 2.400 millones de euros, anunció un contrato con Frigomar.", ["Verdegro", "Frigomar"],
     [("2.400 millones de euros", 2.4e9, "EUR", "other")],
     [(["Verdegro"], "Frigomar", "commercial_contract", "announced", None)]),
    ("de", "Verbeek, mit einem Umsatz von 2,4 Milliarden Euro, kaufte Frigomar.", ["Verbeek", "Frigomar"],
     [("2,4 Milliarden Euro", 2.4e9, "EUR", "other")], [(["Verbeek"], "Frigomar", "acquisition", "completed", None)]),
    ("fr", "Ludora, éditeur coté sur Euronext, a racheté Kagero pour 48 milliards de yens.", ["Ludora", "Euronext", "Kagero"],
     [("48 milliards de yens", 4.8e10, "JPY", "other")], [(["Ludora"], "Kagero", "acquisition", "completed", 4.8e10)]),
    ("en", "Ludora, which is listed on Euronext, agreed to buy Kagero for ¥48 billion.", ["Ludora", "Euronext", "Kagero"],
     [("¥48 billion", 4.8e10, "JPY", "other")], [(["Ludora"], "Kagero", "acquisition", "announced", 4.8e10)]),
    # hiring an adviser is no contract deal
    ("es", "Tecnalux ha contratado a Deloitte para estudiar la venta de activos.", ["Tecnalux", "Deloitte"], [], []),
    # a nominalisation with its agent after "by"
    ("en", "The purchase of Harlow Foods by Verbeek for $520 million closed on Monday.", ["Harlow Foods", "Verbeek"],
     [("$520 million", 5.2e8, "USD", "other")], [(["Verbeek"], "Harlow Foods", "acquisition", "completed", 5.2e8)]),
    ("es", "La compra de Harlow Foods por parte de Verbeek por 520 millones de euros se cerró el lunes.",
     ["Harlow Foods", "Verbeek"], [("520 millones de euros", 5.2e8, "EUR", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "completed", 5.2e8)]),
    ("de", "Die Übernahme von Harlow Foods durch Verbeek für 520 Millionen Euro ist abgeschlossen.",
     ["Harlow Foods", "Verbeek"], [("520 Millionen Euro", 5.2e8, "EUR", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "completed", 5.2e8)]),
    # a price converted in brackets is one amount
    ("en", "Verbeek agreed to buy Harlow Foods for $520 million (€480 million).", ["Verbeek", "Harlow Foods"],
     [("$520 million", 5.2e8, "USD", "other"), ("€480 million", 4.8e8, "EUR", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "announced", 5.2e8)]),
    ("es", "Verbeek comprará Harlow Foods por 520 millones de dólares (unos 1.750 millones de soles).",
     ["Verbeek", "Harlow Foods"], [("520 millones de dólares", 5.2e8, "USD", "other"),
                                   ("1.750 millones de soles", 1.75e9, "PEN", "other")],
     [(["Verbeek"], "Harlow Foods", "acquisition", "announced", 5.2e8)]),
    # a definite description in a later sentence stands for the company the story is about
    ("de", "Wendrich hat seinen Umsatz gesteigert. Im März hatte der Konzern 80 Millionen Euro in Cirkel investiert.",
     ["Wendrich", "Cirkel"], [("80 Millionen Euro", 8e7, "EUR", "investment")],
     [(["Wendrich"], "Cirkel", "investment", "completed", 8e7)]),
    ("en", "Halvard reported record sales. The group will invest $80 million in Cirkel.", ["Halvard", "Cirkel"],
     [("$80 million", 8e7, "USD", "investment")], [(["Halvard"], "Cirkel", "investment", "announced", 8e7)]),
    ("fr", "Halvard a publié des ventes record. Le groupe investira 80 millions d'euros dans Cirkel.",
     ["Halvard", "Cirkel"], [("80 millions d'euros", 8e7, "EUR", "investment")],
     [(["Halvard"], "Cirkel", "investment", "announced", 8e7)]),
    ("es", "Halvard presentó ventas récord. El grupo invertirá 80 millones de euros en Cirkel.", ["Halvard", "Cirkel"],
     [("80 millones de euros", 8e7, "EUR", "investment")], [(["Halvard"], "Cirkel", "investment", "announced", 8e7)]),
    ("de", "Im März hatte Wendrich 80 Millionen Euro in den schwedischen Recyclingspezialisten Cirkel investiert.",
     ["Wendrich", "Cirkel"], [("80 Millionen Euro", 8e7, "EUR", "investment")],
     [(["Wendrich"], "Cirkel", "investment", "completed", 8e7)]),
    # after a deal sentence, the description stands for the party that acted in it (the buyer of a passive)
    ("es", "Passo Firme fue adquirida por Nórdika en enero. Además, el grupo firmó un contrato de 60 millones de euros "
           "con Transportes Mera.", ["Passo Firme", "Nórdika", "Transportes Mera"],
     [("60 millones de euros", 6e7, "EUR", "contract")],
     [(["Nórdika"], "Passo Firme", "acquisition", "completed", None),
      (["Nórdika"], "Transportes Mera", "commercial_contract", "signed", 6e7)]),
    ("en", "Passo was acquired by Nordika in January. The group also signed a $60 million contract with Mera.",
     ["Passo", "Nordika", "Mera"], [("$60 million", 6e7, "USD", "contract")],
     [(["Nordika"], "Passo", "acquisition", "completed", None),
      (["Nordika"], "Mera", "commercial_contract", "signed", 6e7)]),
    # a sale of a unit to a buyer introduced by a description
    ("en", "Shannon Pharma agreed to sell its manufacturing arm, Shannon Bio, to US drugmaker Calloway for $540 million.",
     ["Shannon Pharma", "Shannon Bio", "Calloway"], [("$540 million", 5.4e8, "USD", "other")],
     [(["Calloway"], "Shannon Bio", "acquisition", "announced", 5.4e8)]),
    # a pronoun opening the sentence stands for it too
    ("en", "Halvard reported record sales. It offered $900 million for Cirkel in June.", ["Halvard", "Cirkel"],
     [("$900 million", 9e8, "USD", "other")], [(["Halvard"], "Cirkel", "acquisition", "announced", 9e8)]),
    # a description followed by a name is an apposition, not an anaphor
    ("en", "Halvard reported record sales. The lender Cirkel Bank invested $80 million in Ostra.",
     ["Halvard", "Cirkel Bank", "Ostra"], [("$80 million", 8e7, "USD", "investment")],
     [(["Cirkel Bank"], "Ostra", "investment", "completed", 8e7)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", CONSTRUCTIONS)
def test_constructions(blank_nlp, lang, text, orgs, amounts, expected):
    doc = make_doc(blank_nlp(lang), text, orgs, amounts)
    assert [summarise(d) for d in extract_deals(doc, lang)] == [tuple(e) for e in expected]
CONSTRUCTION_CASES = [
    # a round's investors: the lead, then those a participation marker lists, with their descriptions
    ("en", "Lumora Bio raised $80 million in a round led by Harbor Peak Ventures, with participation from Kestrel Capital and the pension fund Bluefin.",
     ["Lumora Bio", "Harbor Peak Ventures", "Kestrel Capital", "Bluefin"], [("$80 million", 8e7, "USD", "fundraise")],
     [(['Bluefin', 'Harbor Peak Ventures', 'Kestrel Capital'], 'Lumora Bio', 'funding_round', 'completed', 80000000.0)]),
    ("fr", "Novelia a levé 40 millions d'euros auprès d'Azur Capital, avec la participation de Vexin Partenaires et de Solstice Invest.",
     ["Novelia", "Azur Capital", "Vexin Partenaires", "Solstice Invest"], [("40 millions d'euros", 4e7, "EUR", "fundraise")],
     [(['Azur Capital', 'Solstice Invest', 'Vexin Partenaires'], 'Novelia', 'funding_round', 'completed', 40000000.0)]),
    ("es", "Nubia Pay captó 30 millones de euros en una ronda liderada por Cierzo Ventures, con la participación de Atalaya Capital y Faro Inversiones.",
     ["Nubia Pay", "Cierzo Ventures", "Atalaya Capital", "Faro Inversiones"], [("30 millones de euros", 3e7, "EUR", "fundraise")],
     [(['Atalaya Capital', 'Cierzo Ventures', 'Faro Inversiones'], 'Nubia Pay', 'funding_round', 'completed', 30000000.0)]),
    ("de", "Quellwerk hat 25 Millionen Euro eingesammelt, angeführt von Elbtal Ventures, unter Beteiligung von Nordkap Capital und Isar Partners.",
     ["Quellwerk", "Elbtal Ventures", "Nordkap Capital", "Isar Partners"], [("25 Millionen Euro", 2.5e7, "EUR", "fundraise")],
     [(['Elbtal Ventures', 'Isar Partners', 'Nordkap Capital'], 'Quellwerk', 'funding_round', 'completed', 25000000.0)]),
    # the round's investors named in the next sentence
    ("en", "Lumora Bio raised $80 million in a Series B round. The round was led by Harbor Peak Ventures, with participation from Kestrel Capital.",
     ["Lumora Bio", "Harbor Peak Ventures", "Kestrel Capital"], [("$80 million", 8e7, "USD", "fundraise")],
     [(['Harbor Peak Ventures', 'Kestrel Capital'], 'Lumora Bio', 'funding_round', 'completed', 80000000.0)]),
    ("fr", "Novelia a bouclé une levée de fonds de 40 millions d'euros. L'opération est menée par Azur Capital, aux côtés de Vexin Partenaires.",
     ["Novelia", "Azur Capital", "Vexin Partenaires"], [("40 millions d'euros", 4e7, "EUR", "fundraise")],
     [(['Azur Capital', 'Vexin Partenaires'], 'Novelia', 'funding_round', 'completed', 40000000.0)]),
    ("es", "Nubia Pay cerró una ronda de financiación de 30 millones de euros. La operación está liderada por Cierzo Ventures, junto a Atalaya Capital.",
     ["Nubia Pay", "Cierzo Ventures", "Atalaya Capital"], [("30 millones de euros", 3e7, "EUR", "fundraise")],
     [(['Atalaya Capital', 'Cierzo Ventures'], 'Nubia Pay', 'funding_round', 'completed', 30000000.0)]),
    ("de", "Quellwerk hat eine Finanzierungsrunde über 25 Millionen Euro abgeschlossen. Die Runde wurde von Elbtal Ventures angeführt, gemeinsam mit Isar Partners.",
     ["Quellwerk", "Elbtal Ventures", "Isar Partners"], [("25 Millionen Euro", 2.5e7, "EUR", "fundraise")],
     [(['Elbtal Ventures', 'Isar Partners'], 'Quellwerk', 'funding_round', 'completed', 25000000.0)]),
    # coordinated subjects invest together
    ("en", "Kestrel Capital and the pension fund Nordhem will invest €300 million in Solvik Energy.",
     ["Kestrel Capital", "Nordhem", "Solvik Energy"], [("€300 million", 3e8, "EUR", "investment")],
     [(['Kestrel Capital', 'Nordhem'], 'Solvik Energy', 'investment', 'announced', 300000000.0)]),
    ("fr", "Azur Capital et le fonds de pension Boréal investiront 300 millions d'euros dans Solvik.",
     ["Azur Capital", "Boréal", "Solvik"], [("300 millions d'euros", 3e8, "EUR", "investment")],
     [(['Azur Capital', 'Boréal'], 'Solvik', 'investment', 'announced', 300000000.0)]),
    ("es", "Cierzo Ventures y el fondo de pensiones Boreal invertirán 300 millones de euros en Solvik.",
     ["Cierzo Ventures", "Boreal", "Solvik"], [("300 millones de euros", 3e8, "EUR", "investment")],
     [(['Boreal', 'Cierzo Ventures'], 'Solvik', 'investment', 'announced', 300000000.0)]),
    ("de", "Elbtal Ventures und der Pensionsfonds Nordhem investieren 300 Millionen Euro in Solvik.",
     ["Elbtal Ventures", "Nordhem", "Solvik"], [("300 Millionen Euro", 3e8, "EUR", "investment")],
     [(['Elbtal Ventures', 'Nordhem'], 'Solvik', 'investment', 'announced', 300000000.0)]),
    # "together with X": X puts money in too
    ("en", "Kestrel Capital, together with Bluefin, invested $50 million in Lumora Bio.",
     ["Kestrel Capital", "Bluefin", "Lumora Bio"], [("$50 million", 5e7, "USD", "investment")],
     [(['Bluefin', 'Kestrel Capital'], 'Lumora Bio', 'investment', 'completed', 50000000.0)]),
    ("fr", "Azur Capital a investi 50 millions d'euros dans Novelia, aux côtés de Boréal.",
     ["Azur Capital", "Novelia", "Boréal"], [("50 millions d'euros", 5e7, "EUR", "investment")],
     [(['Azur Capital', 'Boréal'], 'Novelia', 'investment', 'completed', 50000000.0)]),
    ("es", "Cierzo Ventures invirtió 50 millones de euros en Nubia Pay junto a Boreal.",
     ["Cierzo Ventures", "Nubia Pay", "Boreal"], [("50 millones de euros", 5e7, "EUR", "investment")],
     [(['Boreal', 'Cierzo Ventures'], 'Nubia Pay', 'investment', 'completed', 50000000.0)]),
    ("de", "Elbtal Ventures investierte gemeinsam mit Nordhem 50 Millionen Euro in Quellwerk.",
     ["Elbtal Ventures", "Nordhem", "Quellwerk"], [("50 Millionen Euro", 5e7, "EUR", "investment")],
     [(['Elbtal Ventures', 'Nordhem'], 'Quellwerk', 'investment', 'completed', 50000000.0)]),
    # a contract for the subject to supply: the partner is the client who pays
    ("en", "Solvik Energy signed a €200 million contract to supply turbines to Baltmar.",
     ["Solvik Energy", "Baltmar"], [("€200 million", 2e8, "EUR", "contract")],
     [(['Baltmar'], 'Solvik Energy', 'commercial_contract', 'signed', 200000000.0)]),
    ("fr", "Solvik a signé avec Baltmar un contrat de fourniture de 200 millions d'euros.",
     ["Solvik", "Baltmar"], [("200 millions d'euros", 2e8, "EUR", "contract")],
     [(['Baltmar'], 'Solvik', 'commercial_contract', 'signed', 200000000.0)]),
    ("es", "Solvik firmó un contrato de suministro de 200 millones de euros con Baltmar.",
     ["Solvik", "Baltmar"], [("200 millones de euros", 2e8, "EUR", "contract")],
     [(['Baltmar'], 'Solvik', 'commercial_contract', 'signed', 200000000.0)]),
    ("de", "Solvik unterzeichnete einen Liefervertrag über 200 Millionen Euro mit Baltmar.",
     ["Solvik", "Baltmar"], [("200 Millionen Euro", 2e8, "EUR", "contract")],
     [(['Baltmar'], 'Solvik', 'commercial_contract', 'signed', 200000000.0)]),
    # a contract awarded to a supplier
    ("en", "Portaluz said the €90 million maintenance contract was awarded to Ferrovia Tech.",
     ["Portaluz", "Ferrovia Tech"], [("€90 million", 9e7, "EUR", "contract")],
     [(['Portaluz'], 'Ferrovia Tech', 'commercial_contract', 'signed', 90000000.0)]),
    ("fr", "Portaluz a indiqué que le contrat de maintenance de 90 millions d'euros a été attribué à Ferrovia Tech.",
     ["Portaluz", "Ferrovia Tech"], [("90 millions d'euros", 9e7, "EUR", "contract")],
     [(['Portaluz'], 'Ferrovia Tech', 'commercial_contract', 'signed', 90000000.0)]),
    ("es", "Portaluz indicó que el contrato de mantenimiento de 90 millones de euros fue adjudicado a Ferrovia Tech.",
     ["Portaluz", "Ferrovia Tech"], [("90 millones de euros", 9e7, "EUR", "contract")],
     [(['Portaluz'], 'Ferrovia Tech', 'commercial_contract', 'signed', 90000000.0)]),
    ("de", "Portaluz teilte mit, der Wartungsvertrag über 90 Millionen Euro ging an Ferrovia Tech.",
     ["Portaluz", "Ferrovia Tech"], [("90 Millionen Euro", 9e7, "EUR", "contract")],
     [(['Portaluz'], 'Ferrovia Tech', 'commercial_contract', 'signed', 90000000.0)]),
    # the company's shareholder named after the noun: a stake held
    ("en", "Solvik Energy's largest shareholder, the pension fund Nordhem, approved the plan.",
     ["Solvik Energy", "Nordhem"], [],
     [(['Nordhem'], 'Solvik Energy', 'investment', 'completed', None)]),
    ("fr", "Solvik peut compter sur son actionnaire de référence, le fonds Boréal, pour approuver le plan.",
     ["Solvik", "Boréal"], [],
     [(['Boréal'], 'Solvik', 'investment', 'completed', None)]),
    ("es", "Solvik cuenta con el apoyo de su accionista de referencia, el fondo Boreal.",
     ["Solvik", "Boreal"], [],
     [(['Boreal'], 'Solvik', 'investment', 'completed', None)]),
    ("de", "Bei Solvik hat der Großaktionär Nordhem dem Plan zugestimmt.",
     ["Solvik", "Nordhem"], [],
     [(['Nordhem'], 'Solvik', 'investment', 'completed', None)]),
    # the price of "the transaction" in the next sentence
    ("en", "Baltmar completed the acquisition of Ferrovia Tech. The transaction is worth €450 million.",
     ["Baltmar", "Ferrovia Tech"], [("€450 million", 4.5e8, "EUR", "other")],
     [(['Baltmar'], 'Ferrovia Tech', 'acquisition', 'completed', 450000000.0)]),
    ("fr", "Baltmar a finalisé le rachat de Ferrovia Tech. Le montant de la transaction s'élève à 450 millions d'euros.",
     ["Baltmar", "Ferrovia Tech"], [("450 millions d'euros", 4.5e8, "EUR", "other")],
     [(['Baltmar'], 'Ferrovia Tech', 'acquisition', 'completed', 450000000.0)]),
    ("es", "Baltmar completó la compra de Ferrovia Tech. La operación asciende a 450 millones de euros.",
     ["Baltmar", "Ferrovia Tech"], [("450 millones de euros", 4.5e8, "EUR", "other")],
     [(['Baltmar'], 'Ferrovia Tech', 'acquisition', 'completed', 450000000.0)]),
    ("de", "Baltmar hat die Übernahme von Ferrovia Tech abgeschlossen. Die Transaktion hat ein Volumen von 450 Millionen Euro.",
     ["Baltmar", "Ferrovia Tech"], [("450 Millionen Euro", 4.5e8, "EUR", "other")],
     [(['Baltmar'], 'Ferrovia Tech', 'acquisition', 'completed', 450000000.0)]),
    # a description right after a name is its apposition, not the previous subject
    ("en", "Solvik plans a capital increase. Kestrel Capital, the Dutch investor that already owns 10% of Solvik, will invest €50 million in it.",
     ["Solvik", "Kestrel Capital"], [("€50 million", 5e7, "EUR", "investment")],
     [(['Kestrel Capital'], 'Solvik', 'investment', 'announced', 50000000.0), (['Kestrel Capital'], 'Solvik', 'investment', 'completed', None)]),
    ("fr", "Solvik prépare une augmentation de capital. Azur Capital, le fonds néerlandais qui détient déjà 10 % de Solvik, y investira 50 millions d'euros.",
     ["Solvik", "Azur Capital"], [("50 millions d'euros", 5e7, "EUR", "investment")],
     [(['Azur Capital'], 'Solvik', 'investment', 'announced', 50000000.0), (['Azur Capital'], 'Solvik', 'investment', 'completed', None)]),
    ("es", "Solvik prepara una ampliación de capital. Cierzo Ventures, el fondo neerlandés que ya posee el 10% de Solvik, invertirá 50 millones de euros.",
     ["Solvik", "Cierzo Ventures"], [("50 millones de euros", 5e7, "EUR", "investment")],
     [(['Cierzo Ventures'], 'Solvik', 'investment', 'announced', 50000000.0), (['Cierzo Ventures'], 'Solvik', 'investment', 'completed', None)]),
    ("de", "Solvik plant eine Kapitalerhöhung. Elbtal Ventures, der niederländische Investor, der bereits 10 Prozent an Solvik hält, investiert 50 Millionen Euro.",
     ["Solvik", "Elbtal Ventures"], [("50 Millionen Euro", 5e7, "EUR", "investment")],
     [(['Elbtal Ventures'], 'Solvik', 'investment', 'announced', 50000000.0)]),
    # a bid as a verb or noun with its price
    ("en", "Baltmar bid about €420 million for Ferrovia Tech.", ["Baltmar", "Ferrovia Tech"], [("€420 million", 4.2e8, "EUR", "other")],
     [(['Baltmar'], 'Ferrovia Tech', 'acquisition', 'announced', 420000000.0)]),
    ("fr", "Baltmar aurait proposé 420 millions d'euros pour Ferrovia Tech.", ["Baltmar", "Ferrovia Tech"], [("420 millions d'euros", 4.2e8, "EUR", "other")],
     [(['Baltmar'], 'Ferrovia Tech', 'acquisition', 'rumored', 420000000.0)]),
    ("es", "Baltmar llegó a ofrecer 420 millones de euros por Ferrovia Tech.", ["Baltmar", "Ferrovia Tech"], [("420 millones de euros", 4.2e8, "EUR", "other")],
     [(['Baltmar'], 'Ferrovia Tech', 'acquisition', 'announced', 420000000.0)]),
    ("de", "Für Ferrovia Tech bietet Baltmar nun 420 Millionen Euro.", ["Ferrovia Tech", "Baltmar"], [("420 Millionen Euro", 4.2e8, "EUR", "other")],
     [(['Baltmar'], 'Ferrovia Tech', 'acquisition', 'announced', 420000000.0)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", CONSTRUCTION_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CONSTRUCTION_CASES)])
def test_frames_across_clauses(blank_nlp, lang, text, orgs, amounts, expected):
    """Participation lists, a round continued in the next sentence, coordinated subjects, co-investors,
    supply and awarded contracts, a shareholder named after the noun, a price given to "the
    transaction", an apposition that is no anaphor, a bid and the party it is for."""
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


PRICE_CASES = [
    # a price per share is no deal amount: the bid stays, without a price
    ("en", "Baltmar offered $38 per share for Ferrovia Tech.", ["Baltmar", "Ferrovia Tech"],
     [("$38", 38.0, "USD", "other")], [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", None)]),
    ("fr", "Baltmar a proposé 38 euros par action pour Ferrovia Tech.", ["Baltmar", "Ferrovia Tech"],
     [("38 euros", 38.0, "EUR", "other")], [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", None)]),
    ("es", "Baltmar ofreció 38 euros por acción por Ferrovia Tech.", ["Baltmar", "Ferrovia Tech"],
     [("38 euros", 38.0, "EUR", "other")], [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", None)]),
    ("de", "Für Ferrovia Tech bietet Baltmar 38 Euro je Aktie.", ["Ferrovia Tech", "Baltmar"],
     [("38 Euro", 38.0, "EUR", "other")], [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", None)]),
    # a media group bought or sold is a party; an outlet credited for the news is not
    ("en", "Baltmar bought the Financial Times for £800 million, Reuters reported.", ["Baltmar", "Financial Times", "Reuters"],
     [("£800 million", 8e8, "GBP", "other")], [(["Baltmar"], "Financial Times", "acquisition", "completed", 8e8)]),
    ("fr", "Baltmar a racheté Les Echos pour 200 millions d'euros.", ["Baltmar", "Les Echos"],
     [("200 millions d'euros", 2e8, "EUR", "other")], [(["Baltmar"], "Les Echos", "acquisition", "completed", 2e8)]),
    ("es", "Según Reuters, Baltmar compró El País por 300 millones de euros.", ["Reuters", "Baltmar", "El País"],
     [("300 millones de euros", 3e8, "EUR", "other")], [(["Baltmar"], "El País", "acquisition", "completed", 3e8)]),
    ("de", "Baltmar kauft das Handelsblatt für 500 Millionen Euro.", ["Baltmar", "Handelsblatt"],
     [("500 Millionen Euro", 5e8, "EUR", "other")], [(["Baltmar"], "Handelsblatt", "acquisition", "announced", 5e8)]),
    # the verb that closes a German clause governs the price before it, brackets and all
    ("de", "Die Sparte Lumix wurde für 780 Millionen Dollar (rund 690 Millionen Euro) von Baltmar übernommen.",
     ["Lumix", "Baltmar"], [("780 Millionen Dollar", 7.8e8, "USD", "investment"), ("690 Millionen Euro", 6.9e8, "EUR", "other")],
     [(["Baltmar"], "Lumix", "acquisition", "completed", 7.8e8)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", PRICE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PRICE_CASES)])
def test_prices_and_media_parties(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs", [
    ("fr", "Baltmar a publié vendredi ses résultats annuels.", ["Baltmar"]),  # "vendredi" sells nothing
    ("en", "According to Bloomberg, Baltmar posted record results.", ["Bloomberg", "Baltmar"]),
    ("es", "Baltmar presentó el viernes sus resultados, según El País.", ["Baltmar", "El País"]),
    ("de", "Baltmar legte am Freitag Zahlen vor, berichtete das Handelsblatt.", ["Baltmar", "Handelsblatt"]),
])
def test_no_deal_in_news_about_results(blank_nlp, lang, text, orgs):
    assert extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang) == []


PASSIVE_AND_PRICE_CASES = [
    # a passive whose auxiliary comes before or after the participle; the agent is the buyer
    ("en", "Ferrovia Tech is set to be bought by Baltmar for €300 million.",
     ["Ferrovia Tech", "Baltmar"], [("€300 million", 300000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", 300000000.0)]),
    ("fr", "Ferrovia Tech devrait être rachetée par Baltmar pour 300 millions d'euros.",
     ["Ferrovia Tech", "Baltmar"], [("300 millions d'euros", 300000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", 300000000.0)]),
    ("es", "Ferrovia Tech será comprada por Baltmar a cambio de 300 millones de euros.",
     ["Ferrovia Tech", "Baltmar"], [("300 millones de euros", 300000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", 300000000.0)]),
    ("de", "Ferrovia Tech wird für 300 Millionen Euro von Baltmar übernommen werden.",
     ["Ferrovia Tech", "Baltmar"], [("300 Millionen Euro", 300000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", 300000000.0)]),
    # "the deal would value Y at": the price of the takeover under talks
    ("en", "Baltmar is in exclusive talks to buy Ferrovia Tech. The deal would value Ferrovia Tech at €850 million.",
     ["Baltmar", "Ferrovia Tech"], [("€850 million", 850000000.0, "EUR", "valuation")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "negotiating", 850000000.0)]),
    ("fr", "Baltmar négocie le rachat de Ferrovia Tech. La transaction valoriserait Ferrovia Tech à 850 millions d'euros.",
     ["Baltmar", "Ferrovia Tech"], [("850 millions d'euros", 850000000.0, "EUR", "valuation")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "negotiating", 850000000.0)]),
    ("es", "Baltmar negocia la compra de Ferrovia Tech. La operación valoraría Ferrovia Tech en 850 millones de euros.",
     ["Baltmar", "Ferrovia Tech"], [("850 millones de euros", 850000000.0, "EUR", "valuation")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "negotiating", 850000000.0)]),
    ("de", "Baltmar verhandelt über die Übernahme von Ferrovia Tech. Die Transaktion würde Ferrovia Tech mit 850 Millionen Euro bewerten.",
     ["Baltmar", "Ferrovia Tech"], [("850 Millionen Euro", 850000000.0, "EUR", "valuation")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "negotiating", 850000000.0)]),
    # "the price" / "le prix" / "der Kaufpreis" in the next sentence prices the deal
    ("en", "Baltmar bought 60% of Ferrovia Tech. The price was about €1.1 billion.",
     ["Baltmar", "Ferrovia Tech"], [("€1.1 billion", 1100000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "completed", 1100000000.0)]),
    ("fr", "Baltmar a acquis 60 % de Ferrovia Tech. Le prix de cette participation avoisine 1,1 milliard d'euros.",
     ["Baltmar", "Ferrovia Tech"], [("1,1 milliard d'euros", 1100000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "completed", 1100000000.0)]),
    ("es", "Baltmar compró el 60% de Ferrovia Tech. El precio ronda los 1.100 millones de euros.",
     ["Baltmar", "Ferrovia Tech"], [("1.100 millones de euros", 1100000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "completed", 1100000000.0)]),
    ("de", "Baltmar kaufte 60 Prozent an Ferrovia Tech. Der Kaufpreis liegt bei rund 1,1 Milliarden Euro.",
     ["Baltmar", "Ferrovia Tech"], [("1,1 Milliarden Euro", 1100000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "completed", 1100000000.0)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", PASSIVE_AND_PRICE_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PASSIVE_AND_PRICE_CASES)])
def test_passives_and_prices_in_the_next_sentence(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected



ROUND_FOLLOWER_CASES = [
    # investors who join the round in a later sentence, through their own verb
    ("en", "Lumora Bio raised $80 million in a round led by Harbor Peak Ventures. Kestrel Capital and the Dutch bank Bluefin joined the round.",
     ["Lumora Bio", "Harbor Peak Ventures", "Kestrel Capital", "Bluefin"], [("$80 million", 80000000.0, "USD", "fundraise")],
     [(["Bluefin", "Harbor Peak Ventures", "Kestrel Capital"], "Lumora Bio", "funding_round", "completed", 80000000.0)]),
    ("fr", "Novelia a levé 40 millions d'euros auprès d'Azur Capital. Vexin Partenaires et Solstice Invest ont également participé.",
     ["Novelia", "Azur Capital", "Vexin Partenaires", "Solstice Invest"], [("40 millions d'euros", 40000000.0, "EUR", "fundraise")],
     [(["Azur Capital", "Solstice Invest", "Vexin Partenaires"], "Novelia", "funding_round", "completed", 40000000.0)]),
    ("es", "Nubia Pay captó 30 millones de euros en una ronda liderada por Cierzo Ventures. Atalaya Capital y Faro Inversiones se sumaron a la operación.",
     ["Nubia Pay", "Cierzo Ventures", "Atalaya Capital", "Faro Inversiones"], [("30 millones de euros", 30000000.0, "EUR", "fundraise")],
     [(["Atalaya Capital", "Cierzo Ventures", "Faro Inversiones"], "Nubia Pay", "funding_round", "completed", 30000000.0)]),
    ("de", "Quellwerk hat 25 Millionen Euro bei Elbtal Ventures eingesammelt. Nordkap Capital und Isar Partners beteiligten sich ebenfalls.",
     ["Quellwerk", "Elbtal Ventures", "Nordkap Capital", "Isar Partners"], [("25 Millionen Euro", 25000000.0, "EUR", "fundraise")],
     [(["Elbtal Ventures", "Isar Partners", "Nordkap Capital"], "Quellwerk", "funding_round", "completed", 25000000.0)]),
    # a later sentence about another deal names no investor of the round; its pronoun is the company that raised
    ("en", "Lumora Bio raised $80 million from Harbor Peak Ventures. It also signed a supply agreement with Bluefin.",
     ["Lumora Bio", "Harbor Peak Ventures", "Bluefin"], [("$80 million", 80000000.0, "USD", "fundraise")],
     [(["Harbor Peak Ventures"], "Lumora Bio", "funding_round", "completed", 80000000.0), (["Bluefin"], "Lumora Bio", "commercial_contract", "signed", None)]),
    ("fr", "Novelia a levé 40 millions d'euros auprès d'Azur Capital. La société a aussi signé un contrat avec Boréal.",
     ["Novelia", "Azur Capital", "Boréal"], [("40 millions d'euros", 40000000.0, "EUR", "fundraise")],
     [(["Azur Capital"], "Novelia", "funding_round", "completed", 40000000.0), (["Novelia"], "Boréal", "commercial_contract", "signed", None)]),
    ("es", "Nubia Pay captó 30 millones de euros en una ronda liderada por Cierzo Ventures. La empresa también firmó un contrato con Boreal.",
     ["Nubia Pay", "Cierzo Ventures", "Boreal"], [("30 millones de euros", 30000000.0, "EUR", "fundraise")],
     [(["Cierzo Ventures"], "Nubia Pay", "funding_round", "completed", 30000000.0), (["Nubia Pay"], "Boreal", "commercial_contract", "signed", None)]),
    ("de", "Quellwerk hat 25 Millionen Euro bei Elbtal Ventures eingesammelt. Das Unternehmen schloss zudem einen Vertrag mit Nordhem.",
     ["Quellwerk", "Elbtal Ventures", "Nordhem"], [("25 Millionen Euro", 25000000.0, "EUR", "fundraise")],
     [(["Elbtal Ventures"], "Quellwerk", "funding_round", "completed", 25000000.0), (["Quellwerk"], "Nordhem", "commercial_contract", "signed", None)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", ROUND_FOLLOWER_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(ROUND_FOLLOWER_CASES)])
def test_round_followers_in_later_sentences(blank_nlp, lang, text, orgs, amounts, expected):
    """A round's followers named after it join it; another deal's partner does not."""
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


LATER_DENIAL_CASES = [
    # a later denial of a deal only considered or rumoured: the article's latest word
    ("en", "Baltmar is considering a takeover of Ferrovia Tech, people familiar said. Baltmar denied that the takeover was under discussion.",
     ["Baltmar", "Ferrovia Tech"], [],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "denied", None)]),
    ("fr", "Baltmar envisagerait le rachat de Ferrovia Tech. Baltmar a démenti l'existence de la transaction.",
     ["Baltmar", "Ferrovia Tech"], [],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "denied", None)]),
    ("es", "Baltmar estudia la compra de Ferrovia Tech, según fuentes del mercado. Baltmar desmintió la operación.",
     ["Baltmar", "Ferrovia Tech"], [],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "denied", None)]),
    ("de", "Baltmar erwägt angeblich die Übernahme von Ferrovia Tech. Baltmar dementierte die Transaktion.",
     ["Baltmar", "Ferrovia Tech"], [],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "denied", None)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", LATER_DENIAL_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LATER_DENIAL_CASES)])
def test_a_later_denial_of_a_tentative_deal(blank_nlp, lang, text, orgs, amounts, expected):
    """A denial after a deal was only considered or rumoured is the article's latest word on it."""
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("statuses,expected", [
    ([(0, "considering"), (50, "denied")], "denied"),
    ([(0, "cancelled"), (50, "denied")], "cancelled"),  # a deal that died is no rumour to deny
    ([(0, "completed"), (50, "denied")], "completed"),
    ([(0, "rumored"), (50, "negotiating")], "negotiating"),
    ([(0, "signed"), (50, "cancelled")], "cancelled"),
])
def test_latest_word(statuses, expected):
    assert latest_word(statuses) == expected


POSSESSIVE_CASES = [
    # the possessor of a takeover noun is the buyer; the offer of X for Y, in either order
    ("en", "Regulators cleared Baltmar's £2.9bn purchase of Ferrovia Tech.",
     ["Baltmar", "Ferrovia Tech"], [("£2.9bn", 2900000000.0, "GBP", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "announced", 2900000000.0)]),
    # a possessive buyer of something that is no company: no deal, and the welcoming party is none
    ("en", "Portaluz welcomed Baltmar's purchase of the site.",
     ["Portaluz", "Baltmar"], [],
     []),
    ("fr", "L'offre de Baltmar sur Ferrovia Tech, de 420 millions d'euros, a été rejetée.",
     ["Baltmar", "Ferrovia Tech"], [("420 millions d'euros", 420000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "cancelled", 420000000.0)]),
    ("es", "La oferta de Baltmar por Ferrovia Tech, de 420 millones de euros, fue rechazada.",
     ["Baltmar", "Ferrovia Tech"], [("420 millones de euros", 420000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "cancelled", 420000000.0)]),
    ("de", "Baltmars Angebot für Ferrovia Tech über 420 Millionen Euro wurde abgelehnt.",
     ["Baltmar", "Ferrovia Tech"], [("420 Millionen Euro", 420000000.0, "EUR", "other")],
     [(["Baltmar"], "Ferrovia Tech", "acquisition", "cancelled", 420000000.0)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", POSSESSIVE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(POSSESSIVE_CASES)])
def test_possessive_and_prepositional_bidders(blank_nlp, lang, text, orgs, amounts, expected):
    """The buyer named by a possessive or by of/de/von on a takeover or bid noun."""
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


OWNER_AND_DESCRIPTION_CASES = [
    # the agent of an ownership participle owns the subject and acts in no deal of the sentence
    ("en", "Solvik, owned by Kestrel Capital, signed a €90 million contract with Baltmar.",
     ["Solvik", "Kestrel Capital", "Baltmar"], [("€90 million", 90000000.0, "EUR", "contract")],
     [(["Solvik"], "Baltmar", "commercial_contract", "signed", 90000000.0), (["Kestrel Capital"], "Solvik", "investment", "completed", None)]),
    ("fr", "Le groupe Solvik, contrôlé par Azur Capital, a signé un contrat de 90 millions d'euros avec Baltmar.",
     ["Solvik", "Azur Capital", "Baltmar"], [("90 millions d'euros", 90000000.0, "EUR", "contract")],
     [(["Solvik"], "Baltmar", "commercial_contract", "signed", 90000000.0)]),
    ("es", "Solvik, controlada por Cierzo Ventures, firmó un contrato de 90 millones de euros con Baltmar.",
     ["Solvik", "Cierzo Ventures", "Baltmar"], [("90 millones de euros", 90000000.0, "EUR", "contract")],
     [(["Solvik"], "Baltmar", "commercial_contract", "signed", 90000000.0)]),
    ("de", "Die von Elbtal Ventures kontrollierte Solvik unterzeichnete einen Vertrag über 90 Millionen Euro mit Baltmar.",
     ["Elbtal Ventures", "Solvik", "Baltmar"], [("90 Millionen Euro", 90000000.0, "EUR", "contract")],
     [(["Solvik"], "Baltmar", "commercial_contract", "signed", 90000000.0)]),
    # a description with its complement right before a name introduces that name, it stands for no earlier company
    ("fr", "Solvik a levé 40 millions d'euros. La société de production Vexin a par ailleurs signé un contrat de 5 millions d'euros avec Boréal.",
     ["Solvik", "Vexin", "Boréal"], [("40 millions d'euros", 40000000.0, "EUR", "fundraise"), ("5 millions d'euros", 5000000.0, "EUR", "contract")],
     [([], "Solvik", "funding_round", "completed", 40000000.0), (["Vexin"], "Boréal", "commercial_contract", "signed", 5000000.0)]),
    ("en", "Solvik raised €40 million. The maker of turbines Vexin also signed a €5 million contract with Bluefin.",
     ["Solvik", "Vexin", "Bluefin"], [("€40 million", 40000000.0, "EUR", "fundraise"), ("€5 million", 5000000.0, "EUR", "contract")],
     [([], "Solvik", "funding_round", "completed", 40000000.0), (["Vexin"], "Bluefin", "commercial_contract", "signed", 5000000.0)]),
    ("es", "Solvik captó 40 millones de euros. La empresa de software Vexin firmó además un contrato de 5 millones de euros con Boreal.",
     ["Solvik", "Vexin", "Boreal"], [("40 millones de euros", 40000000.0, "EUR", "fundraise"), ("5 millones de euros", 5000000.0, "EUR", "contract")],
     [([], "Solvik", "funding_round", "completed", 40000000.0), (["Vexin"], "Boreal", "commercial_contract", "signed", 5000000.0)]),
    ("de", "Solvik sammelte 40 Millionen Euro ein. Der Hersteller von Turbinen Vexin schloss zudem einen Vertrag über 5 Millionen Euro mit Nordhem.",
     ["Solvik", "Vexin", "Nordhem"], [("40 Millionen Euro", 40000000.0, "EUR", "fundraise"), ("5 Millionen Euro", 5000000.0, "EUR", "contract")],
     [([], "Solvik", "funding_round", "completed", 40000000.0), (["Vexin"], "Nordhem", "commercial_contract", "signed", 5000000.0)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", OWNER_AND_DESCRIPTION_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(OWNER_AND_DESCRIPTION_CASES)])
def test_owners_named_aside_and_descriptions_that_introduce_names(blank_nlp, lang, text, orgs, amounts, expected):
    """An owner named in a participle is no party to the sentence's deal (its holding is recorded where a hold verb says it); a description with its complement introduces the name after it."""
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


STAKE_CASES = [
    # a minority stake bought is an investment, control an acquisition, whatever the verb
    ("en", "Corvane agreed to buy a 20% stake in Telmora for $300 million.", ["Corvane", "Telmora"],
     [("$300 million", 3e8, "USD", "other")], ("investment", 3e8)),
    ("en", "Corvane agreed to buy 60% of Telmora for $300 million.", ["Corvane", "Telmora"],
     [("$300 million", 3e8, "USD", "other")], ("acquisition", 3e8)),
    ("en", "Corvane will buy a minority stake in Telmora for $300 million.", ["Corvane", "Telmora"],
     [("$300 million", 3e8, "USD", "other")], ("investment", 3e8)),
    ("fr", "Corvane a acquis 80 % de Telmora pour 300 millions d'euros.", ["Corvane", "Telmora"],
     [("300 millions d'euros", 3e8, "EUR", "other")], ("acquisition", 3e8)),
    ("fr", "Corvane rachète une participation de 15 % dans Telmora pour 300 millions d'euros.", ["Corvane", "Telmora"],
     [("300 millions d'euros", 3e8, "EUR", "other")], ("investment", 3e8)),
    ("es", "Corvane ofreció 300 millones de euros por el 40 % de Telmora.", ["Corvane", "Telmora"],
     [("300 millones de euros", 3e8, "EUR", "other")], ("investment", 3e8)),
    ("es", "Corvane adquirirá por 300 millones de euros el 50 % de Telmora.", ["Corvane", "Telmora"],
     [("300 millones de euros", 3e8, "EUR", "other")], ("acquisition", 3e8)),
    ("de", "Corvane kauft für 300 Millionen Euro 25 Prozent an Telmora.", ["Corvane", "Telmora"],
     [("300 Millionen Euro", 3e8, "EUR", "other")], ("investment", 3e8)),
    ("de", "Corvane übernimmt die Mehrheit an Telmora für 300 Millionen Euro.", ["Corvane", "Telmora"],
     [("300 Millionen Euro", 3e8, "EUR", "other")], ("acquisition", 3e8)),
    # a holder selling part of another company to a buyer: a share sale; a company selling part of itself: an investment
    ("en", "Corvane sold 5% of Telmora to Ostra Capital for $300 million.", ["Corvane", "Telmora", "Ostra Capital"],
     [("$300 million", 3e8, "USD", "other")], ("share_sale", 3e8)),
    ("fr", "Le fondateur a vendu 5 % du capital de Telmora à Ostra Capital pour 300 millions d'euros.", ["Telmora", "Ostra Capital"],
     [("300 millions d'euros", 3e8, "EUR", "other")], ("share_sale", 3e8)),
    ("es", "Telmora vendió un 10 % de su capital a Ostra Capital por 300 millones de euros.", ["Telmora", "Ostra Capital"],
     [("300 millones de euros", 3e8, "EUR", "other")], ("investment", 3e8)),
    # a company sold in a passive at 75%: control changes hands
    ("fr", "Telmora avait été cédée à 75 % à Ostra Capital contre 300 millions d'euros.", ["Telmora", "Ostra Capital"],
     [("300 millions d'euros", 3e8, "EUR", "other")], ("acquisition", 3e8)),
    ("de", "Telmora wurde zu 75 Prozent an Ostra Capital verkauft, für 300 Millionen Euro.", ["Telmora", "Ostra Capital"],
     [("300 Millionen Euro", 3e8, "EUR", "other")], ("acquisition", 3e8)),
    # a business sold without naming it, or with its shares named
    ("es", "Telmora vende su negocio de torres, Telmora Torres, a Ostra Capital por 300 millones de euros.",
     ["Telmora Torres", "Telmora", "Ostra Capital"], [("300 millones de euros", 3e8, "EUR", "other")], ("acquisition", 3e8)),
    ("en", "Telmora sold shares to Ostra Capital for $300 million.", ["Telmora", "Ostra Capital"],
     [("$300 million", 3e8, "USD", "other")], ("share_sale", 3e8)),
    # a premium or a rise is no stake: the takeover stays one
    ("en", "Corvane offered $300 million for Telmora, a 30% premium to its close.", ["Corvane", "Telmora"],
     [("$300 million", 3e8, "USD", "other")], ("acquisition", 3e8)),
    ("fr", "Corvane propose 300 millions d'euros pour Telmora, soit une prime de 30 % sur le cours.", ["Corvane", "Telmora"],
     [("300 millions d'euros", 3e8, "EUR", "other")], ("acquisition", 3e8)),
    ("es", "Corvane ofrece 300 millones de euros por Telmora, con una prima del 30 % sobre su cotización.", ["Corvane", "Telmora"],
     [("300 millones de euros", 3e8, "EUR", "other")], ("acquisition", 3e8)),
    ("de", "Corvane bietet 300 Millionen Euro für Telmora, ein Aufschlag von 30 Prozent auf den Kurs.", ["Corvane", "Telmora"],
     [("300 Millionen Euro", 3e8, "EUR", "other")], ("acquisition", 3e8)),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", STAKE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(STAKE_CASES)])
def test_the_share_that_changes_hands_decides_the_type(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [(d.type, d.amount.value if d.amount else None) for d in deals] == [expected]


@pytest.mark.parametrize("lang,text,orgs,expected", [
    # the verb closes the clause; the buyer, marked as after "verkauft an", stands before it
    ("de", "Norrtel hat Alpenfunk an Ostra Capital verkauft.", ["Norrtel", "Alpenfunk", "Ostra Capital"],
     [(["Ostra Capital"], "Alpenfunk", "acquisition", "completed", None)]),
    ("de", "Alpenfunk wird an Ostra Capital verkauft.", ["Alpenfunk", "Ostra Capital"],
     [(["Ostra Capital"], "Alpenfunk", "acquisition", "announced", None)]),
    # the clause goes on after the noun: no verb-final sale
    ("es", "Norrtel ha contratado a Ostra Capital para preparar la venta de activos.", ["Norrtel", "Ostra Capital"], []),
    ("de", "Norrtel hat an Ostra Capital geschrieben und prüft den Verkauf von Anlagen.", ["Norrtel", "Ostra Capital"], []),
])
def test_a_sale_whose_verb_closes_the_clause(blank_nlp, lang, text, orgs, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,expected", [
    # two frames coordinated in one clause, each with its own agent
    ("en", "It follows Harwick's purchase of Ostra in 2024 and Lindqvist's acquisition of Pagonet.",
     ["Harwick", "Ostra", "Lindqvist", "Pagonet"],
     [(["Harwick"], "Ostra", "acquisition", "announced", None), (["Lindqvist"], "Pagonet", "acquisition", "announced", None)]),
    ("fr", "Harwick a racheté Ostra et Lindqvist a acquis Pagonet.", ["Harwick", "Ostra", "Lindqvist", "Pagonet"],
     [(["Harwick"], "Ostra", "acquisition", "completed", None), (["Lindqvist"], "Pagonet", "acquisition", "completed", None)]),
    ("es", "Harwick compró Ostra y Lindqvist adquirió Pagonet.", ["Harwick", "Ostra", "Lindqvist", "Pagonet"],
     [(["Harwick"], "Ostra", "acquisition", "completed", None), (["Lindqvist"], "Pagonet", "acquisition", "completed", None)]),
    ("de", "Harwick kaufte Ostra und Lindqvist übernahm Pagonet.", ["Harwick", "Ostra", "Lindqvist", "Pagonet"],
     [(["Harwick"], "Ostra", "acquisition", "completed", None), (["Lindqvist"], "Pagonet", "acquisition", "completed", None)]),
    # one frame: an investment in a round is one deal, not two
    ("en", "Harwick is in talks over an investment in Ostra's next funding round.", ["Harwick", "Ostra"],
     [(["Harwick"], "Ostra", "investment", "negotiating", None)]),
])
def test_coordinated_frames_in_one_clause(blank_nlp, lang, text, orgs, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,date,expected_status", [
    # dated before the article's month, with no word on its status: it happened
    ("en", "Harwick's acquisition of Ostra last year reshaped the market.", ["Harwick", "Ostra"],
     ("last year", "2025-01-01", "2025-12-31", "year"), "completed"),
    ("fr", "Le rachat d'Ostra par Harwick en 2023 a changé le marché.", ["Ostra", "Harwick"],
     ("en 2023", "2023-01-01", "2023-12-31", "year"), "completed"),
    ("es", "La compra de Ostra por Harwick en 2023 cambió el mercado.", ["Ostra", "Harwick"],
     ("en 2023", "2023-01-01", "2023-12-31", "year"), "completed"),
    ("de", "Die Übernahme von Ostra durch Harwick im Jahr 2023 veränderte den Markt.", ["Ostra", "Harwick"],
     ("im Jahr 2023", "2023-01-01", "2023-12-31", "year"), "completed"),
    # a bid in the past may have failed; a deal dated this month is news
    ("en", "Harwick's bid for Ostra last year reshaped the market.", ["Harwick", "Ostra"],
     ("last year", "2025-01-01", "2025-12-31", "year"), "announced"),
    ("en", "Harwick's acquisition of Ostra this month reshaped the market.", ["Harwick", "Ostra"],
     ("this month", "2026-03-01", "2026-03-31", "month"), "announced"),
])
def test_a_deal_dated_in_the_past_happened(blank_nlp, lang, text, orgs, date, expected_status):
    import datetime as dt

    doc = make_doc(blank_nlp(lang), text, orgs, [], dates=[_date(date[0], text, *date[1:])])
    doc._.newsx_anchor = dt.date(2026, 3, 10)
    assert [d.status for d in extract_deals(doc, lang)] == [expected_status]


FRAME_SLOT_CASES = [
    # the party a stake is bought from sells it: it is not what is bought
    ("en", "Harwick acquired 75% of the capital from the fund Ostra for $300 million.", ["Harwick", "Ostra"],
     [("$300 million", 3e8, "USD", "other")], []),
    ("en", "Harwick acquired Pagonet from Ostra for $300 million.", ["Harwick", "Pagonet", "Ostra"],
     [("$300 million", 3e8, "USD", "other")], [(["Harwick"], "Pagonet", "acquisition", "completed", 3e8)]),
    ("fr", "Harwick a acquis 75 % du capital auprès du fonds américain Ostra pour 300 millions d'euros.", ["Harwick", "Ostra"],
     [("300 millions d'euros", 3e8, "EUR", "other")], []),
    ("es", "Harwick compró Pagonet de manos de Ostra por 300 millones de euros.", ["Harwick", "Pagonet", "Ostra"],
     [("300 millones de euros", 3e8, "EUR", "other")], [(["Harwick"], "Pagonet", "acquisition", "completed", 3e8)]),
    # an object relative: the antecedent is bought by the relative clause's subject
    ("en", "Analysts pointed to Quadrel, which Harwick bought for $300 million.", ["Quadrel", "Harwick"],
     [("$300 million", 3e8, "USD", "other")], [(["Harwick"], "Quadrel", "acquisition", "completed", 3e8)]),
    ("fr", "Les analystes citent Quadrel, que Harwick a racheté pour 300 millions d'euros.", ["Quadrel", "Harwick"],
     [("300 millions d'euros", 3e8, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "completed", 3e8)]),
    ("es", "Los analistas citan a Quadrel, que Harwick compró por 300 millones de euros.", ["Quadrel", "Harwick"],
     [("300 millones de euros", 3e8, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "completed", 3e8)]),
    ("de", "Analysten verweisen auf Quadrel, den Harwick für 300 Millionen Euro kaufte.", ["Quadrel", "Harwick"],
     [("300 Millionen Euro", 3e8, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "completed", 3e8)]),
    # a verb-final clause keeps its order; a noun with complements after it is no verb-final clause
    ("de", "Es heißt, dass Harwick Quadrel kaufen will.", ["Harwick", "Quadrel"], [],
     [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    ("fr", "BPCE, qui réunit Harwick et Quadrel, parle de la plus grosse acquisition depuis la création du groupe.",
     ["BPCE", "Harwick", "Quadrel"], [], []),
    # a source named by an attribution phrase is no party
    ("es", "Según datos de la consultora Quadrel, las startups captaron 300 millones de euros en 2025.", ["Quadrel"],
     [("300 millones de euros", 3e8, "EUR", "fundraise")], []),
    ("en", "According to the research firm Quadrel, start-ups raised $300 million in 2025.", ["Quadrel"],
     [("$300 million", 3e8, "USD", "fundraise")], []),
    ("fr", "Selon le cabinet Quadrel, les start-up ont levé 300 millions d'euros en 2025.", ["Quadrel"],
     [("300 millions d'euros", 3e8, "EUR", "fundraise")], []),
    ("de", "Laut Harwick hat Quadrel 300 Millionen Euro eingesammelt.", ["Harwick", "Quadrel"],
     [("300 Millionen Euro", 3e8, "EUR", "fundraise")], [([], "Quadrel", "funding_round", "completed", 3e8)]),
    # a price paid for a company: the payer buys it; a payment under a contract stays the contract's
    ("en", "Harwick paid $300 million for Quadrel.", ["Harwick", "Quadrel"],
     [("$300 million", 3e8, "USD", "other")], [(["Harwick"], "Quadrel", "acquisition", "completed", 3e8)]),
    ("fr", "Harwick paiera 300 millions d'euros pour Quadrel.", ["Harwick", "Quadrel"],
     [("300 millions d'euros", 3e8, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "announced", 3e8)]),
    ("es", "Por Quadrel, Harwick pagará 300 millones de euros.", ["Quadrel", "Harwick"],
     [("300 millones de euros", 3e8, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "announced", 3e8)]),
    ("de", "Für Quadrel zahlt Harwick 300 Millionen Euro.", ["Quadrel", "Harwick"],
     [("300 Millionen Euro", 3e8, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "announced", 3e8)]),
    ("en", "Harwick paid a $300 million fine.", ["Harwick"], [("$300 million", 3e8, "USD", "other")], []),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", FRAME_SLOT_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(FRAME_SLOT_CASES)])
def test_sellers_relatives_sources_and_payments(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # a description the article gave a company names it again later, as object or subject
    ("en", "The pension fund Nordvind met Ostra's board. Harwick later sold a 10% stake to the fund for $300 million.",
     ["Nordvind", "Ostra", "Harwick"], [("$300 million", 3e8, "USD", "other")],
     [(["Nordvind"], "Harwick", "investment", "completed", 3e8)]),
    ("es", "El club Almenara busca socios. El fondo Redwood ofreció 200 millones de euros por el 25% del club.",
     ["Almenara", "Redwood"], [("200 millones de euros", 2e8, "EUR", "other")],
     [(["Redwood"], "Almenara", "investment", "announced", 2e8)]),
    ("fr", "Le chausseur vénitien Ferretti intéresse Dorvel. Dorvel a investi 200 millions d'euros dans le chausseur.",
     ["Ferretti", "Dorvel"], [("200 millions d'euros", 2e8, "EUR", "investment")],
     [(["Dorvel"], "Ferretti", "investment", "completed", 2e8)]),
    ("de", "Der Zulieferer Brenntal wächst. Harwick investiert 200 Millionen Euro in den Zulieferer.",
     ["Brenntal", "Harwick"], [("200 Millionen Euro", 2e8, "EUR", "investment")],
     [(["Harwick"], "Brenntal", "investment", "announced", 2e8)]),
    # a name that holds the noun describes itself: "Club Deportivo Almenara" is the club
    ("es", "El Club Deportivo Almenara busca socios. El fondo Redwood ofreció 200 millones de euros por el 25% del club.",
     ["Club Deportivo Almenara", "Redwood"], [("200 millones de euros", 2e8, "EUR", "other")],
     [(["Redwood"], "Club Deportivo Almenara", "investment", "announced", 2e8)]),
    # a description never given to a company names none of them
    ("en", "Harwick met Ostra. Harwick later invested $300 million in the fund.", ["Harwick", "Ostra"],
     [("$300 million", 3e8, "USD", "investment")], []),
])
def test_a_description_names_the_company_it_described(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # the subject of the cue's own clause acts, not the main clause's; the main clause's offer is for the same company
    ("en", "Harwick's offer was the higher of the two, while Quadrel bid about $420 million for Ostra.",
     ["Harwick", "Quadrel", "Ostra"], [("$420 million", 4.2e8, "USD", "other")],
     [(["Harwick"], "Ostra", "acquisition", "announced", None),  # the other of the two offers, for the same company
      (["Quadrel"], "Ostra", "acquisition", "announced", 4.2e8)]),
    ("fr", "L'offre de Harwick était la plus haute, tandis que Quadrel a proposé 420 millions d'euros pour Ostra.",
     ["Harwick", "Quadrel", "Ostra"], [("420 millions d'euros", 4.2e8, "EUR", "other")],
     [(["Harwick"], "Ostra", "acquisition", "announced", None),  # the other of the two offers, for the same company
      (["Quadrel"], "Ostra", "acquisition", "announced", 4.2e8)]),
    ("es", "La oferta de Harwick era la más alta, mientras que Quadrel ofreció 420 millones de euros por Ostra.",
     ["Harwick", "Quadrel", "Ostra"], [("420 millones de euros", 4.2e8, "EUR", "other")],
     [(["Harwick"], "Ostra", "acquisition", "announced", None),  # the other of the two offers, for the same company
      (["Quadrel"], "Ostra", "acquisition", "announced", 4.2e8)]),
    ("de", "Das Angebot von Harwick war höher, während Quadrel 420 Millionen Euro für Ostra bot.",
     ["Harwick", "Quadrel", "Ostra"], [("420 Millionen Euro", 4.2e8, "EUR", "other")],
     [(["Harwick"], "Ostra", "acquisition", "announced", None),  # the other of the two offers, for the same company
      (["Quadrel"], "Ostra", "acquisition", "announced", 4.2e8)]),
    # an apposition closed before the cue still leaves the subject before it
    ("fr", "Kestrel, partenaire historique de Solvik, pourrait investir 50 millions d'euros dans Ostra.",
     ["Kestrel", "Solvik", "Ostra"], [("50 millions d'euros", 5e7, "EUR", "investment")],
     [(["Kestrel"], "Ostra", "investment", "considering", 5e7)]),
])
def test_the_subject_of_the_cues_own_clause(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert sorted(summarise(d) for d in deals) == sorted(expected)


@pytest.mark.parametrize("lang,text,orgs", [
    # a denial names a party of the reported deal, with no deal noun
    ("en", "Reuters reported that Quadrel was preparing a bid for Ostra. Quadrel dismissed the report as speculation.",
     ["Reuters", "Quadrel", "Ostra"]),
    ("fr", "Selon Les Echos, Quadrel envisagerait une offre pour Ostra. Quadrel a démenti.", ["Les Echos", "Quadrel", "Ostra"]),
    ("es", "Según El País, Quadrel estudia una oferta por Ostra. Quadrel lo desmintió el lunes.", ["El País", "Quadrel", "Ostra"]),
    ("de", "Laut Handelsblatt erwägt Quadrel ein Angebot für Ostra. Quadrel hatte das dementiert.", ["Handelsblatt", "Quadrel", "Ostra"]),
])
def test_a_denial_without_a_deal_noun_denies_the_rumour(blank_nlp, lang, text, orgs):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [(d.investors, d.target, d.status) for d in deals] == [(["Quadrel"], "Ostra", "denied")]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # a cumulative total raised is no round of its own
    ("en", "Quadrel raised $40 million from Ostra. It takes the total raised by the company to $200 million.",
     ["Quadrel", "Ostra"], [("$40 million", 4e7, "USD", "fundraise"), ("$200 million", 2e8, "USD", "fundraise")],
     [(["Ostra"], "Quadrel", "funding_round", "completed", 4e7)]),
    ("fr", "Quadrel a levé 40 millions d'euros auprès d'Ostra, portant le total levé à 200 millions d'euros.",
     ["Quadrel", "Ostra"], [("40 millions d'euros", 4e7, "EUR", "fundraise"), ("200 millions d'euros", 2e8, "EUR", "fundraise")],
     [(["Ostra"], "Quadrel", "funding_round", "completed", 4e7)]),
    ("es", "Quadrel captó 40 millones de euros en una ronda liderada por Ostra; el total captado asciende a 200 millones de euros.",
     ["Quadrel", "Ostra"], [("40 millones de euros", 4e7, "EUR", "fundraise"), ("200 millones de euros", 2e8, "EUR", "fundraise")],
     [(["Ostra"], "Quadrel", "funding_round", "completed", 4e7)]),
    ("de", "Quadrel sammelte 40 Millionen Euro bei Ostra ein; bislang eingesammelt hat das Start-up 200 Millionen Euro.",
     ["Quadrel", "Ostra"], [("40 Millionen Euro", 4e7, "EUR", "fundraise"), ("200 Millionen Euro", 2e8, "EUR", "fundraise")],
     [(["Ostra"], "Quadrel", "funding_round", "completed", 4e7)]),
    # a round led by a contracted "vom"
    ("de", "Quadrel hat 40 Millionen Euro eingesammelt, angeführt vom Münchner Wagniskapitalgeber Ostra Capital.",
     ["Quadrel", "Ostra Capital"], [("40 Millionen Euro", 4e7, "EUR", "fundraise")],
     [(["Ostra Capital"], "Quadrel", "funding_round", "completed", 4e7)]),
])
def test_totals_and_contracted_leads(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # a verb-final clause ends where a coordinated clause begins
    ("de", "Kallisto hatte 2023 den Spezialisten Datavia für 140 Millionen Euro übernommen und war damit gewachsen.",
     ["Kallisto", "Datavia"], [("140 Millionen Euro", 1.4e8, "EUR", "other")],
     [(["Kallisto"], "Datavia", "acquisition", "completed", 1.4e8)]),
    ("de", "Es heißt, dass Kallisto Datavia kaufen will und dafür Kredite braucht.", ["Kallisto", "Datavia"], [],
     [(["Kallisto"], "Datavia", "acquisition", "announced", None)]),
    # a noun with its complements is no verb-final clause, in any language
    ("en", "Kallisto and Datavia discussed the acquisition of assets in Spain and Portugal.", ["Kallisto", "Datavia"], [], []),
    ("es", "Kallisto y Datavia hablaron de la adquisición de activos en España y Portugal.", ["Kallisto", "Datavia"], [], []),
])
def test_a_verb_final_clause_ends_at_a_coordinated_one(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,expected", [
    # a unit sold without its name is the article's target, never the seller
    ("es", "Telmora vende su negocio de torres a Ostra Capital.", ["Telmora", "Ostra Capital"], []),
    ("en", "Telmora sells its Irish fill-finish unit to Ostra Capital.", ["Telmora", "Ostra Capital"], []),
    ("en", "Ostra Capital agreed to buy Telmora Bio. Telmora sells its Irish unit to Ostra Capital.",
     ["Ostra Capital", "Telmora Bio", "Telmora"], [(["Ostra Capital"], "Telmora Bio", "acquisition", "announced", None)]),
    # a passive sale sells its subject
    ("fr", "Telmora a été vendue à Ostra Capital.", ["Telmora", "Ostra Capital"],
     [(["Ostra Capital"], "Telmora", "acquisition", "completed", None)]),
])
def test_what_a_sale_sells(blank_nlp, lang, text, orgs, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,expected", [
    # a regulator approves or blocks, it takes part in no deal
    ("en", "Harwick agreed to buy Quadrel. Harwick expects to close the purchase of Quadrel once Finsyn, the Swedish financial regulator, approves.",
     ["Harwick", "Quadrel", "Finsyn"], [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    ("fr", "Harwick rachète Quadrel. Le régulateur Finsyn doit approuver le rachat de Quadrel par Harwick.",
     ["Harwick", "Quadrel", "Finsyn"], [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    ("es", "Harwick compra Quadrel. La compra de Quadrel por Harwick necesita el visto bueno de Finsyn, el regulador sueco.",
     ["Harwick", "Quadrel", "Finsyn"], [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    ("de", "Harwick übernimmt Quadrel. Das Bundeskartellamt muss die Übernahme von Quadrel durch Harwick genehmigen.",
     ["Harwick", "Quadrel", "Bundeskartellamt"], [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    # a definite deal noun without a complement speaks of the deal already reported
    ("en", "Harwick agreed to buy Quadrel. Harwick expects to complete the purchase in the second quarter, Ostra said.",
     ["Harwick", "Quadrel", "Ostra"], [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    ("fr", "Harwick rachète Quadrel. Harwick espère boucler l'acquisition au deuxième trimestre, selon Ostra.",
     ["Harwick", "Quadrel", "Ostra"], [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    ("es", "Harwick compra Quadrel. Harwick espera cerrar la compra en el segundo trimestre, según Ostra.",
     ["Harwick", "Quadrel", "Ostra"], [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    ("de", "Harwick übernimmt Quadrel. Harwick will die Übernahme im zweiten Quartal abschließen, sagte Ostra.",
     ["Harwick", "Quadrel", "Ostra"], [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
])
def test_regulators_and_deals_named_again(blank_nlp, lang, text, orgs, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # a price paid with nothing named is for the article's deal
    ("en", "Harwick agreed to buy Quadrel. Harwick will pay about $3 billion in cash upfront.",
     ["Harwick", "Quadrel"], [("$3 billion", 3e9, "USD", "other")], [(["Harwick"], "Quadrel", "acquisition", "announced", 3e9)]),
    ("fr", "Harwick rachète Quadrel. Harwick paiera 3 milliards d'euros en numéraire.",
     ["Harwick", "Quadrel"], [("3 milliards d'euros", 3e9, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "announced", 3e9)]),
    ("es", "Harwick compra Quadrel. Harwick pagará 3.000 millones de euros en efectivo.",
     ["Harwick", "Quadrel"], [("3.000 millones de euros", 3e9, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "announced", 3e9)]),
    ("de", "Harwick übernimmt Quadrel. Harwick zahlt 3 Milliarden Euro in bar.",
     ["Harwick", "Quadrel"], [("3 Milliarden Euro", 3e9, "EUR", "other")], [(["Harwick"], "Quadrel", "acquisition", "announced", 3e9)]),
    # with no deal in the article, a payment is none
    ("en", "Harwick will pay $3 billion in cash upfront.", ["Harwick"], [("$3 billion", 3e9, "USD", "other")], []),
])
def test_a_price_paid_is_the_articles_deal(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts", [
    # a break fee, a dividend or a fine is paid, but buys nothing
    ("en", "Harwick agreed to buy Quadrel. Harwick must now pay Quadrel a break fee of $75 million.", ["Harwick", "Quadrel"],
     [("$75 million", 7.5e7, "USD", "other")]),
    ("fr", "Harwick rachète Quadrel. Harwick devra verser à Quadrel une indemnité de rupture de 75 millions d'euros.",
     ["Harwick", "Quadrel"], [("75 millions d'euros", 7.5e7, "EUR", "other")]),
    ("es", "Harwick compra Quadrel. Harwick pagará a Quadrel una penalización por ruptura de 75 millones de euros.",
     ["Harwick", "Quadrel"], [("75 millones de euros", 7.5e7, "EUR", "other")]),
    ("de", "Harwick übernimmt Quadrel. Harwick muss Quadrel eine Vertragsstrafe von 75 Millionen Euro zahlen.",
     ["Harwick", "Quadrel"], [("75 Millionen Euro", 7.5e7, "EUR", "other")]),
])
def test_a_break_fee_is_no_price(blank_nlp, lang, text, orgs, amounts):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [d.amount for d in deals] == [None]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # a raised bid is a bid, and each price keeps its own clause's status
    ("en", "Brenner raised its hostile offer for Kelder to £1.4bn on Monday, after the Kelder board rejected an earlier £1.2bn approach.",
     ["Brenner", "Kelder"], [("£1.4bn", 1.4e9, "GBP", "fundraise"), ("£1.2bn", 1.2e9, "GBP", "other")],
     [(["Brenner"], "Kelder", "acquisition", "announced", 1.4e9), (["Brenner"], "Kelder", "acquisition", "cancelled", 1.2e9)]),
    ("fr", "Brenner a relevé son offre sur Kelder à 1,4 milliard d'euros, après que Kelder a rejeté une offre de 1,2 milliard d'euros.",
     ["Brenner", "Kelder"], [("1,4 milliard d'euros", 1.4e9, "EUR", "other"), ("1,2 milliard d'euros", 1.2e9, "EUR", "other")],
     [(["Brenner"], "Kelder", "acquisition", "announced", 1.4e9), (["Brenner"], "Kelder", "acquisition", "cancelled", 1.2e9)]),
    ("es", "Brenner elevó su oferta por Kelder a 1.400 millones de euros, después de que Kelder rechazara una oferta de 1.200 millones de euros.",
     ["Brenner", "Kelder"], [("1.400 millones de euros", 1.4e9, "EUR", "other"), ("1.200 millones de euros", 1.2e9, "EUR", "other")],
     [(["Brenner"], "Kelder", "acquisition", "announced", 1.4e9), (["Brenner"], "Kelder", "acquisition", "cancelled", 1.2e9)]),
    ("de", "Brenner erhöhte sein Angebot für Kelder auf 1,4 Milliarden Euro, nachdem Kelder ein Angebot über 1,2 Milliarden Euro abgelehnt hatte.",
     ["Brenner", "Kelder"], [("1,4 Milliarden Euro", 1.4e9, "EUR", "other"), ("1,2 Milliarden Euro", 1.2e9, "EUR", "other")],
     [(["Brenner"], "Kelder", "acquisition", "announced", 1.4e9), (["Brenner"], "Kelder", "acquisition", "cancelled", 1.2e9)]),
    # a merger blocked by a regulator is cancelled
    ("fr", "La Commission européenne a bloqué la fusion entre Alstéa et Sidéral.", ["Alstéa", "Sidéral"], [],
     [(["Alstéa"], "Sidéral", "acquisition", "cancelled", None)]),
    ("de", "Die EU-Kommission hat die Fusion zwischen Alstéa und Sidéral untersagt.", ["Alstéa", "Sidéral"], [],
     [(["Alstéa"], "Sidéral", "acquisition", "cancelled", None)]),
])
def test_raised_bids_and_blocked_mergers(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # a description whose next word is a verb is an anaphor, not an apposition
    ("en", "Kestrel is a Swedish group. The group acquired Vantor for $2 billion.", ["Kestrel", "Vantor"],
     [("$2 billion", 2e9, "USD", "other")], [(["Kestrel"], "Vantor", "acquisition", "completed", 2e9)]),
    ("fr", "Kestrel est un groupe suédois. Le groupe rachète Vantor pour 2 milliards d'euros.", ["Kestrel", "Vantor"],
     [("2 milliards d'euros", 2e9, "EUR", "other")], [(["Kestrel"], "Vantor", "acquisition", "announced", 2e9)]),
    ("es", "Kestrel es un grupo sueco. El grupo compra Vantor por 2.000 millones de euros.", ["Kestrel", "Vantor"],
     [("2.000 millones de euros", 2e9, "EUR", "other")], [(["Kestrel"], "Vantor", "acquisition", "announced", 2e9)]),
    ("de", "Kestrel ist ein schwedischer Konzern. Der Konzern kauft Vantor für 2 Milliarden Euro.", ["Kestrel", "Vantor"],
     [("2 Milliarden Euro", 2e9, "EUR", "other")], [(["Kestrel"], "Vantor", "acquisition", "announced", 2e9)]),
    # an article inside a word is none ("there", "derzeit")
    ("en", "Kestrel said there are talks. Vantor is not for sale.", ["Kestrel", "Vantor"], [], []),
])
def test_descriptions_before_verbs_and_inside_words(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


def test_a_deal_dated_earlier_this_month_is_still_news(blank_nlp):
    import datetime as dt

    text = "Harwick's acquisition of Ostra on March 2 reshaped the market."
    doc = make_doc(blank_nlp("en"), text, ["Harwick", "Ostra"], [], dates=[_date("March 2", text, "2026-03-02", "2026-03-02", "day")])
    doc._.newsx_anchor = dt.date(2026, 3, 10)
    assert [d.status for d in extract_deals(doc, "en")] == ["announced"]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # after a round, "with X" or a bare "joined X" names no investor of it
    ("en", "Vantor raised $50 million in a round led by Kestrel. It already works with Solvik and Ardent.",
     ["Vantor", "Kestrel", "Solvik", "Ardent"], [("$50 million", 5e7, "USD", "fundraise")],
     [(["Kestrel"], "Vantor", "funding_round", "completed", 5e7)]),
    ("en", "Vantor raised $50 million in a round led by Kestrel. Its former finance chief joined Ardent last year.",
     ["Vantor", "Kestrel", "Ardent"], [("$50 million", 5e7, "USD", "fundraise")],
     [(["Kestrel"], "Vantor", "funding_round", "completed", 5e7)]),
    # "joined the round, as did D" names D too
    ("en", "Vantor raised $50 million in a round led by Kestrel. Solvik joined the round, as did Ardent.",
     ["Vantor", "Kestrel", "Solvik", "Ardent"], [("$50 million", 5e7, "USD", "fundraise")],
     [(["Ardent", "Kestrel", "Solvik"], "Vantor", "funding_round", "completed", 5e7)]),
    ("fr", "Vantor a levé 50 millions d'euros auprès de Kestrel. Elle travaille déjà avec Solvik.",
     ["Vantor", "Kestrel", "Solvik"], [("50 millions d'euros", 5e7, "EUR", "fundraise")],
     [(["Kestrel"], "Vantor", "funding_round", "completed", 5e7)]),
])
def test_what_names_a_rounds_investors(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,expected", [
    # German main clauses put the subject after the verb when something else comes first
    ("de", "Im März übernahm Harwick den Konkurrenten Quadrel.", ["Harwick", "Quadrel"],
     [(["Harwick"], "Quadrel", "acquisition", "completed", None)]),
    ("de", "Für einen ungenannten Betrag kauft Harwick den Zulieferer Quadrel.", ["Harwick", "Quadrel"],
     [(["Harwick"], "Quadrel", "acquisition", "announced", None)]),
    # other languages keep verb and object: the party after the verb is bought
    ("en", "In March, the group bought Harwick and Quadrel.", ["Harwick", "Quadrel"], []),
    ("es", "En marzo compró Harwick y Quadrel.", ["Harwick", "Quadrel"], []),
])
def test_a_subject_after_the_verb(blank_nlp, lang, text, orgs, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # an active award: the one who awards pays, the one it is awarded to supplies
    ("fr", "La RATP a attribué à Transvia un contrat de 310 millions d'euros.", ["RATP", "Transvia"],
     [("310 millions d'euros", 3.1e8, "EUR", "contract")], [(["RATP"], "Transvia", "commercial_contract", "signed", 3.1e8)]),
    ("es", "Telmora ha adjudicado a la tecnológica Izarra un contrato de 70 millones de euros.", ["Telmora", "Izarra"],
     [("70 millones de euros", 7e7, "EUR", "contract")], [(["Telmora"], "Izarra", "commercial_contract", "signed", 7e7)]),
    # a supply verb is a contract: the one supplied pays the supplier
    ("de", "Kestrel liefert für 600 Millionen Euro Züge an die Bahngesellschaft Ferrovia.", ["Kestrel", "Ferrovia"],
     [("600 Millionen Euro", 6e8, "EUR", "other")], [(["Ferrovia"], "Kestrel", "commercial_contract", "signed", 6e8)]),
    ("en", "Kestrel will supply 40 trains to Ferrovia for $600 million.", ["Kestrel", "Ferrovia"],
     [("$600 million", 6e8, "USD", "other")], [(["Ferrovia"], "Kestrel", "commercial_contract", "signed", 6e8)]),
    # a regulator written as one German compound is no party; "durch die Reederei X" is the buyer
    ("de", "Das Bundeskartellamt hat die Übernahme von Ostsee Fähren durch die Reederei Brandholm untersagt.",
     ["Bundeskartellamt", "Ostsee Fähren", "Brandholm"], [], [(["Brandholm"], "Ostsee Fähren", "acquisition", "cancelled", None)]),
    # a bank merger named "integración"
    ("es", "Banco Sureste negocia la integración de Caja Guadiana.", ["Banco Sureste", "Caja Guadiana"], [],
     [(["Banco Sureste"], "Caja Guadiana", "acquisition", "negotiating", None)]),
    # "livre" is a book, not a delivery
    ("fr", "Dorvel a placé 4 % de son capital dans le cadre d'une construction de livre menée par Sogal.", ["Dorvel", "Sogal"], [], []),
])
def test_awards_supplies_and_compound_regulators(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # the agent of an award participle ("awarded by", "attribué par", "adjudicado por", "im Auftrag von")
    # is the client, whichever order the supplier comes in
    ("en", "The $75 million contract that Kestrel was awarded by Vantor Grid runs to 2030.", ["Kestrel", "Vantor Grid"],
     [("$75 million", 7.5e7, "USD", "contract")], [(["Vantor Grid"], "Kestrel", "commercial_contract", "signed", 7.5e7)]),
    ("en", "The $75 million contract was awarded by Vantor Grid to Kestrel.", ["Vantor Grid", "Kestrel"],
     [("$75 million", 7.5e7, "USD", "contract")], [(["Vantor Grid"], "Kestrel", "commercial_contract", "signed", 7.5e7)]),
    ("fr", "Le contrat de 75 millions d'euros attribué par Vantor Grid à Kestrel court jusqu'en 2030.", ["Vantor Grid", "Kestrel"],
     [("75 millions d'euros", 7.5e7, "EUR", "contract")], [(["Vantor Grid"], "Kestrel", "commercial_contract", "signed", 7.5e7)]),
    ("fr", "Kestrel s'est vu attribuer par Vantor Grid un contrat de 75 millions d'euros.", ["Kestrel", "Vantor Grid"],
     [("75 millions d'euros", 7.5e7, "EUR", "contract")], [(["Vantor Grid"], "Kestrel", "commercial_contract", "signed", 7.5e7)]),
    ("es", "El contrato de 75 millones de euros adjudicado por Vantor Grid a Kestrel vence en 2030.", ["Vantor Grid", "Kestrel"],
     [("75 millones de euros", 7.5e7, "EUR", "contract")], [(["Vantor Grid"], "Kestrel", "commercial_contract", "signed", 7.5e7)]),
    ("de", "Kestrel baut im Auftrag von Vantor Grid Speicher für 75 Millionen Euro.", ["Kestrel", "Vantor Grid"],
     [("75 Millionen Euro", 7.5e7, "EUR", "contract")], [(["Vantor Grid"], "Kestrel", "commercial_contract", "signed", 7.5e7)]),
    # "owned by" is no award: the winner's partner stays the client, its owner holds it
    ("en", "Kestrel won a $75 million contract from Vantor Grid, owned by Nordhem.", ["Kestrel", "Vantor Grid", "Nordhem"],
     [("$75 million", 7.5e7, "USD", "contract")], [(["Vantor Grid"], "Kestrel", "commercial_contract", "signed", 7.5e7),
                                                    (["Nordhem"], "Vantor Grid", "investment", "completed", None)]),
])
def test_the_agent_of_an_award_is_the_client(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", [
    # an agent noun of the language ("lamineur", "distribuidora", "steelmaker") describes the party a marker governs
    ("fr", "Kestrel étudie une prise de participation de 20 % dans le lamineur italien Vantor, pour environ "
           "300 millions d'euros.", ["Kestrel", "Vantor"], [("300 millions d'euros", 3e8, "EUR", "investment")],
     [(["Kestrel"], "Vantor", "investment", "considering", 3e8)]),
    ("es", "Kestrel toma una participación del 20 % en la distribuidora gallega Vantor por 300 millones de "
           "euros.", ["Kestrel", "Vantor"], [("300 millones de euros", 3e8, "EUR", "investment")],
     [(["Kestrel"], "Vantor", "investment", "announced", 3e8)]),
    ("en", "Kestrel takes a 20% stake in Italian steelmaker Vantor for 300 million euros.", ["Kestrel", "Vantor"],
     [("300 million euros", 3e8, "EUR", "investment")], [(["Kestrel"], "Vantor", "investment", "announced", 3e8)]),
    # German describes with the closed list of nouns (capitalised words may be names)
    ("de", "Kestrel übernimmt eine Beteiligung von 20 Prozent an dem Hersteller Vantor für 300 Millionen Euro.",
     ["Kestrel", "Vantor"], [("300 Millionen Euro", 3e8, "EUR", "investment")],
     [(["Kestrel"], "Vantor", "investment", "announced", 3e8)]),
    # negative: a lower-case word that is no agent noun introduces nobody
    ("fr", "Kestrel étudie une prise de participation dans le capital social ancien Vantor.", ["Kestrel", "Vantor"],
     [], []),
])
def test_agent_nouns_describe_a_party(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,expected", [
    # a role marker is a whole word: "por" is not the start of "portuguesa", "par" not of "parisien"
    ("es", "Kestrel ha cerrado la compra de la portuguesa Vantor.", ["Kestrel", "Vantor"],
     [(["Kestrel"], "Vantor", "acquisition", "completed", None)]),
    ("fr", "Kestrel a finalisé le rachat du parisien Vantor.", ["Kestrel", "Vantor"],
     [(["Kestrel"], "Vantor", "acquisition", "completed", None)]),
    ("en", "Kestrel completed the purchase of bypass specialist Vantor.", ["Kestrel", "Vantor"],
     [(["Kestrel"], "Vantor", "acquisition", "completed", None)]),
    ("de", "Kestrel hat den Kauf des Anlagenbauers Vantor abgeschlossen.", ["Kestrel", "Vantor"],
     [(["Kestrel"], "Vantor", "acquisition", "completed", None)]),
    # the largest shareholder of Y: Y is held, the subject or the party named after holds it
    ("en", "The largest shareholder of Kallisto is the activist fund Vantor Partners.", ["Kallisto", "Vantor Partners"],
     [(["Vantor Partners"], "Kallisto", "investment", "completed", None)]),
    ("fr", "Vantor Partners, premier actionnaire de Kallisto, a voté contre.", ["Kallisto", "Vantor Partners"],
     [(["Vantor Partners"], "Kallisto", "investment", "completed", None)]),
    ("es", "El mayor accionista de Kallisto es el fondo Vantor Partners.", ["Kallisto", "Vantor Partners"],
     [(["Vantor Partners"], "Kallisto", "investment", "completed", None)]),
    ("de", "Größter Anteilseigner von Kallisto ist der Investor Vantor Partners.", ["Kallisto", "Vantor Partners"],
     [(["Vantor Partners"], "Kallisto", "investment", "completed", None)]),
    # negative: the genitive-less form keeps its order ("Y's largest shareholder X")
    ("de", "Kallistos Großaktionär Vantor Partners stimmte dagegen.", ["Kallisto", "Vantor Partners"],
     [(["Vantor Partners"], "Kallisto", "investment", "completed", None)]),
])
def test_whole_word_markers_and_shareholders_of(blank_nlp, lang, text, orgs, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,orgs,status", [
    # talks or plans the sentence then says ended or broke down are called off
    ("en", "Kestrel said talks to sell its unit Vantor to Quadrel had ended without agreement.",
     ["Kestrel", "Vantor", "Quadrel"], "cancelled"),
    ("fr", "Les négociations entre Kestrel et Vantor sur un rachat ont échoué en mai.", ["Kestrel", "Vantor"],
     "cancelled"),
    ("es", "Las negociaciones de Kestrel para comprar Vantor terminaron sin acuerdo.", ["Kestrel", "Vantor"],
     "cancelled"),
    ("de", "Die Gespräche über eine Übernahme von Vantor durch Kestrel sind gescheitert.", ["Kestrel", "Vantor"],
     "cancelled"),
    # a status word inside a compound adjective is none ("frozen-desserts unit")
    ("en", "Kestrel is in talks to sell its frozen-desserts unit, Vantor, to Quadrel.", ["Kestrel", "Vantor", "Quadrel"],
     "negotiating"),
    # a regulator that prohibits or vetoes a takeover cancels it
    ("es", "La CNMC ha prohibido la adquisición de Vantor por parte de Kestrel.", ["Kestrel", "Vantor"], "cancelled"),
    ("en", "The regulator prohibited the takeover of Vantor by Kestrel.", ["Kestrel", "Vantor"], "cancelled"),
    ("fr", "Le régulateur a prohibé le rachat de Vantor par Kestrel.", ["Kestrel", "Vantor"], "cancelled"),
    ("de", "Das Kartellamt verbietet die Übernahme von Vantor durch Kestrel.", ["Kestrel", "Vantor"], "cancelled"),
    # reaching an agreement signs it
    ("en", "Kestrel has reached an agreement to buy Vantor.", ["Kestrel", "Vantor"], "signed"),
    ("fr", "Kestrel a conclu un accord pour racheter Vantor.", ["Kestrel", "Vantor"], "signed"),
    ("es", "Kestrel ha alcanzado un acuerdo para comprar Vantor.", ["Kestrel", "Vantor"], "signed"),
    ("de", "Kestrel hat eine Einigung erzielt, Vantor zu übernehmen.", ["Kestrel", "Vantor"], "signed"),
    # what a speculation says may happen is a rumour, not a plan
    ("en", "Analysts speculated that Kestrel could buy Vantor.", ["Kestrel", "Vantor"], "rumored"),
    ("es", "En el mercado se especula con que Kestrel podría comprar Vantor.", ["Kestrel", "Vantor"], "rumored"),
    ("fr", "Le marché spécule sur un rachat de Vantor par Kestrel, qui pourrait intervenir cet été.",
     ["Kestrel", "Vantor"], "rumored"),
    ("de", "Den Spekulationen zufolge könnte Kestrel Vantor übernehmen.", ["Kestrel", "Vantor"], "rumored"),
    # negative: a plan with no speculation stays considered
    ("en", "Kestrel could buy Vantor next year.", ["Kestrel", "Vantor"], "considering"),
])
def test_ended_talks_prohibitions_agreements_and_speculation(blank_nlp, lang, text, orgs, status):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)
    assert [d.status for d in deals] == [status]


@pytest.mark.parametrize("lang,text,orgs,amount,status", [
    # money already put in or committed is in
    ("en", "Kestrel committed $40 million to Vantor's round.", ["Kestrel", "Vantor"], ("$40 million", 4e7, "USD"),
     "completed"),
    ("en", "Kestrel put £15 million into Vantor, its first direct investment.", ["Kestrel", "Vantor"],
     ("£15 million", 1.5e7, "GBP"), "completed"),
    ("fr", "Kestrel a apporté 15 millions d'euros au capital de Vantor.", ["Kestrel", "Vantor"],
     ("15 millions d'euros", 1.5e7, "EUR"), "completed"),
    ("es", "Kestrel aportó 15 millones de euros al capital de Vantor.", ["Kestrel", "Vantor"],
     ("15 millones de euros", 1.5e7, "EUR"), "completed"),
    ("de", "Kestrel hat 15 Millionen Euro zur Beteiligung an Vantor beigesteuert.", ["Kestrel", "Vantor"],
     ("15 Millionen Euro", 1.5e7, "EUR"), "completed"),
    # negative: what will be put in is announced
    ("en", "Kestrel will invest $15 million in Vantor.", ["Kestrel", "Vantor"], ("$15 million", 1.5e7, "USD"),
     "announced"),
    # a plan a newspaper reported is a rumour
    ("de", "Das Tagesblatt hatte berichtet, Kestrel bereite ein Angebot für Vantor über 2 Milliarden Euro vor.",
     ["Kestrel", "Vantor"], ("2 Milliarden Euro", 2e9, "EUR"), "rumored"),
    ("es", "El diario publicó que Kestrel prepara una oferta de 2.000 millones de euros por Vantor.",
     ["Kestrel", "Vantor"], ("2.000 millones de euros", 2e9, "EUR"), "rumored"),
    ("fr", "Le quotidien a rapporté que Kestrel prépare une offre de 2 milliards d'euros sur Vantor.",
     ["Kestrel", "Vantor"], ("2 milliards d'euros", 2e9, "EUR"), "rumored"),
    ("en", "The newspaper reported that Kestrel was preparing a $2 billion bid for Vantor.", ["Kestrel", "Vantor"],
     ("$2 billion", 2e9, "USD"), "rumored"),
])
def test_money_put_in_and_reported_plans(blank_nlp, lang, text, orgs, amount, status):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [(*amount, "investment")]), lang)
    assert [d.status for d in deals] == [status]


@pytest.mark.parametrize("lang,text,orgs,amount", [
    # a party that then denies a plan a newspaper reported denies that deal
    ("de", "Laut Handelsblatt hatte Kestrel ein Angebot über 2 Milliarden Euro für Vantor vorbereitet. "
           "Kestrel dementierte den Bericht.", ["Kestrel", "Vantor", "Handelsblatt"], ("2 Milliarden Euro", 2e9, "EUR")),
    ("en", "Kestrel prepared a $2 billion bid for Vantor, the Financial Times reported. Kestrel denied the report.",
     ["Kestrel", "Vantor", "Financial Times"], ("$2 billion", 2e9, "USD")),
    ("fr", "Selon Les Echos, Kestrel a préparé une offre de 2 milliards d'euros sur Vantor. Kestrel a démenti.",
     ["Kestrel", "Vantor", "Les Echos"], ("2 milliards d'euros", 2e9, "EUR")),
    ("es", "Según El País, Kestrel preparó una oferta de 2.000 millones de euros por Vantor. Kestrel lo desmintió.",
     ["Kestrel", "Vantor", "El País"], ("2.000 millones de euros", 2e9, "EUR")),
])
def test_a_reported_plan_denied(blank_nlp, lang, text, orgs, amount):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [(*amount, "investment")]), lang)
    assert [d.status for d in deals] == ["denied"]


@pytest.mark.parametrize("lang,text,orgs,amount,investors", [
    # a company named in another one's apposition ("the venture arm of Y") describes it and takes no part
    ("en", "Vantor has raised $50 million in a round led by Kestrel Capital. Quadrel Invest also took part, alongside "
           "Corvel Ventures, the venture arm of utility Corvel Power.",
     ["Vantor", "Kestrel Capital", "Quadrel Invest", "Corvel Ventures", "Corvel Power"], ("$50 million", 5e7, "USD"),
     ["Corvel Ventures", "Kestrel Capital", "Quadrel Invest"]),
    ("fr", "Vantor a levé 50 millions d'euros auprès de Kestrel Capital. Quadrel Invest a aussi participé, aux côtés "
           "de Corvel Ventures, la filiale d'investissement du groupe Corvel Energie.",
     ["Vantor", "Kestrel Capital", "Quadrel Invest", "Corvel Ventures", "Corvel Energie"],
     ("50 millions d'euros", 5e7, "EUR"), ["Corvel Ventures", "Kestrel Capital", "Quadrel Invest"]),
    ("es", "Vantor ha cerrado una ronda de 50 millones de euros liderada por Kestrel Capital. Quadrel Invest también "
           "se sumó a la ronda, junto a Corvel Ventures, el brazo inversor de la eléctrica Corvel Energía.",
     ["Vantor", "Kestrel Capital", "Quadrel Invest", "Corvel Ventures", "Corvel Energía"],
     ("50 millones de euros", 5e7, "EUR"), ["Corvel Ventures", "Kestrel Capital", "Quadrel Invest"]),
    ("de", "Vantor hat 50 Millionen Euro in einer von Kestrel Capital angeführten Runde eingesammelt. Auch Quadrel "
           "Invest beteiligte sich, zusammen mit Corvel Ventures, der Beteiligungstochter von Corvel Energie.",
     ["Vantor", "Kestrel Capital", "Quadrel Invest", "Corvel Ventures", "Corvel Energie"],
     ("50 Millionen Euro", 5e7, "EUR"), ["Corvel Ventures", "Kestrel Capital", "Quadrel Invest"]),
    # negative: a participation marker after the comma introduces investors ("con la participación de")
    ("es", "Vantor ha cerrado una ronda de 50 millones de euros. La operación está liderada por Kestrel Capital, con la "
           "participación de sus inversores históricos Quadrel Invest y Corvel Ventures.",
     ["Vantor", "Kestrel Capital", "Quadrel Invest", "Corvel Ventures"], ("50 millones de euros", 5e7, "EUR"),
     ["Corvel Ventures", "Kestrel Capital", "Quadrel Invest"]),
])
def test_a_company_in_an_apposition_takes_no_part(blank_nlp, lang, text, orgs, amount, investors):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, [(*amount, "investment")]), lang)
    assert [sorted(d.investors) for d in deals if d.type == "funding_round"] == [investors]


@pytest.mark.parametrize("lang,text,amount", [
    # a round named by its size alone ("a $50 million round", "una ronda de 50 millones")
    ("en", "Vantor closed a $50 million round led by Kestrel Capital.", ("$50 million", 5e7, "USD")),
    ("es", "Vantor ha cerrado una ronda de 50 millones de euros liderada por Kestrel Capital.",
     ("50 millones de euros", 5e7, "EUR")),
])
def test_a_round_named_by_its_size(blank_nlp, lang, text, amount):
    deals = extract_deals(make_doc(blank_nlp(lang), text, ["Vantor", "Kestrel Capital"], [(*amount, "investment")]), lang)
    assert [summarise(d) for d in deals] == [(["Kestrel Capital"], "Vantor", "funding_round", "completed", 5e7)]


@pytest.mark.parametrize("lang,text,amount", [
    # a headline announces a round; the body's sentence that goes on naming its investors says it is done
    ("en", "Vantor raises $50 million\nVantor has raised $50 million in a funding round led by Kestrel Capital.",
     "$50 million"),
    ("fr", "Vantor lève 50 millions d'euros\nVantor a levé 50 millions d'euros lors d'un tour de table mené par "
           "Kestrel Capital.", "50 millions d'euros"),
    ("es", "Vantor levanta 50 millones de euros\nVantor ha cerrado una ronda de financiación de 50 millones de euros "
           "liderada por Kestrel Capital.", "50 millones de euros"),
    ("de", "Vantor sammelt 50 Millionen Euro ein\nVantor hat in einer Finanzierungsrunde unter Führung von Kestrel "
           "Capital 50 Millionen Euro eingesammelt.", "50 Millionen Euro"),
])
def test_a_round_the_body_says_is_done(lang, text, amount):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "\n"]})  # the headline is a sentence of its own
    doc = make_doc(nlp, text, ["Vantor", "Kestrel Capital"], [])
    start = text.rindex(amount)  # the body's figure (the headline's is the same sum)
    doc._.newsx_amounts = [Amount(text=amount, start=s, end=s + len(amount), value=5e7,
                                  currency="USD" if "$" in amount else "EUR", role="fundraise")
                           for s in sorted({text.index(amount), start})]
    deals = extract_deals(doc, lang)
    assert [(d.type, d.status) for d in deals] == [("funding_round", "completed")]


@pytest.mark.parametrize("lang,text,price,other", [
    # a price in a sentence that names nobody, after one that names nobody either, is the last deal's;
    # a market's size, in a quote or not, is nobody's price
    ("es", "Kestrel Alimentos fue adquirida por Vantor. La operación se cerró el pasado lunes. El precio total "
           "asciende a 145 millones de euros. «El mercado europeo de conservas mueve más de 9.000 millones de euros "
           "al año», añadió.", ("145 millones de euros", 1.45e8, "EUR"), ("9.000 millones de euros", 9e9, "EUR")),
    ("en", "Kestrel Alimentos was acquired by Vantor. The transaction closed on Monday. The price was 145 million "
           "euros. \"The European market for canned food is worth 9 billion euros a year,\" she added.",
     ("145 million euros", 1.45e8, "EUR"), ("9 billion euros", 9e9, "EUR")),
    ("fr", "Kestrel Alimentos a été racheté par Vantor. L'opération a été finalisée lundi. Le prix s'élève à 145 "
           "millions d'euros. « Le marché européen des conserves atteint 9 milliards d'euros », a-t-elle ajouté.",
     ("145 millions d'euros", 1.45e8, "EUR"), ("9 milliards d'euros", 9e9, "EUR")),
    ("de", "Kestrel Alimentos wurde von Vantor übernommen. Die Transaktion wurde am Montag abgeschlossen. Der "
           "Kaufpreis beträgt 145 Millionen Euro. „Das Marktvolumen liegt bei 9 Milliarden Euro“, sagte sie.",
     ("145 Millionen Euro", 1.45e8, "EUR"), ("9 Milliarden Euro", 9e9, "EUR")),
])
def test_a_price_after_a_sentence_naming_nobody_and_a_market_size(blank_nlp, lang, text, price, other):
    doc = make_doc(blank_nlp(lang), text, ["Kestrel Alimentos", "Vantor"], [(*price, "other"), (*other, "other")])
    assert [summarise(d) for d in extract_deals(doc, lang)] == [
        (["Vantor"], "Kestrel Alimentos", "acquisition", "completed", price[1])]


@pytest.mark.parametrize("lang,text,price", [
    # a seller marker in a verb-final clause introduces the seller, not the company bought
    ("de", "Vantor hat vereinbart, den Hersteller Maris Snacks vom Finanzinvestor Calderstone zu kaufen. Vantor zahlt "
           "1,2 Milliarden Euro.", "1,2 Milliarden Euro"),
    ("en", "Vantor has agreed to buy the maker Maris Snacks from the buyout firm Calderstone. Vantor will pay "
           "1.2 billion euros.", "1.2 billion euros"),
    ("fr", "Vantor a accepté de racheter le fabricant Maris Snacks auprès du fonds Calderstone. Vantor paiera "
           "1,2 milliard d'euros.", "1,2 milliard d'euros"),
    ("es", "Vantor ha acordado comprar la fabricante Maris Snacks de manos del fondo Calderstone. Vantor pagará "
           "1.200 millones de euros.", "1.200 millones de euros"),
])
def test_the_seller_is_not_bought(blank_nlp, lang, text, price):
    doc = make_doc(blank_nlp(lang), text, ["Vantor", "Maris Snacks", "Calderstone"], [(price, 1.2e9, "EUR", "other")])
    assert [(d.investors, d.target, d.amount.value if d.amount else None) for d in extract_deals(doc, lang)] == [
        (["Vantor"], "Maris Snacks", 1.2e9)]



@pytest.mark.parametrize("lang,text,amount", [
    # a later sentence leads the round and another joins it ("beteiligen sich", "con la participación del")
    ("de", "Voltex hat in einer Finanzierungsrunde 85 Millionen Euro eingesammelt. Angeführt wird die Runde von Isar "
           "Ventures. Daneben beteiligen sich Nordlys Fund sowie die bisherigen Geldgeber Spree Capital und Tegel "
           "Ventures.", "85 Millionen Euro"),
    ("es", "Voltex cerró una ronda de financiación de 85 millones de euros. La ronda, liderada por Isar Ventures, ha "
           "contado también con la participación del británico Nordlys Fund, de Spree Capital y de Tegel Ventures.",
     "85 millones de euros"),
    ("fr", "Voltex a levé 85 millions d'euros. Le tour de table est mené par Isar Ventures. Nordlys Fund ainsi que "
           "les investisseurs historiques Spree Capital et Tegel Ventures y participent également.",
     "85 millions d'euros"),
    ("en", "Voltex raised 85 million euros in a funding round led by Isar Ventures. Nordlys Fund and existing backers "
           "Spree Capital and Tegel Ventures also took part.", "85 million euros"),
])
def test_a_round_led_and_joined_in_later_sentences(blank_nlp, lang, text, amount):
    orgs = ["Voltex", "Isar Ventures", "Nordlys Fund", "Spree Capital", "Tegel Ventures"]
    doc = make_doc(blank_nlp(lang), text, orgs, [(amount, 8.5e7, "EUR", "fundraise")])
    assert [(sorted(d.investors), d.target, d.type) for d in extract_deals(doc, lang)] == [
        (["Isar Ventures", "Nordlys Fund", "Spree Capital", "Tegel Ventures"], "Voltex", "funding_round")]


STAKE_MARKER_AND_PAYMENT_CASES = [
    # a stake marker introduces what is bought, also before a clause-final verb
    ("de", "Im Januar hatte Vantor die Mehrheit an dem Softwareanbieter Quadrel übernommen.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "acquisition", "completed", None)]),
    ("fr", "En janvier, Vantor avait acquis la majorité du capital de Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "acquisition", "completed", None)]),
    ("es", "En enero, Vantor había adquirido la mayoría de Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "acquisition", "completed", None)]),
    ("en", "In January Vantor had acquired a majority of Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "acquisition", "completed", None)]),
    # a month or a weekday before a name describes no party
    ("en", "On Monday Vantor bought Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "acquisition", "completed", None)]),
    ("es", "En enero Vantor compró Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "acquisition", "completed", None)]),
    # German verb-subject order with a description before the subject
    ("de", "Im März übernahm der schwäbische Maschinenbauer Vantor den Konkurrenten Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "acquisition", "completed", None)]),
    ("de", "Im März übernahm der Konzern, so Vantor, den Konkurrenten Quadrel.", ["Vantor", "Quadrel"], [], []),
    # a decimal comma inside a stake breaks no clause: a minority stake is an investment
    ("de", "Vantor hatte eine Minderheitsbeteiligung von 19,9 Prozent an dem Softwarehaus Quadrel erworben.",
     ["Vantor", "Quadrel"], [], [(["Vantor"], "Quadrel", "investment", "completed", None)]),
    ("fr", "Vantor a acquis une participation minoritaire de 19,9 % dans Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "investment", "completed", None)]),
    ("es", "Vantor adquirió una participación minoritaria del 19,9 % en Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "investment", "completed", None)]),
    ("en", "Vantor acquired a minority stake of 19.9% in Quadrel.", ["Vantor", "Quadrel"], [],
     [(["Vantor"], "Quadrel", "investment", "completed", None)]),
    # what the buyer paid, said in the next sentence, prices the deal; another payer's price does not
    ("en", "Vantor bought Quadrel last week. Vantor paid about 80 million euros.", ["Vantor", "Quadrel"],
     [("80 million euros", 8e7, "EUR", "other")], [(["Vantor"], "Quadrel", "acquisition", "completed", 8e7)]),
    ("fr", "Vantor a racheté Quadrel. Vantor a payé environ 80 millions d'euros.", ["Vantor", "Quadrel"],
     [("80 millions d'euros", 8e7, "EUR", "other")], [(["Vantor"], "Quadrel", "acquisition", "completed", 8e7)]),
    ("es", "Vantor compró Quadrel. Vantor pagó unos 80 millones de euros.", ["Vantor", "Quadrel"],
     [("80 millones de euros", 8e7, "EUR", "other")], [(["Vantor"], "Quadrel", "acquisition", "completed", 8e7)]),
    ("de", "Vantor hat Quadrel übernommen. Über den Preis wurde nichts gesagt; Kreisen zufolge zahlte Vantor etwa "
           "80 Millionen Euro.", ["Vantor", "Quadrel"],
     [("80 Millionen Euro", 8e7, "EUR", "other")], [(["Vantor"], "Quadrel", "acquisition", "completed", 8e7)]),
    ("en", "Vantor bought Quadrel last week. Kestrel paid 80 million euros for Talvora.",
     ["Vantor", "Quadrel", "Kestrel", "Talvora"], [("80 million euros", 8e7, "EUR", "other")],
     [(["Vantor"], "Quadrel", "acquisition", "completed", None), (["Kestrel"], "Talvora", "acquisition", "completed", 8e7)]),
]


@pytest.mark.parametrize("lang,text,orgs,amounts,expected", STAKE_MARKER_AND_PAYMENT_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(STAKE_MARKER_AND_PAYMENT_CASES)])
def test_stakes_before_a_final_verb_calendar_words_and_payments(blank_nlp, lang, text, orgs, amounts, expected):
    deals = extract_deals(make_doc(blank_nlp(lang), text, orgs, amounts), lang)
    assert [summarise(d) for d in deals] == expected


@pytest.mark.parametrize("lang,text,price,expected_status", [
    # a pronoun subject of a passive names the last deal: its decisive status is that deal's
    ("en", "Last spring Revontuli offered 5.5 billion euros for Tallvik. It was turned down in May.", "5.5 billion euros",
     "cancelled"),
    ("fr", "Au printemps, Revontuli a proposé de racheter Tallvik pour 5,5 milliards d'euros. Elle a été rejetée en mai.",
     "5,5 milliards d'euros", "cancelled"),
    ("es", "En primavera, Revontuli ofreció 5.500 millones de euros por Tallvik. Fue rechazada en mayo.",
     "5.500 millones de euros", "cancelled"),
    ("de", "Im Frühjahr bot Revontuli 5,5 Milliarden Euro für Tallvik. Sie wurde im Mai abgelehnt.",
     "5,5 Milliarden Euro", "cancelled"),
    ("en", "Last spring Revontuli offered 5.5 billion euros for Tallvik. It was founded in 1998.", "5.5 billion euros",
     "announced"),
    ("de", "Im Frühjahr bot Revontuli 5,5 Milliarden Euro für Tallvik. Es wurde im Mai bekannt.",
     "5,5 Milliarden Euro", "announced"),
])
def test_a_pronoun_in_a_passive_names_the_last_deal(blank_nlp, lang, text, price, expected_status):
    doc = make_doc(blank_nlp(lang), text, ["Revontuli", "Tallvik"], [(price, 5.5e9, "EUR", "other")])
    assert [summarise(d) for d in extract_deals(doc, lang)] == [
        (["Revontuli"], "Tallvik", "acquisition", expected_status, 5.5e9)]


@pytest.mark.parametrize("lang,text,expected", [
    # talks named in one sentence give their status to the deal the next sentence tells about their target
    ("de", "Verhandelt wird außerdem mit dem Chemieunternehmen Quadrel. Die Stadtwerke Vantor wollen Quadrel kaufen.",
     [(["Stadtwerke Vantor"], "Quadrel", "acquisition", "negotiating", None)]),
    ("en", "Stadtwerke Vantor is in talks with Quadrel. Stadtwerke Vantor would buy Quadrel.",
     [(["Stadtwerke Vantor"], "Quadrel", "acquisition", "negotiating", None)]),
    ("fr", "Stadtwerke Vantor est en discussions avec Quadrel. Stadtwerke Vantor rachèterait Quadrel.",
     [(["Stadtwerke Vantor"], "Quadrel", "acquisition", "negotiating", None)]),
    ("es", "Stadtwerke Vantor negocia con Quadrel. Stadtwerke Vantor compraría Quadrel.",
     [(["Stadtwerke Vantor"], "Quadrel", "acquisition", "negotiating", None)]),
    # negative: talks with another company say nothing of this deal; a deal with its own status keeps it
    ("en", "Stadtwerke Vantor is in talks with Talvora. Stadtwerke Vantor will buy Quadrel.",
     [(["Stadtwerke Vantor"], "Quadrel", "acquisition", "announced", None)]),
    ("en", "Stadtwerke Vantor held talks with Quadrel. Stadtwerke Vantor has completed its purchase of Quadrel.",
     [(["Stadtwerke Vantor"], "Quadrel", "acquisition", "completed", None)]),
])
def test_talks_in_the_sentence_before_give_their_status(blank_nlp, lang, text, expected):
    orgs = [o for o in ("Stadtwerke Vantor", "Quadrel", "Talvora") if o in text]
    assert [summarise(d) for d in extract_deals(make_doc(blank_nlp(lang), text, orgs, []), lang)] == expected


@pytest.mark.parametrize("lang,text", [
    # negative: a search for partners is no talks; the offer that answers it is announced
    ("en", "Quadrel is looking for partners. Stadtwerke Vantor offered to buy Quadrel."),
    ("de", "Quadrel sucht nach Partnern. Stadtwerke Vantor bot an, Quadrel zu kaufen."),
])
def test_a_search_for_partners_gives_no_status_to_an_offer(blank_nlp, lang, text):
    doc = make_doc(blank_nlp(lang), text, ["Stadtwerke Vantor", "Quadrel"], [])
    assert [d.status for d in extract_deals(doc, lang)] == ["announced"]


@pytest.mark.parametrize("lang,text,price", [
    # an order's volume, given two sentences after the supply contract, prices it
    ("de", "Zugleich gab Vantor einen Liefervertrag mit der Handelskette Quadrel bekannt. Demnach stattet Vantor 300 "
           "Filialen der Kette aus. Das Auftragsvolumen beziffern beide Seiten auf rund 40 Millionen Euro.",
     "40 Millionen Euro"),
    ("en", "Vantor also signed a supply contract with the retailer Quadrel. Vantor will equip 300 of its stores. The "
           "order value is about 40 million euros.", "40 million euros"),
    ("fr", "Vantor a aussi signé un contrat de fourniture avec l'enseigne Quadrel. Vantor équipera 300 magasins. La "
           "commande s'élève à environ 40 millions d'euros.", "40 millions d'euros"),
    ("es", "Vantor firmó además un contrato de suministro con la cadena Quadrel. Vantor equipará 300 tiendas. El "
           "pedido asciende a unos 40 millones de euros.", "40 millones de euros"),
])
def test_an_order_volume_later_prices_the_contract(blank_nlp, lang, text, price):
    doc = make_doc(blank_nlp(lang), text, ["Vantor", "Quadrel"], [(price, 4e7, "EUR", "contract")])
    assert [(d.target, d.type, d.amount.value if d.amount else None) for d in extract_deals(doc, lang)] == [
        ("Vantor", "commercial_contract", 4e7)]


@pytest.mark.parametrize("lang,text,share", [
    # a share price after a bid is no price of the bid, even beside "the offer price"
    ("en", "Vantor raised its offer for Quadrel on Tuesday. Quadrel shares rose 9% to $45.80, still below the offer "
           "price.", "$45.80"),
    ("fr", "Vantor a relevé mardi son offre sur Quadrel. L'action Quadrel a bondi de 9 % à 45,80 euros, sous le prix "
           "de l'offre.", "45,80 euros"),
    ("es", "Vantor elevó el martes su oferta por Quadrel. Las acciones de Quadrel subieron un 9 % hasta 45,80 euros, "
           "aún por debajo del precio de la oferta.", "45,80 euros"),
    ("de", "Vantor erhöhte am Dienstag sein Angebot für Quadrel. Die Quadrel-Aktie stieg um 9 Prozent auf 45,80 Euro, "
           "noch unter dem Preis des Angebots.", "45,80 Euro"),
])
def test_a_share_price_is_no_price_of_a_bid(blank_nlp, lang, text, share):
    doc = make_doc(blank_nlp(lang), text, ["Vantor", "Quadrel"], [(share, 45.8, "EUR", "other")])
    assert [(d.investors, d.target, d.amount.value if d.amount else None) for d in extract_deals(doc, lang)] == [
        (["Vantor"], "Quadrel", None)]


@pytest.mark.parametrize("lang,text,expected", [
    # a round led by a party after a contracted marker ("vom") joins it; talks about an investment are another deal
    ("de", "Thermolind hat 95 Millionen Euro eingesammelt. Angeführt wird die Runde vom Londoner Wagniskapitalgeber "
           "Ashgrove Ventures.", ["Ashgrove Ventures"]),
    ("en", "Thermolind raised 95 million euros in a funding round. The round was led by Ashgrove Ventures.",
     ["Ashgrove Ventures"]),
    ("fr", "Thermolind a levé 95 millions d'euros. Le tour de table est mené par le fonds londonien Ashgrove Ventures.",
     ["Ashgrove Ventures"]),
    ("es", "Thermolind cerró una ronda de 95 millones de euros. La ronda fue liderada por el fondo londinense Ashgrove "
           "Ventures.", ["Ashgrove Ventures"]),
    ("en", "Thermolind raised 95 million euros in a funding round. Thermolind is also in talks with the chemicals group "
           "Ashgrove Ventures about a minority investment.", []),
    ("de", "Thermolind hat 95 Millionen Euro eingesammelt. Zudem verhandelt Thermolind mit Ashgrove Ventures über eine "
           "Beteiligung.", []),
])
def test_round_leaders_after_contracted_markers_and_talks_apart(blank_nlp, lang, text, expected):
    amount = next(a for a in ("95 Millionen Euro", "95 million euros", "95 millions d'euros", "95 millones de euros")
                  if a in text)
    doc = make_doc(blank_nlp(lang), text, ["Thermolind", "Ashgrove Ventures"], [(amount, 9.5e7, "EUR", "fundraise")])
    rounds = [d for d in extract_deals(doc, lang) if d.type == "funding_round"]
    assert [sorted(d.investors) for d in rounds] == [expected]


@pytest.mark.parametrize("lang,text", [
    # "the buyer" names a party of the deal reported, an adviser acting for it buys nothing
    ("en", "Ashworth agreed to sell Fenmoor to Brevik. Stellmark advised Ashworth on the sale, while Oyelaran acted for "
           "the buyer."),
    ("fr", "Ashworth va céder Fenmoor à Brevik. Stellmark a conseillé Ashworth, tandis qu'Oyelaran a accompagné "
           "l'acquéreur."),
    ("es", "Ashworth venderá Fenmoor a Brevik. Stellmark asesoró a Ashworth, mientras que Oyelaran asesoró al "
           "comprador."),
    ("de", "Ashworth verkauft Fenmoor an Brevik. Stellmark beriet Ashworth, Oyelaran stand dem Käufer zur Seite."),
])
def test_the_buyer_is_a_party_not_a_new_deal(blank_nlp, lang, text):
    doc = make_doc(blank_nlp(lang), text, ["Ashworth", "Fenmoor", "Brevik", "Stellmark", "Oyelaran"], [])
    assert [(d.investors, d.target) for d in extract_deals(doc, lang)] == [(["Brevik"], "Fenmoor")]


@pytest.mark.parametrize("lang,text,amount,payer", [
    # a relative clause saying the partner pays makes it the contract's client; one saying anything else does not
    ("fr", "Syntalide a signé un contrat avec le groupement Unihosp, qui lui versera 18 millions d'euros sur quatre ans.",
     "18 millions d'euros", "Unihosp"),
    ("en", "Syntalide signed a contract with the hospital group Unihosp, which will pay it 18 million euros over four "
           "years.", "18 million euros", "Unihosp"),
    ("es", "Syntalide firmó un contrato con el grupo hospitalario Unihosp, que le pagará 18 millones de euros en cuatro "
           "años.", "18 millones de euros", "Unihosp"),
    ("de", "Syntalide unterzeichnete einen Vertrag mit der Klinikgruppe Unihosp, die dafür 18 Millionen Euro zahlt.",
     "18 Millionen Euro", "Unihosp"),
    ("en", "Syntalide signed an 18 million euro contract with the hospital group Unihosp, which operates 30 hospitals.",
     "18 million euro", "Syntalide"),
])
def test_a_partner_that_pays_in_a_relative_clause_is_the_client(blank_nlp, lang, text, amount, payer):
    doc = make_doc(blank_nlp(lang), text, ["Syntalide", "Unihosp"], [(amount, 1.8e7, "EUR", "contract")])
    deals = extract_deals(doc, lang)
    assert [(d.investors, d.type) for d in deals] == [([payer], "commercial_contract")]


@pytest.mark.parametrize("lang,text,amount,expected", [
    # the subject of a leading verb is the round's investor, whether the verb follows it, ends a relative
    # clause or a verb-final clause; a round that another party leads, or "led by", keeps its own reading
    ("en", "Valdrome raised money in 2025. The company last raised funds in 2024, when Brumaire Capital led a "
           "12 million euro Series A.", "12 million euro", (["Brumaire Capital"], "Valdrome")),
    ("en", "Brumaire Capital led a 12 million euro funding round in Valdrome.", "12 million euro",
     (["Brumaire Capital"], "Valdrome")),
    ("en", "Valdrome raised 12 million euros in a funding round that Brumaire Capital co-led.", "12 million euros",
     (["Brumaire Capital"], "Valdrome")),
    ("fr", "Valdrome avait levé 12 millions d'euros lors d'un tour de table que Brumaire Capital avait mené.",
     "12 millions d'euros", (["Brumaire Capital"], "Valdrome")),
    ("fr", "Brumaire Capital a piloté un tour de table de 12 millions d'euros dans Valdrome.", "12 millions d'euros",
     (["Brumaire Capital"], "Valdrome")),
    ("es", "Valdrome captó 12 millones de euros en 2024, cuando Brumaire Capital lideró una ronda Serie A.",
     "12 millones de euros", (["Brumaire Capital"], "Valdrome")),
    ("es", "Brumaire Capital encabezó una ronda de 12 millones de euros en Valdrome.", "12 millones de euros",
     (["Brumaire Capital"], "Valdrome")),
    ("de", "Valdrome hatte 2024 Geld eingesammelt, als Brumaire Capital eine Finanzierungsrunde über 12 Millionen "
           "Euro anführte.", "12 Millionen Euro", (["Brumaire Capital"], "Valdrome")),
    ("en", "Valdrome raised 12 million euros in a funding round. Brumaire Capital led the company's hiring drive.",
     "12 million euros", ([], "Valdrome")),
])
def test_the_subject_of_a_leading_verb_invests_in_the_round(blank_nlp, lang, text, amount, expected):
    doc = make_doc(blank_nlp(lang), text, ["Valdrome", "Brumaire Capital"], [(amount, 1.2e7, "EUR", "fundraise")])
    assert [(d.investors, d.target) for d in extract_deals(doc, lang) if d.type == "funding_round"] == [expected]


@pytest.mark.parametrize("lang,text,amount", [
    # a counter-bid is a bid: its bidder buys, what it is "for"/"sur"/"sobre"/"für" is bought
    ("es", "Holcombe lanza una contraopa de 1.490 millones de euros sobre Aralar.", "1.490 millones de euros"),
    ("en", "Holcombe launched a 1.49 billion euro counterbid for Aralar.", "1.49 billion euro"),
    ("fr", "Holcombe lance une contre-offre de 1,49 milliard d'euros sur Aralar.", "1,49 milliard d'euros"),
    ("de", "Holcombe legt ein Gegenangebot über 1,49 Milliarden Euro für Aralar vor.", "1,49 Milliarden Euro"),
])
def test_a_counter_bid_is_a_bid(blank_nlp, lang, text, amount):
    doc = make_doc(blank_nlp(lang), text, ["Holcombe", "Aralar"], [(amount, 1.49e9, "EUR", "investment")])
    assert [(d.investors, d.target, d.type) for d in extract_deals(doc, lang)] == [(["Holcombe"], "Aralar", "acquisition")]


@pytest.mark.parametrize("lang,text,expected", [
    # an organisation that gives an approval or rules on a deal is no party to it; the agent of a passive is one
    ("en", "Varrow won approval from Brussels Competition on Thursday for its 4.6 billion euro acquisition of Oxhaven.",
     [(["Varrow"], "Oxhaven")]),
    ("en", "Brussels Competition cleared Varrow's 4.6 billion euro acquisition of Oxhaven.", [(["Varrow"], "Oxhaven")]),
    ("es", "Varrow recibió el visto bueno de Brussels Competition para la compra de Oxhaven, una operación de 4.600 "
           "millones de euros.", [(["Varrow"], "Oxhaven")]),
    ("fr", "Brussels Competition a autorisé jeudi le rachat d'Oxhaven par Varrow, une opération de 4,6 milliards "
           "d'euros.", [(["Varrow"], "Oxhaven")]),
    ("de", "Brussels Competition genehmigte die Übernahme von Oxhaven durch Varrow für 4,6 Milliarden Euro.",
     [(["Varrow"], "Oxhaven")]),
    ("de", "Im Frühjahr hatte Brussels Competition die Übernahme von Oxhaven durch Varrow untersagt; Varrow hatte "
           "dafür 4,6 Milliarden Euro geboten.", [(["Varrow"], "Oxhaven")]),
])
def test_who_approves_a_deal_takes_no_part_in_it(blank_nlp, lang, text, expected):
    amount = next(a for a in ("4.6 billion euro", "4.600 millones de euros", "4,6 milliards d'euros",
                              "4,6 Milliarden Euro") if a in text)
    doc = make_doc(blank_nlp(lang), text, ["Varrow", "Oxhaven", "Brussels Competition"],
                   [(amount, 4.6e9, "EUR", "investment")])
    assert [(d.investors, d.target) for d in extract_deals(doc, lang)] == expected


@pytest.mark.parametrize("lang,text,expected", [
    # an opening purpose clause names another deal: the main clause's sum is what its own verb raises
    ("en", "To help pay for the bid, Calderstone raised 450 million euros from Fenwick and Norland.",
     ("Calderstone", "funding_round")),
    ("fr", "Pour financer l'acquisition, Calderstone a levé 450 millions d'euros auprès de Fenwick et Norland.",
     ("Calderstone", "funding_round")),
    ("es", "Para financiar la compra, Calderstone captó 450 millones de euros con Fenwick y Norland.",
     ("Calderstone", "funding_round")),
    ("de", "Um die Übernahme zu finanzieren, hat Calderstone 450 Millionen Euro bei Fenwick und Norland eingesammelt.",
     ("Calderstone", "funding_round")),
    # negative: without a purpose clause, a price paid is the purchase's
    ("en", "Calderstone agreed to pay 450 million euros for Fenwick, Norland said.", ("Fenwick", "acquisition")),
])
def test_a_purpose_clause_governs_no_amount_of_the_main_clause(blank_nlp, lang, text, expected):
    amount = next(a for a in ("450 million euros", "450 millions d'euros", "450 millones de euros",
                              "450 Millionen Euro") if a in text)
    doc = make_doc(blank_nlp(lang), text, ["Calderstone", "Fenwick", "Norland"], [(amount, 4.5e8, "EUR", "investment")])
    assert [(d.target, d.type) for d in extract_deals(doc, lang) if d.amount] == [expected]
