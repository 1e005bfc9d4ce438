"""Ingest: decoding, refusals, title and boilerplate rules in four languages, and the seeds' gold."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import ingest
from pipeline.ingest import IngestError, decode, ingest_bytes, ingest_file, ingest_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "fixtures" / "gold"

BODY_FR = "Le groupe a confirmé l'opération lundi, selon un communiqué publié dans la matinée."
BODY_EN = "The company confirmed the deal on Monday in a statement released in the morning."
BODY_ES = "La empresa confirmó la operación el lunes en un comunicado publicado por la mañana."
BODY_DE = "Das Unternehmen bestätigte den Deal am Montag in einer Mitteilung am Vormittag."


def analyse(text: str) -> ingest.Article:
    return ingest_text(text, doc_id="t", source="t.txt", sha256="0" * 64)


def spans_of(article: ingest.Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.boilerplate]


# ---------------------------------------------------------------- decoding

CAFE_UTF8_PARAGRAPH = ("Le café coûte 3 € à Zürich, déjà cher. " * 40).encode("utf-8")


@pytest.mark.parametrize(
    ("raw", "encoding", "text", "warning"),
    [
        ("Titre\nCorps : é, ü, ñ, ß.".encode("utf-8"), "utf-8", "Titre\nCorps : é, ü, ñ, ß.", None),
        (b"\xef\xbb\xbf" + "Über\nText".encode("utf-8"), "utf-8-sig", "Über\nText", None),
        ("\ufeffTítulo\nCuerpo".encode("utf-16-le"), "utf-16-le", "Título\nCuerpo", None),
        ("\ufeffTítulo\nCuerpo".encode("utf-16-be"), "utf-16-be", "Título\nCuerpo", None),
        ("Headline\nBody text".encode("utf-16-le"), "utf-16-le", "Headline\nBody text", "without a byte order mark"),
        ("Über den Preis – 5 € für Zoë".encode("cp1252"), "cp1252", "Über den Preis – 5 € für Zoë", "cp1252"),
        (b"Caf\xe9 \x81 fin", "latin-1", "Café \x81 fin", "latin-1"),
        (CAFE_UTF8_PARAGRAPH + b"\xe9 fin", "utf-8", CAFE_UTF8_PARAGRAPH.decode() + "\ufffd fin", "1 invalid UTF-8"),
        (("é".encode("utf-8") + b" caf\xe9 cr\xe8me br\xfbl\xe9e na\xefve " * 3), "cp1252",
         ("é".encode("utf-8") + b" caf\xe9 cr\xe8me br\xfbl\xe9e na\xefve " * 3).decode("cp1252"), "cp1252"),
        (b"Title\r\nBody\r\n", "utf-8", "Title\r\nBody\r\n", None),
        ("Zero\u200bwidth kept".encode("utf-8"), "utf-8", "Zero\u200bwidth kept", None),
        (b"Bell\x07 and tab\t kept", "utf-8", "Bell\x07 and tab\t kept", "U+0007"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "cp1252", "latin1",
         "utf8-few-invalid", "utf8-many-invalid", "crlf", "zero-width", "control"],
)
def test_decode(raw: bytes, encoding: str, text: str, warning: str | None) -> None:
    got_text, got_encoding, warnings = decode(raw, "a.txt")
    assert (got_text, got_encoding) == (text, encoding)
    if warning is None:
        assert warnings == []
    else:
        assert any(warning in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "a.txt: empty file"),
        (b"  \r\n\t \n", "a.txt: only whitespace"),
        ("\u200b \u200b \u200b\n".encode("utf-8"), "a.txt: only whitespace"),
        (b"\xef\xbb\xbf", "a.txt: empty file"),
        (b"text\x00with NUL", "a.txt: binary file (NUL bytes)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.txt: binary file (PNG image)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a.txt: binary file (JPEG image)"),
        (b"%PDF-1.7\n%\xe2\xe3", "a.txt: binary file (PDF document)"),
        (b"PK\x03\x04\x14\x00", "a.txt: binary file (ZIP archive)"),
    ],
    ids=["empty", "whitespace", "zero-width-only", "bom-only", "nul", "png", "jpeg", "pdf", "zip"],
)
def test_decode_refuses(raw: bytes, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        decode(raw, "a.txt")
    assert str(caught.value) == message


@pytest.mark.parametrize(("text", "message"), [("", "t.txt: empty file"), (" \n\n", "t.txt: only whitespace")])
def test_ingest_text_refuses(text: str, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        analyse(text)
    assert str(caught.value) == message


def test_ingest_bytes_records_digest_encoding_and_warnings() -> None:
    raw = "Titel\nÜber den Preis.".encode("cp1252")
    article = ingest_bytes(raw, doc_id="d1", source="in/d1.txt")
    assert (article.doc_id, article.source, article.sha256) == ("d1", "in/d1.txt", hashlib.sha256(raw).hexdigest())
    assert (article.text, article.encoding, article.title) == ("Titel\nÜber den Preis.", "cp1252", "Titel")
    assert article.warnings == ["not valid UTF-8; decoded as cp1252"]


def test_ingest_text_warns_control_characters_once() -> None:
    article = ingest_text("Titre\nTexte\x1b avec échappement.", doc_id="t", source="t", sha256="x",
                          warnings=["1 control character(s) kept in the text (U+001B)"])
    assert article.warnings == ["1 control character(s) kept in the text (U+001B)"]


# ---------------------------------------------------------------- files

def test_ingest_file_reads_and_names(tmp_path: Path) -> None:
    path = tmp_path / "042_abc.txt"
    raw = f"Titre court\n{BODY_FR}\n".encode("utf-8")
    path.write_bytes(raw)
    article = ingest_file(path)
    assert (article.doc_id, article.source, article.sha256) == ("042_abc", path.as_posix(), hashlib.sha256(raw).hexdigest())
    assert ingest_file(path, source="in/042_abc.txt").source == "in/042_abc.txt"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("large", "big.txt: file of 11 bytes is larger than 10 bytes (limit --max-bytes)"),
        ("missing", "big.txt: no such file"),
        ("directory", "big.txt: is a directory"),
        ("permission", "big.txt: permission denied"),
        ("empty", "big.txt: empty file"),
    ],
)
def test_ingest_file_refuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setup: str, message: str) -> None:
    path = tmp_path / "big.txt"
    if setup == "large":
        path.write_bytes(b"0123456789\n")
    elif setup == "directory":
        path.mkdir()
    elif setup == "empty":
        path.write_bytes(b"")
    elif setup == "permission":
        path.write_bytes(b"T\nBody.")

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(IngestError) as caught:
        ingest_file(path, source="big.txt", max_bytes=10)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


# ---------------------------------------------------------------- title

@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Nvidia renonce à son investissement dans OpenAI\n{BODY_FR}", "Nvidia renonce à son investissement dans OpenAI"),
        (f"Apple buys a British start-up for $2 billion\n{BODY_EN}", "Apple buys a British start-up for $2 billion"),
        (f"Telefónica vende su filial en Argentina\n\n{BODY_ES}", "Telefónica vende su filial en Argentina"),
        (f"  \n\nSiemens übernimmt US-Softwarefirma\r\n{BODY_DE}", "Siemens übernimmt US-Softwarefirma"),
        (f"« C'est du non-sens », répond Jensen Huang\n{BODY_FR}", "« C'est du non-sens », répond Jensen Huang"),
        (f"Nvidia (NVDA) recule en Bourse\n{BODY_FR}", "Nvidia (NVDA) recule en Bourse"),
        (f"{BODY_FR}\n{BODY_FR}", None),
        (f"Le groupe a signé.\n{BODY_FR}", None),
        (f"Here is what we know:\n{BODY_EN}", None),
        (f"¿Qué pasará con la empresa?\n{BODY_ES}", "¿Qué pasará con la empresa?"),
        (f"Is the Nvidia-OpenAI megadeal dead?\n{BODY_EN}", "Is the Nvidia-OpenAI megadeal dead?"),
        ("Pourquoi " + " ".join(["les"] * 16) + f" investisseurs doutent-ils ?\n{BODY_FR}", None),
        (f"Und dann kam alles anders …\n{BODY_DE}", None),
        (f"Es gibt drei Gründe, sagte er,\n{BODY_DE}", None),
        (f"- Un point de liste\n{BODY_FR}", None),
        (f"1. First point of the list\n{BODY_EN}", None),
        (" ".join(["palabra"] * 21) + f"\n{BODY_ES}", None),
        ("Un titre seul sans corps", None),
        (f"2026\n{BODY_EN}", None),
    ],
    ids=["fr", "en", "es", "de-crlf-leading-blank", "fr-quote", "fr-parens", "paragraph", "sentence-dot",
         "colon", "question", "question-en", "long-question", "ellipsis", "comma", "list-dash", "list-number", "too-long", "no-body", "no-letter"],
)
def test_title(text: str, title: str | None) -> None:
    assert analyse(text).title == title


def test_title_skips_leading_boilerplate() -> None:
    article = analyse(f"English\nFrançais\nDeutsch\nSiemens übernimmt US-Softwarefirma\n{BODY_DE}")
    assert article.title == "Siemens übernimmt US-Softwarefirma"
    assert spans_of(article) == [("language_menu", "English\nFrançais\nDeutsch")]


# ---------------------------------------------------------------- boilerplate

BOILERPLATE_CASES = [
    # language_menu
    ("menu-fr", f"Titre\n{BODY_FR}\nNederlands\nEnglish\nDeutsch\nFrançais\nEspañol\n",
     [("language_menu", "Nederlands\nEnglish\nDeutsch\nFrançais\nEspañol")]),
    ("menu-en-crlf", f"Title\r\n{BODY_EN}\r\nEnglish\r\nEspañol\r\n\r\nPortuguês (Brasil)\r\n日本語\r\n",
     [("language_menu", "English\r\nEspañol\r\n\r\nPortuguês (Brasil)\r\n日本語")]),
    ("menu-inline-es", f"Título\n{BODY_ES}\nEspañol | English | Français | Deutsch\n",
     [("language_menu", "Español | English | Français | Deutsch")]),
    ("menu-codes-de", f"Titel\nDE\nEN\nFR\n{BODY_DE}\n", [("language_menu", "DE\nEN\nFR")]),
    ("menu-not-prose", f"Title\nThe report was published in English, Deutsch and Français.\n{BODY_EN}\n", []),
    ("menu-not-two", f"Titre\n{BODY_FR}\nEnglish\nDeutsch\n{BODY_FR}\n", []),
    # duplicate_title
    ("dup-fr", f"L’État investit 2 milliards\n\nL'État investit 2 milliards\n\n{BODY_FR}\n",
     [("duplicate_title", "L'État investit 2 milliards")]),
    ("dup-en", f"Apple Buys British Start-Up\napple buys  british start-up\n{BODY_EN}\n",
     [("duplicate_title", "apple buys  british start-up")]),
    ("dup-es", f"“Es un acuerdo histórico”\nPor Ana López\n\"Es un acuerdo histórico\"\n{BODY_ES}\n",
     [("duplicate_title", '"Es un acuerdo histórico"')]),
    ("dup-de-crlf", f"Siemens kauft Altair\r\nSiemens kauft Altair\r\n{BODY_DE}\r\n",
     [("duplicate_title", "Siemens kauft Altair")]),
    ("dup-not-different", f"Nvidia renonce à OpenAI\n{BODY_FR}\nNvidia renonce à Anthropic\n{BODY_FR}\n", []),
    ("dup-not-far", f"Apple buys start-up\n{BODY_EN}\n{BODY_EN}\n{BODY_EN}\n{BODY_EN}\n{BODY_EN}\nApple buys start-up\n{BODY_EN}\n", []),
    # word_count_note
    ("count-fr", f"Titre\n{BODY_FR}\n(Note : cet article fait environ 3 800 mots, pour une lecture immersive.)\n",
     [("word_count_note", "(Note : cet article fait environ 3 800 mots, pour une lecture immersive.)")]),
    ("count-en", f"Title\n{BODY_EN}\nThis article is 1,200 words long\n",
     [("word_count_note", "This article is 1,200 words long")]),
    ("count-en-read", f"Title\n5 min read\n{BODY_EN}\n", [("word_count_note", "5 min read")]),
    ("count-es", f"Título\nTiempo de lectura: 4 minutos\n{BODY_ES}\n", [("word_count_note", "Tiempo de lectura: 4 minutos")]),
    ("count-de-reading", f"Titel\nLesezeit: 3 Min.\n{BODY_DE}\n", [("word_count_note", "Lesezeit: 3 Min.")]),
    ("count-en-sentence", f"Title\n{BODY_EN}\nThis article is about 1,200 words.\n",
     [("word_count_note", "This article is about 1,200 words.")]),
    ("count-de", f"Titel\n{BODY_DE}\n(Hinweis: Dieser Artikel umfasst rund 2.500 Wörter.)\n",
     [("word_count_note", "(Hinweis: Dieser Artikel umfasst rund 2.500 Wörter.)")]),
    ("count-inline-fr", f"Titre\n{BODY_FR} Voici la suite (cet article fait 900 mots) et la fin du paragraphe.\n",
     [("word_count_note", "(cet article fait 900 mots)")]),
    ("editor-note-en", f"Title\n{BODY_EN}\nEditor's note: this story was updated on Monday.\n",
     [("word_count_note", "Editor's note: this story was updated on Monday.")]),
    ("count-not-meeting", f"Title\n{BODY_EN}\nThe board read the statement for 20 minutes.\n{BODY_EN}\n", []),
    ("count-not-law", f"Titre\n{BODY_FR}\nCet article de loi compte 300 alinéas.\n{BODY_FR}\n", []),
    ("count-not-de", f"Titel\n{BODY_DE}\nDie Sitzung dauerte 45 Minuten, sagte der Sprecher.\n{BODY_DE}\n", []),
    # read_also
    ("read-fr", f"Titre\n{BODY_FR}\nLire aussi : Nvidia renonce à OpenAI\n{BODY_FR}\n",
     [("read_also", "Lire aussi : Nvidia renonce à OpenAI")]),
    ("read-fr-nosep", f"Titre\n{BODY_FR}\nÀ LIRE AUSSI Le pari risqué de Nvidia\n{BODY_FR}\n",
     [("read_also", "À LIRE AUSSI Le pari risqué de Nvidia")]),
    ("read-en", f"Title\n{BODY_EN}\nRead more: Why Nvidia walked away\n{BODY_EN}\n",
     [("read_also", "Read more: Why Nvidia walked away")]),
    ("read-en-related", f"Title\n{BODY_EN}\n> Related: OpenAI raises $40 billion\n{BODY_EN}\n",
     [("read_also", "> Related: OpenAI raises $40 billion")]),
    ("read-es", f"Título\n{BODY_ES}\nLee también: La nueva ronda de OpenAI\n{BODY_ES}\n",
     [("read_also", "Lee también: La nueva ronda de OpenAI")]),
    ("read-de", f"Titel\n{BODY_DE}\nLesen Sie auch – Warum Nvidia aussteigt\n{BODY_DE}\n",
     [("read_also", "Lesen Sie auch – Warum Nvidia aussteigt")]),
    ("read-de-mehr", f"Titel\n{BODY_DE}\nMehr zum Thema:\n{BODY_DE}\n", [("read_also", "Mehr zum Thema:")]),
    ("read-not-single-word-cue", f"Title\n{BODY_EN}\nRelated party transactions rose to $5 billion\n{BODY_EN}\n", []),
    ("read-single-word-cue-sep", f"Titel\n{BODY_DE}\nWeiterlesen: Siemens kauft zu\n{BODY_DE}\n",
     [("read_also", "Weiterlesen: Siemens kauft zu")]),
    ("read-not-sentence", f"Title\n{BODY_EN}\nRead more carefully, the filing says the market will grow.\n{BODY_EN}\n", []),
    ("read-not-midline", f"Titre\n{BODY_FR} Il faut lire aussi le rapport annuel.\n{BODY_FR}\n", []),
    ("read-not-comma-fr", f"Titre\n{BODY_FR}\nVoir aussi, à ce sujet, la décision de la Fed\n{BODY_FR}\n", []),
    # navigation
    ("nav-fr", f"Titre\n{BODY_FR}\nPartager sur Facebook | Twitter | LinkedIn\n{BODY_FR}\n",
     [("navigation", "Partager sur Facebook | Twitter | LinkedIn")]),
    ("nav-en", f"Title\n{BODY_EN}\nSubscribe to our newsletter\n{BODY_EN}\n", [("navigation", "Subscribe to our newsletter")]),
    ("nav-es", f"Título\n{BODY_ES}\nCompartir en WhatsApp\n{BODY_ES}\n", [("navigation", "Compartir en WhatsApp")]),
    ("nav-de", f"Titel\n{BODY_DE}\nArtikel teilen\n{BODY_DE}\n", [("navigation", "Artikel teilen")]),
    ("nav-networks-only", f"Title\n{BODY_EN}\nFacebook - X - E-mail\n{BODY_EN}\n", [("navigation", "Facebook - X - E-mail")]),
    ("nav-not-share-prices", f"Title\n{BODY_EN}\nShare prices fell 5% on Monday\n{BODY_EN}\n", []),
    # stray_fragment
    ("stray-fr", f"Titre\n{BODY_FR}\n{BODY_FR}\n\nle dernier\n", [("stray_fragment", "le dernier")]),
    ("stray-en", f"Title\n{BODY_EN}\n{BODY_EN}\nand the\n", [("stray_fragment", "and the")]),
    ("stray-es", f"Título\n{BODY_ES}\n{BODY_ES}\r\nde la empresa\r\n", [("stray_fragment", "de la empresa")]),
    ("stray-de", f"Titel\n{BODY_DE}\n{BODY_DE}\nund der\n\n\n", [("stray_fragment", "und der")]),
    ("stray-not-sentence", f"Title\n{BODY_EN}\n{BODY_EN}\nand it ended.\n", []),
    ("stray-not-capital", f"Titre\n{BODY_FR}\n{BODY_FR}\nJean Dupont\n", []),
    ("stray-not-long", f"Titel\n{BODY_DE}\n{BODY_DE}\nund so ging es weiter bis zum Ende\n", []),
    ("stray-not-short-doc", f"Title\nand the\n", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BOILERPLATE_CASES], ids=[c[0] for c in BOILERPLATE_CASES])
def test_boilerplate(text: str, expected: list[tuple[str, str]]) -> None:
    article = analyse(text)
    assert spans_of(article) == expected
    for span in article.boilerplate:
        assert text[span.start:span.end] == span.text
        assert span.text == span.text.strip()


@pytest.mark.parametrize("text", [c[1] for c in BOILERPLATE_CASES], ids=[c[0] for c in BOILERPLATE_CASES])
def test_boilerplate_spans_sorted_and_disjoint(text: str) -> None:
    spans = analyse(text).boilerplate
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


LINE_POOL = [BODY_FR, BODY_EN, BODY_ES, BODY_DE, "", "  ", "English", "Français", "Deutsch", "Español",
             "Lire aussi : la suite", "Read more", "Teilen", "5 min read", "(Note : cet article fait 300 mots.)",
             "le dernier", "Titre court", "titre court", "***", "- point", "Mehr zum Thema:", "Facebook Twitter"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINE_POOL), min_size=1, max_size=12), st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_article_gives_exact_disjoint_spans(lines: list[str], newline: str) -> None:
    text = newline.join(lines) + "x"
    article = analyse(text)
    for span in article.boilerplate:
        assert text[span.start:span.end] == span.text == span.text.strip()
    assert all(a.end <= b.start for a, b in zip(article.boilerplate, article.boilerplate[1:]))
    assert article.title is None or article.title in text.splitlines()


def test_split_lines_handles_crlf_and_cr() -> None:
    text = "a \r\n b\rc\n\n"
    assert [(ln.start, ln.end, ln.text) for ln in ingest.split_lines(text)] == [
        (0, 1, "a"), (5, 6, "b"), (7, 8, "c"), (9, 9, ""), (10, 10, "")]


# ---------------------------------------------------------------- seeds

def gold(doc_id: str) -> dict:
    return json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_matches_gold(path: Path) -> None:
    article = ingest_file(path)
    expected = gold(path.stem)
    assert article.title == expected["title"]
    assert [{"text": b.text, "start": b.start, "end": b.end} for b in article.boilerplate] == expected["boilerplate"]
    assert (article.encoding, article.warnings) == ("utf-8", [])


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_with_crlf_keeps_title_and_boilerplate(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    article = analyse(text)
    expected = gold(path.stem)
    assert article.title == expected["title"]
    assert [b.text.replace("\r\n", "\n") for b in article.boilerplate] == [b["text"] for b in expected["boilerplate"]]
    assert all(text[b.start:b.end] == b.text for b in article.boilerplate)


# ---------------------------------------------------------------- HTML

HTML_PAGE = b"""<html><head><title>Nvidia invests</title>
<meta property="article:published_time" content="2026-02-03T10:00:00Z"></head>
<body><nav>Home | World | Tech</nav><article><h1>Nvidia invests $2 billion in CoreWeave</h1>
<p>Nvidia said on Monday it would invest $2 billion in CoreWeave, its cloud customer, according to Reuters.</p>
<p>The deal strengthens the ties between the two companies, which have been working together for years.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


def test_html_main_text_title_and_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(HTML_PAGE)
    article = ingest_file(path)
    assert article.title == "Nvidia invests $2 billion in CoreWeave"
    assert article.published == "2026-02-03"
    assert "Nvidia said on Monday it would invest $2 billion in CoreWeave" in article.text
    assert "Subscribe" not in article.text and "Home | World" not in article.text


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"<html><head><title></title></head><body><div></div></body></html>")
    with pytest.raises(IngestError, match="no article text"):
        ingest_file(path)


@pytest.mark.parametrize("page, depth", [
    ("<html><body><p>a</p></body></html>", 3),
    ("<html><body><br><img src=x><hr/><p>a<br/>b</p></body></html>", 3),
    ("<div>" * 300 + "x" + "</div>" * 300, 300),
    ("</div></div><p>unbalanced</p>", 1),
    ("no tags at all", 0),
])
def test_html_nesting_depth(page: str, depth: int) -> None:
    assert ingest.html_nesting_depth(page) == depth


def test_html_nested_past_the_parser_limit_warns() -> None:
    page = ("<html><body><p>Halden Group agreed to buy Kestrel Robotics for $900 million on Tuesday, the companies said.</p>"
            + "<div>" * 10_000 + "<p>The deepest paragraph.</p>" + "</div>" * 10_000 + "</body></html>")
    article = ingest.ingest_html(page.encode(), doc_id="deep", source="deep.html")
    assert "Halden Group" in article.text
    assert article.warnings == ["HTML nested 10003 elements deep; text below depth 255 may be missing"]
