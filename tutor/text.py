"""The shared text toolkit: words, stop words, content words, sentences and the best-matching sentence.

One tokeniser (`words`, and `tokenize` for keyword search on top of it), one base stop-word list
(`STOPWORDS`) with named variants where a measure needs its own, one `content_words`, one sentence
splitter (`sentence_spans` / `split_sentences`, with a `SentenceRule` per kind of text) and one
picker of the sentence that best matches a query (`best_sentence`).

The variants exist because each measure was tuned on its own list and its numbers must not move:
every one is written below as the base list plus or minus a few words, with the reason. Words
shorter than a measure's word shape can never reach it (the faithfulness shape needs three
letters), so a variant may differ from the list it replaced in such words only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import Stemmer

T = TypeVar("T")
Words = Callable[[str], Sequence[str]]
"""A function from a text to its words, e.g. `tokenize` or `long_words`."""

# ---------------------------------------------------------------------------------------------------------------
# Word shapes: what one word is, on lower-case text.

SEARCH_WORD = re.compile(r"[a-z0-9]+(?:[&'][a-z0-9]+)*")
"""Keyword search: letters and digits, joined by "&" or an apostrophe ("s&op", "o'brien")."""
TERM_WORD = re.compile(r"[a-z][a-z0-9-]{2,}")
"""Three or more characters from a letter, hyphens and digits kept ("make-to-stock", "mrp2")."""
TERM_LETTERS = re.compile(r"[a-z][a-z-]{2,}")
"""Like `TERM_WORD` without digits ("mrp2" reads as "mrp")."""
ALNUM_WORD = re.compile(r"[a-z0-9]+")
"""Runs of letters or digits: "S&OP" is "s" and "op"."""
LETTERS_2 = re.compile(r"[a-z]{2,}")
"""Runs of two or more letters."""
LETTERS_3 = re.compile(r"[a-z]{3,}")
"""Runs of three or more letters: "make-to-stock" is "make" and "stock"."""
LETTERS_4 = re.compile(r"[a-z]{4,}")
"""Runs of four or more letters: only the longer words."""

# ---------------------------------------------------------------------------------------------------------------
# Stop words: one base list and its named variants.

STOPWORDS = frozenset("""a an and are as at be by can do does each for from had has have how i if in into is it its
me more my of on or per s so than that the their then there this to us was we were what when which with you your
""".split())
"""The base list: English function words that carry no subject."""

SEARCH_STOPWORDS = (STOPWORDS - {"each", "had", "more", "per", "were"}
                    | {"about", "define", "explain", "tell", "these", "too", "vs", "where", "who", "why", "will"})
"""Keyword search (BM25 and the learner-notes matcher): the asking words of a question ("explain", "tell ...
about", "vs") go too, while "each", "more" and "per" stay searchable. The BM25 index was tuned with this list."""

FAITHFULNESS_STOPWORDS = STOPWORDS - {"how", "there", "what", "you", "your"} | {"less", "not"}
"""The faithfulness proxy (`tutor.evaluation.metrics`): "not" and "less" are dropped so that a sentence is not
unsupported for a negation alone; asking words and "you" count, as an answer rarely uses them."""

QUIZ_STOPWORDS = FAITHFULNESS_STOPWORDS - {"does", "had", "has", "have", "was", "were"}
"""The quiz's "might this false statement be true?" overlap (`tutor.quiz.terms`): as faithfulness, but
auxiliary verbs count as content; the generated quiz items depend on it."""

KEY_STOPWORDS = STOPWORDS | {
    "all", "also", "any", "been", "being", "but", "could", "did", "may", "most", "only", "onto", "other", "our",
    "should", "some", "such", "them", "these", "they", "those", "where", "who", "whom", "why", "will", "would",
    "via", "true", "false", "use", "used", "uses"}
"""Whether a model-written key is supported by its quote (`tutor.quiz.authoring`): a wider list, and "true",
"false" and "use" too, so a key is judged on its subject words; "not" stays, so a negated key is not supported
by the plain quote."""

CALC_STOPWORDS = STOPWORDS - {"can", "more", "their", "when", "which"} | {
    "about", "around", "been", "did", "every", "last", "many", "much", "next", "our", "out", "over", "up",
    "whats", "day", "week", "month", "year", "years", "unit", "units"}
"""The calculation reader's cue words (`tutor.inputs.stems`): period and unit words ("per year", "units") go,
as they name no input; "more", "when" and "which" stay for the cues that use them."""

ROW_LABEL_STOPWORDS = STOPWORDS & {"and", "are", "at", "by", "for", "is", "of", "the", "was", "were", "with"}
"""Words that are never the name of a typed row (`tutor.reading.read_named_lists`): only the ones that sit
between a name and its number ("demand of 120 140"). Not "a": rows are often named A, B, C."""

FOLLOW_UP_STOPWORDS = (STOPWORDS & {"a", "an", "and", "for", "it", "its", "of", "that", "the", "this"}
                       | {"they", "them", "same", "example", "formula"})
"""Words of a follow-up that name no topic of their own ("and its formula?", "the same for them"), in
`tutor.answering`: pointers back and the parts a follow-up asks for; "to" and "in" stay, as terms use them."""

# ---------------------------------------------------------------------------------------------------------------
# The tokeniser.

_STEMMER = Stemmer.Stemmer("english")


def words(text: str, shape: re.Pattern[str] = SEARCH_WORD) -> list[str]:
    """The lower-case words of `text` of the given shape, in order (a typographic apostrophe reads as "'").

    Example: words("S&OP vs. the MPS") -> ["s&op", "vs", "the", "mps"]; with LETTERS_3 -> ["the", "mps"]
    """
    return shape.findall(text.lower().replace("’", "'"))


def stem(word: str) -> str:
    """The English (Snowball) stem of one lower-case word: "planning" -> "plan"."""
    return str(_STEMMER.stemWord(word))


def tokenize(text: str) -> list[str]:
    """Keyword-search tokens: words without `SEARCH_STOPWORDS`, stemmed; compounds like "s&op" also yield their parts.

    Example: "S&OP vs. the MPS planning" -> ["s&op", "s", "op", "mps", "plan"]
    """
    found: list[str] = []
    for word in words(text):
        word = word.removesuffix("'s")
        if "&" in word:
            found.append(word)
            found.extend(part for part in word.split("&") if part)
        elif word not in SEARCH_STOPWORDS:
            found.append(word)
    return list(_STEMMER.stemWords(found))


def long_words(text: str) -> list[str]:
    """Words of four or more letters, unstemmed, as a quick overlap measure: "The MRP run nets" -> ["nets"]."""
    return words(text, LETTERS_4)


def content_words(text: str, stop: frozenset[str] = STOPWORDS, shape: re.Pattern[str] = TERM_WORD) -> list[str]:
    """The words of `text` of the given shape that are not in `stop`, lower-case, in order, repeats kept.

    Example: content_words("The reorder point (ROP) is used for an order") -> ["reorder", "point", "rop",
    "used", "order"]
    """
    return [w for w in words(text, shape) if w not in stop]


def longest_run(asked: Sequence[str], tokens: Sequence[str]) -> int:
    """The most words of `asked` found in a row, in order, in `tokens`.

    Example: (["water", "spider", "loop"], ["the", "water", "spider", "walks"]) -> 2
    """
    best = 0
    for i in range(len(asked)):
        for j in range(len(tokens)):
            n = 0
            while i + n < len(asked) and j + n < len(tokens) and asked[i + n] == tokens[j + n]:
                n += 1
            best = max(best, n)
    return best


def best_sentence(candidates: Sequence[T], query: str, text_of: Callable[[T], str] = str, words_of: Words = tokenize,
                  by_run: bool = True) -> T:
    """The candidate sharing most distinct words with `query`; the first one wins a tie.

    With `by_run`, a tie is first broken by the longest run of the query's words in a row. `words_of` turns a
    text into words (default: the stemmed search tokens); `text_of` gives a candidate's text.

    Example: (["MRP nets requirements.", "The water spider walks the loop."], "who walks the water spider loop?")
    -> "The water spider walks the loop."

    Raises:
        ValueError: there is no candidate.
    """
    if not candidates:
        raise ValueError("best_sentence needs at least one candidate")
    asked = list(words_of(query))
    wanted = set(asked)

    def score(candidate: T) -> tuple[int, int]:
        found = list(words_of(text_of(candidate)))
        return len(wanted & set(found)), longest_run(asked, found) if by_run else 0

    return max(candidates, key=score)


# ---------------------------------------------------------------------------------------------------------------
# Sentences.

@dataclass(frozen=True)
class SentenceRule:
    """Where sentences end in one kind of text; the named rules below are the kinds the tutor reads."""

    ends: str = ".!?"
    """Marks that end a sentence when whitespace follows."""
    starts: str = r"[A-Z0-9(\"'*_`]"
    """A pattern the next sentence must start with ("" for anything)."""
    closers: str = ""
    """Marks that may stand between the end mark and the space (closing quotes and brackets)."""
    lines: bool = False
    """Whether every line break ends a sentence too."""
    abbreviations: bool = False
    """Whether a period after an abbreviation, an initial or a list number is kept inside the sentence."""
    collapse: bool = False
    """Whether runs of whitespace are made single spaces first (sentences are then slices of that text)."""


NOTES = SentenceRule()
"""The study notes as chunked and quoted: a break needs a capital, digit or opening mark next ("e.g. bins" holds)."""
PROSE = SentenceRule(starts=r"[\"'“‘(\[*_`]*[A-Z0-9À-Þ]", closers="\"'”’)]", abbreviations=True, collapse=True)
"""A learner's own files: abbreviations ("Mrs.", "e.g."), initials, decimals and list numbers are known."""
ANSWER = SentenceRule(starts="")
"""An answer being measured: every end mark followed by whitespace is a break."""
QUESTION = SentenceRule(ends=".?!;", starts="", lines=True)
"""A calculation question: ";" and every line break end a sentence too, so each typed line is one."""
ASKING = SentenceRule(ends=".!", starts="")
"""The asking end of a calculation question: "?" ends no sentence, so "What is the yield in %? Round it." is one."""
SENTENCE_END = re.compile(r"[.?!](?:\s|$)|\n")
"""Where the calculation reader ends a cue's segment: an end mark before whitespace or the end of the text (a final
"." counts, unlike `QUESTION`), or a line break. For finding the next end from a position, not for splitting."""

_ABBREVIATIONS = frozenset("mr mrs ms mx dr prof rev st vs etc e.g i.e eg ie cf al approx ca".split())
"""Words whose trailing period never ends a sentence ("Mrs. Okafor", "e.g. bins", "push vs. pull")."""
_BEFORE_NUMBER = frozenset("no nos p pp fig figs vol ch sec eq ref jan feb mar apr jun jul aug sep sept oct nov dec"
                           .split())
"""Abbreviations only when a number follows ("press No. 4", "p. 12"); "The answer is no. Then" still splits."""
_BOUNDARIES: dict[SentenceRule, re.Pattern[str]] = {}


def _boundary(rule: SentenceRule) -> re.Pattern[str]:
    if rule not in _BOUNDARIES:
        close = f"[{re.escape(rule.closers)}]*" if rule.closers else ""
        ahead = f"(?={rule.starts})" if rule.starts else ""
        pattern = rf"(?P<mark>[{re.escape(rule.ends)}]+)(?P<close>{close})(?P<gap>\s+){ahead}"
        _BOUNDARIES[rule] = re.compile(f"{pattern}|(?P<line>\\n)" if rule.lines else pattern)
    return _BOUNDARIES[rule]


def sentence_spans(text: str, rule: SentenceRule = PROSE) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` under `rule`: end marks included, the whitespace between left out.

    Blank stretches are skipped; `rule.collapse` is not applied here (positions are in `text` as given).

    Example: sentence_spans("MRP nets. Then it offsets.", NOTES) -> [(0, 9), (10, 26)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _boundary(rule).finditer(text):
        if rule.lines and match.group("line") is not None:
            end, after = match.start(), match.end()
        else:
            end, after = match.start("gap"), match.end()
            if (rule.abbreviations and match.group("mark") == "." and not match.group("close")
                    and _abbreviated(text[start:match.start()], text[after:])):
                continue
        spans.append((start, end))
        start = after
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def split_sentences(text: str, rule: SentenceRule = PROSE) -> list[str]:
    """The sentences of `text` under `rule` (default: `PROSE`), each a verbatim slice of the text.

    With `PROSE`, whitespace is collapsed first and every sentence is a slice of the collapsed text.

    Example: "Ask Mrs. Okafor, e.g. at 2.5 h. J. R. Smith agrees. Then stop." ->
    ["Ask Mrs. Okafor, e.g. at 2.5 h.", "J. R. Smith agrees.", "Then stop."]
    """
    text = str(text or "")
    if rule.collapse:
        text = " ".join(text.split())
    return [text[a:b] for a, b in sentence_spans(text, rule)]


def sentence_at(text: str, position: int, rule: SentenceRule = QUESTION) -> str:
    """The sentence of `text` holding the character at `position` ("" when it falls between sentences).

    Example: sentence_at("Demand is 120. Ignore the 5% discount.", 26) -> "Ignore the 5% discount."
    """
    return next((text[a:b] for a, b in sentence_spans(text, rule) if a <= position < b), "")


def _abbreviated(before: str, following: str) -> bool:
    """True when the period after `before` belongs to a word ("Dr.", "e.g.", "J.", "No. 4") or list number."""
    found = before.split()
    if not found:
        return False
    word = found[-1].lstrip("([\"'“‘*_").lower()
    if word in _ABBREVIATIONS or (word in _BEFORE_NUMBER and following[:1].isdigit()):
        return True
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):  # U.S., a.m.
        return True
    if re.fullmatch(r"\d{1,2}|[a-z]", word) and (len(found) == 1 or found[-2].endswith(":")):
        return True  # a list number: "Steps: 1. Count the bins"
    # an initial after a name or title ("George W. Bush", "Dr. W. Edwards") or before one ("and J. R. Smith");
    # not a letter ending a phrase ("grouped as A, B or C. Then") or a formula ("(A / Q) × S. Average")
    return bool(re.fullmatch(r"[A-Z]", found[-1].lstrip("([\"'“‘"))) and (
        len(found) == 1 or bool(re.fullmatch(r"[A-Z][A-Za-z'.-]*", found[-2].strip(",;:")))
        or bool(re.match(r"[A-Z]\.\s", following)))
