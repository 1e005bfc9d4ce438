"""Deal roles, types, statuses and reporters from sentences in four languages.

Organisations and amounts are placed by hand on a blank pipeline, so these
tests exercise the deal logic alone, whatever the extractors upstream do.
"""

from __future__ import annotations

import pytest
import spacy

import pipeline.nlp  # noqa: F401  (every component module declares its Doc extensions)
from pipeline.deals import extract_deals, iso_partial
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
     [(["Verbeek"], "Harlow", "acquisition", "completed", 5.2e8)]),
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
    # an owner in apposition holds the company it owns; the company must follow closely
    ("en", "Brightwater, owner of the Spanish card acquirer Pagonet, expects to close in June.", ["Brightwater", "Pagonet"],
     [], [(["Brightwater"], "Pagonet", "investment", "completed", None)]),
    ("fr", "Verbois, propriétaire du quotidien Le Courrier, a annoncé la vente.", ["Verbois", "Le Courrier"], [],
     [(["Verbois"], "Le Courrier", "investment", "completed", None)]),
    ("es", "Lone Mesa, propietaria de Neuquina, presentó sus resultados.", ["Lone Mesa", "Neuquina"], [],
     [(["Lone Mesa"], "Neuquina", "investment", "completed", None)]),
    ("de", "Norrtel, Eigentümer von Alpenfunk, lehnte ab.", ["Norrtel", "Alpenfunk"], [],
     [(["Norrtel"], "Alpenfunk", "investment", "completed", None)]),
    ("en", "Verbois, the majority owner of the paper, met Castelnau and Harwick on Tuesday to discuss the sale.",
     ["Verbois", "Castelnau", "Harwick"], [], []),
    # a company placing its own shares sells them, to no named buyer
    ("en", "Fjallstrom will raise SEK 1 billion through a placement of new shares.", ["Fjallstrom"],
     [("SEK 1 billion", 1e9, "SEK", "other")], [([], "Fjallstrom", "share_sale", "announced", 1e9)]),
    ("fr", "Dorvel a placé mardi 4 % de son capital auprès d'investisseurs, pour 520 millions d'euros.", ["Dorvel"],
     [("520 millions d'euros", 5.2e8, "EUR", "other")], [([], "Dorvel", "share_sale", "announced", 5.2e8)]),
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
