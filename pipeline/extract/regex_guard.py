"""A first-character guard for the scanning regexes: the same matches, found sooner.

Python's `re` tries a pattern at every position of the text; a pattern that is
an alternation of many words (month names, currency words, number words)
pays for every alternative at every position, though most positions start
with a character no alternative can start with. `guarded(pattern)` reads the
pattern's parse tree, collects every character a match can begin with (a
literal, a class, a category such as `\\d`, case-folded where the pattern
ignores case) and puts that set in a lookahead in front: `(?=[...])(?:...)`.
The lookahead consumes nothing and captures nothing, so `search`, `match` and
`finditer` return the same matches, groups and spans; a pattern whose first
character cannot be bounded (it can match the empty string, or start with
`.` or a negated class) is returned unchanged.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_CHARSET_FLAGS = re.ASCII | re.LOCALE | re.UNICODE  # a group changing these would read \w, \d otherwise
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


class Unbounded(Exception):
    """Any character may open a match: no guard."""


class FirstChars:
    """Class items a match may begin with, apart for the case-sensitive and case-insensitive parts."""

    def __init__(self) -> None:
        self.sensitive: list[str] = []
        self.insensitive: list[str] = []

    def add(self, item: str, ignore_case: bool) -> None:
        (self.insensitive if ignore_case else self.sensitive).append(item)

    def lookahead(self) -> str:
        classes = []
        if self.sensitive:
            classes.append("[" + "".join(dict.fromkeys(self.sensitive)) + "]")
        if self.insensitive:
            classes.append("(?i:[" + "".join(dict.fromkeys(self.insensitive)) + "])")
        return "(?=" + "|".join(classes) + ")"


def class_items(items: list) -> str:
    """The source of a parsed character class's items; Unbounded for a negated or unusual one."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise Unbounded
    return "".join(out)


def collect_first(data: list, ignore_case: bool, found: FirstChars) -> bool:
    """Add the characters a match of the parsed sequence `data` may begin with; True when it can match
    the empty string (then what follows it may begin the match too)."""
    for op, av in data:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the first character is still to come
        if op is sre.LITERAL:
            found.add(re.escape(chr(av)), ignore_case)
            return False
        if op is sre.IN:
            found.add(class_items(av), ignore_case)
            return False
        if op is sre.BRANCH:
            if not any([collect_first(alt.data, ignore_case, found) for alt in av[1]]):
                return False
        elif op is sre.SUBPATTERN:
            _, add, remove, sub = av
            if (add | remove) & _CHARSET_FLAGS:
                raise Unbounded
            scoped = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if not collect_first(sub.data, scoped, found):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not collect_first(av.data, ignore_case, found):
                return False
        elif op in _REPEATS:
            if not collect_first(av[2].data, ignore_case, found) and av[0] > 0:
                return False
        else:
            raise Unbounded  # any character, a negated literal, a back-reference...
    return True


def first_char_lookahead(pattern: re.Pattern[str] | str, flags: int = 0) -> str | None:
    """`(?=[...])` holding every character a match of `pattern` may begin with, or None."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    tree = sre_parse.parse(source, flags)
    found = FirstChars()
    try:
        if collect_first(tree.data, bool(tree.state.flags & re.IGNORECASE), found):
            return None
    except Unbounded:
        return None
    return found.lookahead()


def compile_guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` with the first-character lookahead in front when there is one
    (the unguarded pattern is never compiled: a grammar's start-up pays for one compilation)."""
    lookahead = first_char_lookahead(source, flags)
    if lookahead is None:
        return re.compile(source, flags)
    head = _GLOBAL_FLAGS.match(source)  # "(?i)" must stay first
    start = head.end() if head else 0
    return re.compile(source[:start] + lookahead + "(?:" + source[start:] + ")", flags)


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its first-character lookahead in front (the same object when there is none)."""
    if first_char_lookahead(pattern) is None:
        return pattern
    return compile_guarded(pattern.pattern, pattern.flags)
