"""Ingest: bytes -> decoded text, title and boilerplate spans.

The text is kept exactly as decoded (no normalisation, CRLF kept) because every
offset downstream points into it. Boilerplate is found by general line rules fed
by data: cue phrases from `models/lexicons/<lang>/ingest.json` (all languages at
once, since the language is not known yet) and language-independent lists from
`models/boilerplate.json`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from pipeline import schema
from pipeline.keys import fold_case
from pipeline.resources import available_languages, lexicon, load_json

MAX_TITLE_WORDS = 20
MAX_TITLE_CHARS = 200
MAX_QUESTION_TITLE_WORDS = 15
DUPLICATE_TITLE_WINDOW = 4  # non-empty lines after the title searched for a repeat
MIN_MENU_LINES = 3
MAX_MENU_LINE_CHARS = 40
MAX_NOTE_WORDS = 40  # a length note longer than this is a paragraph, not a note
MAX_BARE_NOTE_WORDS = 15  # a length note not in brackets nor opened by "Note" must be this short
MAX_EDITOR_NOTE_WORDS = 80
MAX_READ_ALSO_WORDS = 20  # a cue line without separator: the rest must be headline-short
MAX_NAVIGATION_WORDS = 8
MAX_FRAGMENT_WORDS = 4
MAX_PAREN_NOTE_CHARS = 300
UTF8_INVALID_BUDGET_BYTES = 2000  # one tolerated invalid sequence per this many bytes (at least 3)
MIN_UTF8_INVALID_BUDGET = 3

BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x7fELF", "executable"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
)
BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 before UTF-16: FF FE 00 00 starts with FF FE
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")  # a JSON line may carry one; UTF-8 cannot
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)
_LIST_ITEM = re.compile(r"^(?:[-*•·–—►▶▪◦→>]|\d{1,3}[.)](?:\s|$)|[a-zA-Z][.)]\s)")
_SENTENCE_END = re.compile(r"[.!?…:;,]$")
_CLOSING_MARKS = "»\"”’')]"
_WORD = re.compile(r"\S+")
_NUMBER = r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.,’']\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)?"
_PAREN_NOTE = re.compile(r"\([^()\r\n]{1,%d}\)|\[[^\[\]\r\n]{1,%d}\]" % (MAX_PAREN_NOTE_CHARS, MAX_PAREN_NOTE_CHARS))
_QUOTE_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"',
                             "»": '"', "„": '"', "‟": '"', "\u00a0": " ", "\u202f": " "})
_PARENTHESISED_SUFFIX = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_MENU_SEPARATOR = re.compile(r"[|/·•,]")
_SHARE_SEPARATOR = re.compile(r"(?:[\s|/·•,:–—]|(?<!\w)-(?!\w))+")
_SEPARATORS = ":|-–—»>→•·/"
_BULLET_CHARS = ">»•·*-–—►▶→| "


class IngestError(ValueError):
    """An input that cannot become an article; the message is "<source>: <cause>" on one line."""


@dataclass(frozen=True)
class Article:
    doc_id: str
    source: str
    sha256: str
    text: str
    encoding: str
    title: str | None
    boilerplate: list[schema.Boilerplate]
    warnings: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date from the page's metadata (HTML input)


class Line(NamedTuple):
    """One line's content: `text == article[start:end]`, edge whitespace excluded."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


# ---------------------------------------------------------------- decoding

def _binary_kind(raw: bytes) -> str | None:
    """The file type when `raw` starts with a known non-text magic number."""
    for magic, kind in BINARY_MAGIC:
        if raw.startswith(magic):
            return kind
    if raw[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if raw.startswith(b"RIFF") and raw[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return f"RIFF {raw[8:12].decode().strip()} media"
    return None


def _bomless_utf16(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on one parity only (ASCII-range UTF-16 without BOM)."""
    half = len(raw) // 2
    if len(raw) < 4 or len(raw) % 2 or half == 0:
        return None
    nul_even = raw[0::2].count(0)
    nul_odd = raw[1::2].count(0)
    if nul_odd >= 0.7 * half and nul_even <= 0.02 * half:  # Latin text: almost every high byte is NUL
        return "utf-16-le"
    if nul_even >= 0.7 * half and nul_odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _decode_strict_or_replace(raw: bytes, encoding: str, warnings: list[str]) -> str:
    """Decode with a BOM-declared encoding; invalid bytes become U+FFFD with a warning."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        text = raw.decode(encoding, errors="replace")
        warnings.append(f"invalid {encoding} byte sequences replaced with U+FFFD")
        return text


def _decode_without_bom(raw: bytes, warnings: list[str]) -> tuple[str, str]:
    """UTF-8, else mostly-UTF-8 with replacements, else cp1252, else latin-1."""
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    replaced = raw.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 127) - replaced.count("\ufffd")
    budget = max(MIN_UTF8_INVALID_BUDGET, len(raw) // UTF8_INVALID_BUDGET_BYTES)
    if invalid <= budget and multibyte >= 2 * invalid:
        warnings.append(f"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
        return replaced, "utf-8"
    try:
        text = raw.decode("cp1252")
        warnings.append("not valid UTF-8; decoded as cp1252")
        return text, "cp1252"
    except UnicodeDecodeError:
        warnings.append("not valid UTF-8 nor cp1252; decoded as latin-1")
        return raw.decode("latin-1"), "latin-1"


def _is_blank(text: str) -> bool:
    return not text.translate(_DROP_INVISIBLE).strip()


def _control_warning(text: str) -> str | None:
    """A warning naming the control characters kept in the text, if any."""
    found = _CONTROL.findall(text)
    if not found:
        return None
    first = sorted(set(found))[:3]
    names = ", ".join(f"U+{ord(ch):04X}" for ch in first)
    return f"{len(found)} control character(s) kept in the text ({names})"


def decode(raw: bytes, source: str) -> tuple[str, str, list[str]]:
    """Bytes -> (text, encoding name, warnings); refuses empty, blank and binary inputs."""
    if not raw:
        raise IngestError(f"{source}: empty file")
    kind = _binary_kind(raw)
    if kind:
        raise IngestError(f"{source}: binary file ({kind})")
    warnings: list[str] = []
    encoding = next((name for bom, name in BOMS if raw.startswith(bom)), None)
    if encoding:
        bom_length = next(len(bom) for bom, name in BOMS if name == encoding)
        codec = "utf-8" if encoding == "utf-8-sig" else encoding
        text = _decode_strict_or_replace(raw[bom_length:], codec, warnings)
    else:
        encoding = _bomless_utf16(raw)
        if encoding:
            text = _decode_strict_or_replace(raw, encoding, warnings)
            warnings.append(f"decoded as {encoding} without a byte order mark")
        elif b"\x00" in raw:
            raise IngestError(f"{source}: binary file (NUL bytes)")
        else:
            text, encoding = _decode_without_bom(raw, warnings)
    if not text:
        raise IngestError(f"{source}: empty file")
    if _is_blank(text):
        raise IngestError(f"{source}: only whitespace")
    control = _control_warning(text)
    if control:
        warnings.append(control)
    return text, encoding, warnings


# ---------------------------------------------------------------- lines

def split_lines(text: str) -> list[Line]:
    """Every line (empty ones too) with its content span, for \\n, \\r\\n and \\r alike."""
    lines: list[Line] = []
    position = 0
    for brk in _LINE_BREAK.finditer(text):
        lines.append(_content(text, position, brk.start()))
        position = brk.end()
    lines.append(_content(text, position, len(text)))
    return lines


def _content(text: str, start: int, end: int) -> Line:
    raw = text[start:end]
    stripped = raw.lstrip().lstrip(_INVISIBLE).lstrip()
    start += len(raw) - len(stripped)
    content = stripped.rstrip().rstrip(_INVISIBLE).rstrip()
    return Line(start, start + len(content), content)


# ---------------------------------------------------------------- data

def _fold(text: str) -> str:
    """Comparison key: NFKC, quotes unified, case-folded, whitespace collapsed."""
    return fold_case(text, _QUOTE_FOLD)


def _cue_pattern(cues: Iterable[str]) -> str:
    """Alternation of cue phrases, longest first; apostrophes and spaces made flexible."""
    parts = []
    for cue in sorted({c.strip() for c in cues if c.strip()}, key=len, reverse=True):
        words = (re.escape(w).replace("'", "['’]") for w in cue.replace("’", "'").split())
        parts.append(r"\s+".join(words))
    return "|".join(parts) if parts else r"(?!x)x"


def _lexicon_values(key: str) -> list[str]:
    """One key's cues from every language that ships an ingest lexicon."""
    values: list[str] = []
    for lang in available_languages("ingest"):
        values.extend(lexicon(lang, "ingest").get(key, []))
    return values


@dataclass(frozen=True)
class Cues:
    read_also: re.Pattern[str]
    navigation: re.Pattern[str]
    length: re.Pattern[str]
    length_cue: re.Pattern[str]
    reading_time: re.Pattern[str]
    reading_time_cue: re.Pattern[str]
    editor_note: re.Pattern[str]
    note_opening: re.Pattern[str]
    language_names: frozenset[str]
    language_codes: frozenset[str]
    social_networks: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Compiled boilerplate cues from all languages' lexicons (built once per process)."""
    def word(key: str) -> str:
        return rf"(?<!\w)(?:{_cue_pattern(_lexicon_values(key))})(?!\w)"

    def counted(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{_NUMBER})\s*(?:{_cue_pattern(_lexicon_values(key))})(?!\w)", re.IGNORECASE)

    bullets = rf"^[\s{re.escape(_BULLET_CHARS)}]*"
    data = load_json("boilerplate.json")
    return Cues(
        read_also=re.compile(rf"{bullets}(?:{word('read_also')})", re.IGNORECASE),
        navigation=re.compile(rf"{bullets}(?:{word('navigation')})", re.IGNORECASE),
        length=counted("length_units"),
        length_cue=re.compile(word("length_cues"), re.IGNORECASE),
        reading_time=counted("reading_time_units"),
        reading_time_cue=re.compile(word("reading_time_cues"), re.IGNORECASE),
        editor_note=re.compile(rf"^[(\[]?\s*(?:{word('editor_notes')})\s*[:.\-–—)\]]", re.IGNORECASE),
        note_opening=re.compile(rf"^[(\[]?\s*(?:{word('note_words')}|{word('editor_notes')})", re.IGNORECASE),
        language_names=frozenset(_fold(n) for n in data["language_names"]),
        language_codes=frozenset(data.get("language_codes", [])),
        social_networks=frozenset(_fold(n) for n in data.get("social_networks", [])),
    )


# ---------------------------------------------------------------- boilerplate rules

def _span(text: str, start: int, end: int, kind: str) -> schema.Boilerplate:
    return schema.Boilerplate(text=text[start:end], start=start, end=end, kind=kind)


def _is_language_name(line: str) -> bool:
    """A menu entry: a language's own name ("Français", "English (UK)") or an upper-case code ("FR")."""
    data = cues()
    if len(line) > MAX_MENU_LINE_CHARS:
        return False
    if line in data.language_codes:
        return True
    folded = _fold(line).strip(" *•·|›>✓✔")
    if folded in data.language_names:
        return True
    base = _PARENTHESISED_SUFFIX.sub("", folded)
    return bool(base) and base in data.language_names


def _inline_menu(line: str) -> bool:
    """One line listing >= 3 language names separated by | / · • or commas."""
    if len(line) > MAX_MENU_LINE_CHARS * 12:
        return False
    parts = [p.strip() for p in _MENU_SEPARATOR.split(line)]
    return len(parts) >= MIN_MENU_LINES and all(p and _is_language_name(p) for p in parts)


def find_language_menus(text: str, lines: Sequence[Line]) -> list[schema.Boilerplate]:
    """Runs of >= 3 lines that are each a language name (blank lines allowed inside), or one-line menus."""
    found: list[schema.Boilerplate] = []
    run: list[Line] = []

    def close() -> None:
        if len(run) >= MIN_MENU_LINES:
            found.append(_span(text, run[0].start, run[-1].end, "language_menu"))
        run.clear()

    for line in lines:
        if not line.text:
            continue
        if _is_language_name(line.text):
            run.append(line)
            continue
        close()
        if _inline_menu(line.text):
            found.append(_span(text, line.start, line.end, "language_menu"))
    close()
    return found


def _ends_like_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line.rstrip(_CLOSING_MARKS)))


def find_read_also(text: str, lines: Sequence[Line]) -> list[schema.Boilerplate]:
    """Lines opened by a "read also" cue, followed by a separator, nothing, or (multi-word cue) a short headline."""
    pattern = cues().read_also
    found = []
    for line in lines:
        match = pattern.match(line.text)
        if not match:
            continue
        rest = line.text[match.end():].strip()
        distinctive = len(_WORD.findall(match.group().strip(_BULLET_CHARS))) >= 2  # "Read more", not "Related"
        if (not rest or rest[0] in _SEPARATORS
                or (distinctive and len(_WORD.findall(rest)) <= MAX_READ_ALSO_WORDS
                    and not _ends_like_sentence(rest) and rest[0] != ",")):
            found.append(_span(text, line.start, line.end, "read_also"))
    return found


def _only_social(rest: str) -> bool:
    """The rest of a share line: network names, separators and short connectors ("sur", "on")."""
    names = cues().social_networks
    for token in _SHARE_SEPARATOR.split(rest):
        if token and _fold(token) not in names and not (len(token) <= 3 and token.islower()):
            return False
    return True


def find_navigation(text: str, lines: Sequence[Line]) -> list[schema.Boilerplate]:
    """Share/subscribe/menu lines: a navigation cue alone, before a separator, or before network names."""
    data = cues()
    found = []
    for line in lines:
        if not line.text or line.words > MAX_NAVIGATION_WORDS:
            continue
        match = data.navigation.match(line.text)
        if match:
            rest = line.text[match.end():].strip().strip("!.…›»>→")
            if not rest or rest[0] in _SEPARATORS or _only_social(rest):
                found.append(_span(text, line.start, line.end, "navigation"))
                continue
        tokens = [t for t in _SHARE_SEPARATOR.split(line.text) if t]
        if len(tokens) >= 2 and all(_fold(t) in data.social_networks for t in tokens):
            found.append(_span(text, line.start, line.end, "navigation"))
    return found


def _about_length(fragment: str) -> bool:
    """A number of words/characters with a length cue, or a number of minutes with a reading cue."""
    data = cues()
    return bool((data.length.search(fragment) and data.length_cue.search(fragment))
                or (data.reading_time.search(fragment) and data.reading_time_cue.search(fragment)))


def find_word_count_notes(text: str, lines: Sequence[Line]) -> list[schema.Boilerplate]:
    """Notes about the article's length or editor's notes: a whole short line, else a bracketed aside."""
    data = cues()
    found = []
    for line in lines:
        if not line.text:
            continue
        words = line.words
        bracketed = line.text[0] in "([" and line.text[-1] in ")]"
        opens_with_cue = any(p.match(line.text) for p in (data.length_cue, data.reading_time_cue))
        bare_note = words <= MAX_BARE_NOTE_WORDS and (opens_with_cue or not _ends_like_sentence(line.text))
        if words <= MAX_NOTE_WORDS and _about_length(line.text) and (
                bare_note or bracketed or data.note_opening.match(line.text)):
            found.append(_span(text, line.start, line.end, "word_count_note"))
            continue
        if words <= MAX_EDITOR_NOTE_WORDS and data.editor_note.match(line.text):
            found.append(_span(text, line.start, line.end, "word_count_note"))
            continue
        for aside in _PAREN_NOTE.finditer(line.text):
            if _about_length(aside.group()):
                start = line.start + aside.start()
                found.append(_span(text, start, start + len(aside.group()), "word_count_note"))
    return found


def _is_fragment(line: str) -> bool:
    """1-4 words, no final punctuation, starting in lower case; or no letter nor digit at all."""
    if not any(ch.isalnum() for ch in line):
        return True
    words = _WORD.findall(line)
    return (len(words) <= MAX_FRAGMENT_WORDS and not _ends_like_sentence(line) and line[-1] not in _CLOSING_MARKS
            and line[0].islower() and not _LIST_ITEM.match(line))


def find_stray_fragment(text: str, lines: Sequence[Line], taken: Sequence[schema.Boilerplate],
                        title_line: Line | None) -> list[schema.Boilerplate]:
    """The last non-empty line when it is a fragment left after the article's real end."""
    content = [ln for ln in lines if ln.text and not _covered(ln, taken)]
    if len(content) < 3 or content[-1] == title_line:
        return []
    last = content[-1]
    return [_span(text, last.start, last.end, "stray_fragment")] if _is_fragment(last.text) else []


def _covered(line: Line, spans: Sequence[schema.Boilerplate]) -> bool:
    return any(b.start <= line.start and line.end <= b.end for b in spans)


# ---------------------------------------------------------------- title

def is_headline(line: str) -> bool:
    """Short, with a letter, not a list item, not ending like a sentence (. ! ? : …)."""
    if not line or len(line) > MAX_TITLE_CHARS or len(_WORD.findall(line)) > MAX_TITLE_WORDS:
        return False
    if not any(ch.isalpha() for ch in line) or _LIST_ITEM.match(line):
        return False
    stripped = line.rstrip().rstrip(_CLOSING_MARKS)
    if stripped.endswith("?") and len(_WORD.findall(line)) <= MAX_QUESTION_TITLE_WORDS:
        return True  # question headlines are common ("Is the deal dead?")
    return not _ends_like_sentence(line)


def find_title_line(lines: Sequence[Line], taken: Sequence[schema.Boilerplate]) -> Line | None:
    """The first non-empty line that is not boilerplate (the title candidate)."""
    for line in lines:
        if line.text and not _covered(line, taken):
            return line
    return None


def find_duplicate_title(text: str, lines: Sequence[Line], title_line: Line | None,
                         taken: Sequence[schema.Boilerplate]) -> list[schema.Boilerplate]:
    """A repeat of the first line among the next few lines (quotes, case and spaces ignored)."""
    if title_line is None:
        return []
    key = _fold(title_line.text).rstrip(".!?…:; ")
    following = [ln for ln in lines if ln.start > title_line.start and ln.text and not _covered(ln, taken)]
    return [_span(text, ln.start, ln.end, "duplicate_title")
            for ln in following[:DUPLICATE_TITLE_WINDOW] if _fold(ln.text).rstrip(".!?…:; ") == key]


# ---------------------------------------------------------------- assembly

BoilerplateRule = Callable[[str, Sequence[Line]], list[schema.Boilerplate]]
LINE_RULES: tuple[BoilerplateRule, ...] = (find_language_menus, find_read_also, find_navigation, find_word_count_notes)


def _without_overlaps(spans: Iterable[schema.Boilerplate]) -> list[schema.Boilerplate]:
    """Sorted by start; a span overlapping an earlier (or equal-start longer) one is dropped."""
    kept: list[schema.Boilerplate] = []
    for span in sorted(spans, key=lambda b: (b.start, -b.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def analyse(text: str) -> tuple[str | None, list[schema.Boilerplate]]:
    """(title, boilerplate spans) of a decoded article."""
    lines = split_lines(text)
    spans = _without_overlaps(span for rule in LINE_RULES for span in rule(text, lines))
    title_line = find_title_line(lines, spans)
    spans = _without_overlaps(spans + find_duplicate_title(text, lines, title_line, spans))
    spans = _without_overlaps(spans + find_stray_fragment(text, lines, spans, title_line))
    has_body = title_line is not None and any(ln.text and ln.start > title_line.start for ln in lines)
    title = title_line.text if title_line and has_body and is_headline(title_line.text) else None
    return title, spans


def _dedupe(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def ingest_text(text: str, *, doc_id: str, source: str, sha256: str, encoding: str = "utf-8",
                warnings: Sequence[str] = ()) -> Article:
    """An article from text already decoded (JSON Lines, stdin, bytes after `decode`)."""
    if not text:
        raise IngestError(f"{source}: empty file")
    if _is_blank(text):
        raise IngestError(f"{source}: only whitespace")
    text, surrogates = _LONE_SURROGATE.subn("\ufffd", text)  # one code point for one: offsets hold
    control = _control_warning(text)
    all_warnings = _dedupe([*warnings, *([f"{surrogates} lone surrogate code point(s) replaced with U+FFFD"]
                                         if surrogates else []), *([control] if control else [])])
    title, spans = analyse(text)
    return Article(doc_id=doc_id, source=source, sha256=sha256, text=text, encoding=encoding,
                   title=title, boilerplate=spans, warnings=all_warnings)


def ingest_bytes(raw: bytes, *, doc_id: str, source: str) -> Article:
    """An article from raw bytes: digest, decode, then analyse."""
    text, encoding, warnings = decode(raw, source)
    return ingest_text(text, doc_id=doc_id, source=source, sha256=hashlib.sha256(raw).hexdigest(),
                       encoding=encoding, warnings=warnings)


def read_limited(path: Path, source: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing files over `max_bytes` and naming why a file cannot be read."""
    try:
        if path.is_dir():
            raise IngestError(f"{source}: is a directory")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"{source}: file of {size} bytes is larger than {max_bytes} bytes (limit --max-bytes)")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise IngestError(f"{source}: no such file") from None
    except PermissionError:
        raise IngestError(f"{source}: permission denied") from None
    except IsADirectoryError:
        raise IngestError(f"{source}: is a directory") from None
    except OSError as exc:
        raise IngestError(f"{source}: cannot read file ({exc.strerror or type(exc).__name__})") from None
    if len(raw) > max_bytes:
        raise IngestError(f"{source}: file is larger than {max_bytes} bytes (limit --max-bytes)")
    return raw


HTML_SUFFIXES = (".html", ".htm")
HTML_MAX_DEPTH = 255  # libxml2's nesting limit: text nested deeper is dropped by the parser
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
_VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def html_nesting_depth(page: str) -> int:
    """The deepest element nesting of a page, from its tags alone (one linear pass)."""
    depth = deepest = 0
    for match in _HTML_TAG.finditer(page):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name not in _VOID_ELEMENTS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def ingest_html(raw: bytes, *, doc_id: str, source: str) -> Article:
    """An article from a web page: trafilatura extracts the main text (offsets are into
    that extracted text) and the publication date from the page's metadata."""
    import trafilatura

    page, encoding, warnings = decode(raw, source)
    depth = html_nesting_depth(page)
    if depth > HTML_MAX_DEPTH:
        warnings.append(f"HTML nested {depth} elements deep; text below depth {HTML_MAX_DEPTH} may be missing")
    extracted = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    fields = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    text = fields.get("text") or ""
    if not text.strip():
        raise IngestError(f"{source}: no article text found in the HTML page")
    title = fields.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    article = ingest_text(text, doc_id=doc_id, source=source, sha256=hashlib.sha256(raw).hexdigest(),
                          encoding=encoding, warnings=warnings)
    published = fields.get("date")
    return replace(article, published=published if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) else None)


def ingest_file(path: Path, *, source: str | None = None, max_bytes: int = 20_000_000) -> Article:
    """An article from a file; `doc_id` is the file name without its suffix."""
    path = Path(path)
    where = source if source is not None else path.as_posix()
    raw = read_limited(path, where, max_bytes)
    if path.suffix.lower() in HTML_SUFFIXES:
        return ingest_html(raw, doc_id=path.stem, source=where)
    return ingest_bytes(raw, doc_id=path.stem, source=where)
