"""The one tokenizer: turns text into index terms, the same way at build time and at query time.

Each word is folded (accents, quotes, dashes, case), its possessive dropped, its irregular verb form mapped to
the base form, then Snowball-stemmed. Compounds give their parts and the joined form (``al-Nusra``: ``nusra``
and ``alnusra``); dotted abbreviations become one word; function words are left out. Every term keeps the span
of its word. A term containing a space is a phrase (alias names such as ``islam state``).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import Stemmer

ANALYZER_VERSION = 7
"""Bumped whenever the terms produced for a text change, or the passages and dates read from a file do (3: a
first line that is a sentence is a passage; 4: a name's closing small words are particles, ``put out``; 5: a word
ending in capitals run onto it stays whole, ``MenB``; 6: a passage's speaker is indexed, ``index.speaker_field``;
7: an article paragraph's sayer is read, ``index.sayers``); an index built with another version is rebuilt."""

CONTEXT_MARK = "?"
"""Starts the terms of the question an answer turn is indexed with (a field of its own); no word term can contain it."""

_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’ʼ\-‐‑]\w+)*")
_DOTTED_SIGN = re.compile(r"\.[^\W\d_]\.")
"""What every dotted abbreviation ``_WORD`` takes whole (``U.S.``) holds: a letter between two dots."""
_JOINED_WORD = re.compile(r"\w+(?:['’ʼ\-‐‑]\w+)*")
"""``_WORD`` in a text without ``_DOTTED_SIGN``, where its first alternative cannot match."""
_ASCII_GAPS = bytes(byte if byte > 127 or chr(byte).isalnum() or byte == ord("_") else 32 for byte in range(256))
"""Every ASCII character that is not a word character (``\\w``) made a space."""
_ABBREVIATION = re.compile(r"(?:[^\W\d_]\.){2,}")
_PART_SPLIT = re.compile(r"[\-‐‑_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_POSSESSIVE = re.compile(r"'s$", re.IGNORECASE)
_PHRASE_GAP = re.compile(r"[\s\w\-‐‑'’ʼ]*")
"""What may stand between two words of a phrase: spaces, hyphens, apostrophes and left-out words."""
PARTICLE = "~"
"""Starts a phrase's particle (``~out`` of ``put out``): a left-out word that must follow the phrase's last word."""
_PARTICLE_AT = re.compile(r"[\s\-‐‑]+(\w+)")
_HYPHENED_END = re.compile(r"[\-‐‑](\w+)$")

_FOLD = str.maketrans(
    dict.fromkeys("’‘ʼ′`", "'")
    | dict.fromkeys("“”„", '"')
    | dict.fromkeys("‐‑‒–—―−", "-")
    | dict(zip("øØłŁđĐ", "oOlLdD", strict=True))
    | {"…": "...", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
)

ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et"})
"""Arabic articles: left out when they open a compound name (``al-Nusra``, ``ash-Sham``)."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """
    a about after again all also am an and any are as at be been before being but by can could did do does
    doing done for from had has have having he her here hers him his how i if in into is it its itself just me
    more most my no nor not of off on once only or other our ours out over own same she should so some such
    than that the their theirs them then there these they this those through to too under until up very was we
    were what when where whether which while who whom whose why will with would you your yours yes yeah okay
    ok s t al el dont doesnt didnt isnt wasnt arent werent cant couldnt wouldnt shouldnt wont hasnt havent
    hadnt im ive youre youve theyre theyve weve thats theres whats hes shes
    """
)
"""Function words that carry no meaning for search: never indexed, never searched for."""

QUERY_FILLER = _words(
    """
    tell happen happened happens know please anyone anybody anything someone somebody something show find give
    details info information hey hi hello thanks thank exactly actually really
    """
)
"""Words that only phrase a request (``tell me``, ``what happened``): left out of questions, kept in passages."""

IRREGULAR = {
    form: verb.split()[0]
    for verb in (
        "strike struck stricken", "fight fought", "shoot shot", "lead led", "hold held", "meet met", "tell told",
        "say said says", "speak spoke spoken", "begin began begun", "take took taken", "send sent", "bring brought",
        "catch caught", "win won", "flee fled", "fly flew flown", "drive drove driven", "rise rose risen",
        "know knew known", "see saw seen", "go went gone", "come came", "give gave given", "write wrote written",
        "choose chose chosen", "break broke broken", "hide hid hidden", "steal stole stolen", "freeze froze frozen",
        "lose lost", "seek sought", "buy bought", "think thought", "fall fell fallen", "withdraw withdrew withdrawn",
        "overtake overtook overtaken", "undertake undertook undertaken",
    )
    for form in verb.split()[1:]
}
"""Irregular verb forms and their base form (written first), so ``struck`` finds ``strike`` and ``strikes``."""

KINDRED_EVENTS = (
    "quake earthquake tremor",
    "begin start open launch commence kick",
    "end finish conclude over",
    "resume restart reopen back",
    "return back",
    "release free freed",
    "kill die death dead",
    "attack strike hit bomb raid shell airstrike",
    "seize capture take hijack",
    "collapse break breakdown fail falter",
    "arrive land reach through",
    "leave left depart withdraw exit",
    "announce declare",
    "effect force effective",
    "restore reinstate",
    "swap exchange",
    "expire lapse",
    "deploy dispatch",
    "injure wound",
    "postpone delay",
    "cut sever shut suspend",
    "promise pledge vow said say",
    "first initial earliest",
    "last final latest recent",
    "previous last",
)
"""Words that name the same kind of event in news writing; a question's word finds any word of its line."""

_STEMMERS = threading.local()
"""Each thread's own Snowball stemmer: a PyStemmer object must not be shared between threads."""


@dataclass(frozen=True, slots=True)
class Token:
    """An index term and the span of its word; ``joined`` marks a compound's extra term (``alnusra``), which
    takes no part in phrases."""

    term: str
    start: int
    end: int
    joined: bool = False


def fold(word: str) -> str:
    """Lowercase, strip accents and unify quotes, apostrophes and dashes so that variant spellings meet."""
    if word.isascii():
        return word.replace("`", "'").lower()
    return _strip_accents(word).translate(_FOLD).casefold()


def stem(word: str) -> str:
    """The index term of one folded word: irregular verbs mapped to their base form, then stemmed."""
    return word if word.isdigit() else thread_stemmer().stemWord(IRREGULAR.get(word, word))


def stem_once(word: str) -> str:
    """``stem`` for a word made up on the fly (two words joined, a compound cut in two): the same term, but
    with a stemmer that keeps no cache, so that a long-running process does not grow with such words."""
    return word if word.isdigit() else thread_stemmer(cached=False).stemWord(IRREGULAR.get(word, word))


def thread_stemmer(cached: bool = True) -> Stemmer.Stemmer:
    """The calling thread's English stemmer (``cached``: the one that keeps the stems of words it has seen), made
    on its first use there."""
    name = "cached" if cached else "uncached"
    if not hasattr(_STEMMERS, name):
        setattr(_STEMMERS, name, Stemmer.Stemmer("english") if cached else Stemmer.Stemmer("english", 0))
    return getattr(_STEMMERS, name)


def iter_tokens(text: str) -> Iterator[Token]:
    """Yield the terms of ``text`` in order, each with the span of its source word."""
    for match in _WORD.finditer(text):
        for term, joined in _marked_terms(match.group()):
            yield Token(term, match.start(), match.end(), joined)


def analyze(text: str) -> list[str]:
    """The terms of ``text`` in order, repeats kept (the input BM25 counts)."""
    return list(chain.from_iterable(map(_terms_of_word, _WORD.findall(text))))


def text_words(text: str) -> list[str]:
    """The words of ``text`` as the analyzer cuts them (before folding and stemming). Without a dotted
    abbreviation the pattern's first alternative cannot match; an ASCII text without ``'`` or ``-`` (the only
    ASCII joins) has runs of word characters for words, found by a byte table and a split, several times faster."""
    if _DOTTED_SIGN.search(text):
        return _WORD.findall(text)
    if text.isascii() and "'" not in text and "-" not in text:
        return text.encode("ascii").translate(_ASCII_GAPS).decode("ascii").split()
    return _JOINED_WORD.findall(text)


def analyze_marked(text: str) -> list[tuple[str, bool]]:
    """The terms of ``text`` in order, each with whether it is a compound's joined term (``analyze`` with the
    ``joined`` flag of ``iter_tokens``, without the spans)."""
    return list(chain.from_iterable(map(_marked_terms, _WORD.findall(text))))


def query_terms(question: str) -> dict[str, float]:
    """A question's terms, weighted by how often each occurs, request words (``tell``, ``happened``) left out."""
    return dict(Counter(term for term in analyze(question) if term not in FILLER_TERMS))


def phrase(terms: Iterable[str]) -> str:
    """The single term that stands for a sequence of word terms (a multi-word name)."""
    return " ".join(terms)


def find_phrases(
    text: str, tokens: Sequence[Token], phrases: Collection[tuple[str, ...]] | dict[str, list[tuple[str, ...]]]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(first, last, phrase)``: the token positions of each phrase match and the phrase, longest first, no
    overlaps; words follow each other across spaces, hyphens, apostrophes or left-out words only, or as the parts of
    one hyphened word (``G-20`` matches ``G 20``)."""
    if not phrases:
        return []
    by_first = phrases if isinstance(phrases, dict) else phrase_starts(phrases)
    positions = [n for n, token in enumerate(tokens) if not token.joined]
    found: list[tuple[int, int, tuple[str, ...]]] = []
    index = 0
    while index < len(positions):
        options = by_first.get(tokens[positions[index]].term, [])
        words = next((words for words in options if _phrase_at(text, tokens, positions, index, words)), ())
        length = _word_count(words)
        if length:
            found.append((positions[index], positions[index + length - 1], words))
        index += length or 1
    return found


def phrase_starts(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, longest first: what ``find_phrases`` looks them up in (build it once for
    phrases searched for again and again)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(filter(None, phrases), key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    return by_first


def matched_spans(text: str, terms: Collection[str]) -> list[tuple[int, int]]:
    """The spans of the words of ``text`` whose terms are in ``terms`` (a phrase marks its whole run), in order."""
    tokens = list(iter_tokens(text))
    spans = [(token.start, token.end) for token in tokens if token.term in terms]
    phrases = [tuple(term.split(" ")) for term in terms if " " in term]
    for first, last, _ in find_phrases(text, tokens, phrases):
        spans.append((tokens[first].start, tokens[last].end))
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _word_count(words: tuple[str, ...]) -> int:
    """How many tokens a phrase spans (its particles are none)."""
    return sum(not word.startswith(PARTICLE) for word in words)


def _phrase_at(text: str, tokens: Sequence[Token], positions: list[int], index: int, words: tuple[str, ...]) -> bool:
    if index + _word_count(words) > len(positions):
        return False
    start = end = 0
    offset = 0
    for word in words:
        if word.startswith(PARTICLE):  # the next word, or the last part of the word itself (``cave-in``)
            found = _HYPHENED_END.search(text, start, end)
            if found is None or fold(found.group(1)) != word[len(PARTICLE) :]:
                found = _PARTICLE_AT.match(text, end)
            if found is None or fold(found.group(1)) != word[len(PARTICLE) :]:
                return False
            start = end = found.end()
            continue
        token = tokens[positions[index + offset]]
        offset += 1
        if token.term != word:
            return False
        if offset > 1 and token.start != start and not _PHRASE_GAP.fullmatch(text, end, token.start):
            return False  # (the parts of one hyphened word share its span: ``G-20`` is ``g`` then ``20``)
        start, end = token.start, token.end
    return True


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


WORD_CACHE_SIZE = 1 << 18
"""How many distinct words keep their terms at hand: a corpus repeats its words endlessly, and stemming each
occurrence again would make a large build several times slower."""


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_terms(word: str) -> tuple[tuple[str, bool], ...]:
    """The terms of one word, each with whether it is a compound's joined term; cached, thread-safe."""
    return tuple(_word_parts(word))


def _is_number(word: str) -> bool:
    """Numbers are their own term, and countless (ids, amounts): they bypass the word cache, which would
    otherwise fill with numbers a bot is asked once."""
    return word.isascii() and word.isdigit()


def _marked_terms(word: str) -> tuple[tuple[str, bool], ...]:
    return ((word, False),) if _is_number(word) else _word_terms(word)


def _terms_of_word(word: str) -> tuple[str, ...]:
    return (word,) if _is_number(word) else _word_term_list(word)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_term_list(word: str) -> tuple[str, ...]:
    """The terms of one word, joined terms included."""
    return tuple(term for term, _ in _word_terms(word))


def _case_parts(chunk: str) -> list[str]:
    """A word's parts at its changes of case (``FreeSyria``: ``Free``, ``Syria``; ``NHSEngland``: ``NHS``,
    ``England``; ``alNusra``; a handle run into the next words, ``KelvaWaterBOIL``), unless it is one part and
    capitals run onto it: then it is one name, whose parts are not its words (``MenB`` is no ``men``; ``MenACWY``,
    ``PhD``, ``HepB``, ``mRNA``, ``OpenAI``)."""
    parts = [piece for piece in _CAMEL.split(chunk) if piece]
    return [chunk] if len(parts) == 2 and parts[-1].isupper() else parts


def _word_parts(word: str) -> Iterator[tuple[str, bool]]:
    """The terms of one word: its parts (article dropped) and, for a compound, the parts joined. (Stemmed without
    the stemmer's cache: ``_word_terms`` keeps each word's terms, so a stem is asked for once; a cache of stems would
    only be filled and purged again.)"""
    if word.isalpha() and word.isascii() and (len(word) == 1 or word[1:].islower()):  # most words: one part as is
        part = word.lower()
        if part not in STOPWORDS:
            yield stem_once(part), False
        return
    plain = _strip_accents(word).translate(_FOLD)
    if _ABBREVIATION.fullmatch(plain):
        plain = plain.replace(".", "")
    plain = _POSSESSIVE.sub("", plain).replace("'", "")
    parts = [piece for chunk in _PART_SPLIT.split(plain) if chunk for piece in _case_parts(chunk)]
    parts = [part.casefold() for part in parts]
    if not parts:
        return
    if len(parts) == 1:
        if parts[0] not in STOPWORDS:
            yield stem_once(parts[0]), False
        return
    for number, part in enumerate(parts):
        if part in STOPWORDS or (number < len(parts) - 1 and part in ARTICLES):
            continue
        yield stem_once(part), False
    if not all(part.isdigit() for part in parts):
        yield stem_once("".join(parts)), True


FILLER_TERMS = frozenset(stem(word) for word in QUERY_FILLER)
"""The terms of ``QUERY_FILLER``."""
