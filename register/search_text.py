"""Folding names and documents for search, so a person is found however their name was typed.

A name is folded to one Latin key: NFC, confusable letters resolved to the script of the word they
sit in (the idea of Unicode UTS #39 skeletons: a Latin "a" inside a Cyrillic name is read as the
Cyrillic "а"), case folded, Kazakh letters read as their Russian neighbours (Қ/К, Ғ/Г, Ң/Н, Ө/О,
Ұ Ү/У, Һ/Х, І/И, Ә/А), Cyrillic transliterated, and the spellings transliteration varies on
(y/i, q/k, kh/h, zh/j, doubled letters, accents) made one. "Қасымов", "Касымов", "Kasymov",
"Kassymov" and "Qasymov" all fold to "kasimov". Separators are dropped, so "Әл-Фараби" and
"Al Farabi" meet; a query is matched word by word, each word anywhere in the key.

A document is folded to its digits: "014349049" finds "Удостоверение личности РК № 014349049".

Pure functions, no database: the register stores the keys with each person and custody
(register/store.py, register/projection.py) and folds a query the same way (register/queries.py).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Confusables, both ways, before case is folded (an upper-case Latin H looks like a Cyrillic Н, a
# lower-case h like the Kazakh һ).
_LATIN_TO_CYRILLIC = str.maketrans("AaBCcEeHhIiKMOoPpTXxYy", "АаВСсЕеНһІіКМОоРрТХхУу")
_CYRILLIC_TO_LATIN = str.maketrans("АаВСсЕеНһІіКМОоРрТХхУу", "AaBCcEeHhIiKMOoPpTXxYy")

# Kazakh letters read as the Russian ones a Russian keyboard types for them, then Cyrillic to Latin.
_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "j",
    "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f",
    "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}
# Latin letters whose accents carry a sound of their own in Kazakh and Turkish spellings.
_LATIN_SPECIAL = {"ş": "sh", "ç": "ch", "ı": "i", "ß": "ss", "æ": "ae", "ø": "o"}
# Spellings that transliterations of one Cyrillic name vary on, made one (applied in order).
_LATIN_VARIANTS = (("kh", "h"), ("zh", "j"), ("dj", "j"), ("q", "k"), ("w", "v"), ("y", "i"), ("x", "ks"))
_DOUBLED = re.compile(r"(.)\1+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


def _resolve_confusables(word: str) -> str:
    """Read the letters that look alike in both scripts as the script most of the word is in."""
    cyrillic = sum(_is_cyrillic(ch) for ch in word)
    latin = sum(_is_latin(ch) for ch in word)
    if cyrillic and latin:
        return word.translate(_LATIN_TO_CYRILLIC if cyrillic >= latin else _CYRILLIC_TO_LATIN)
    return word


def _latin(word: str) -> str:
    out = []
    for ch in word:
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[ch])
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    text = "".join(out)
    for variant, one in _LATIN_VARIANTS:
        text = text.replace(variant, one)
    text = text.replace("ie", "e")  # Yerlan / Ерлан, Zhumabayev / Жумабаев
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=65536)  # a group's write folds the same names again for the board's projection
def _fold_word(word: str) -> str:
    word = unicodedata.normalize("NFC", word)
    return _latin(_resolve_confusables(word).casefold())


def name_words(text: str) -> list[str]:
    """The folded words of a name or query, letters only (words with digits are a document's)."""
    words = []
    for token in (text or "").split():
        if any(ch.isdigit() for ch in token):
            continue
        words += [w for w in (_fold_word(part) for part in _WORD.findall(token)) if w]
    return words


def name_key(name: str | None) -> str:
    """The key a name is stored under: its folded words run together."""
    return "".join(name_words(name or ""))


def names_alike(first: str, second: str) -> bool:
    """Whether two names may be one person's: at least two folded words in common (one, when either name
    has only one), whatever the order, the patronymic or the script they were typed in."""
    one, other = set(name_words(first)), set(name_words(second))
    return bool(one and other) and len(one & other) >= min(2, len(one), len(other))


def document_key(document: str | None) -> str:
    """The key a document is stored under: its digits (any script's digits read as 0-9)."""
    return "".join(str(unicodedata.digit(ch)) for ch in unicodedata.normalize("NFC", document or "")
                   if ch.isdigit() and unicodedata.digit(ch, None) is not None)


MIN_DOCUMENT_DIGITS = 3
DOCUMENT_TAIL = 4  # the digits of a document shown to an officer who may not read the person (namesakes)


@dataclass(frozen=True)
class SearchTerms:
    """A query folded for matching: every word must occur in the name key, or the digits in the
    document key, or the text is an exact id (custody, person)."""
    text: str
    words: tuple[str, ...]
    digits: str | None

    @property
    def empty(self) -> bool:
        return not self.text


def search_terms(text: str | None) -> SearchTerms:
    text = unicodedata.normalize("NFC", (text or "").strip())
    digits = document_key(text)
    return SearchTerms(text, tuple(name_words(text)), digits if len(digits) >= MIN_DOCUMENT_DIGITS else None)


def like_pattern(fragment: str) -> str:
    """`%fragment%` for SQL LIKE with the fragment's own `%`, `_` and `\\` taken literally (ESCAPE '\\')."""
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
