"""Item generators over concept entries: term ↔ definition choice, true/false, cloze and scenarios.

Each generator returns one item with the key at option 0 (the engine places keys), or None when
the entry does not lend itself to that kind (no definition naming the term, no usable example...).
Every quote is a verbatim sentence of a chunk; stems never name the answer.
"""

from __future__ import annotations

import random
import re

from tutor.composer import Sentence
from tutor.corpus import Part
from tutor.models import Citation
from tutor.quiz.bank import TermBank, TermEntry, plain
from tutor.quiz.items import Kind, QuizItem, normalize
from tutor.text import QUIZ_STOPWORDS, TERM_LETTERS, content_words

BLANK = "____"
_IMPERATIVE = re.compile(r"^(?:do not|don't|remember|note|watch|beware|never|always|see)\b", re.I)


def cite(sentence: Sentence) -> Citation:
    """A citation quoting one sentence of a chunk verbatim."""
    meta = sentence.chunk.metadata
    return Citation(chunk_id=str(meta["chunk_id"]), source=str(meta["source"]), title=str(meta["heading"]),
                    domain=str(meta["domain"]), quote=sentence.text)


def _overlap_words(text: str) -> set[str]:
    """The words compared to tell whether a statement might be true of a term (`QUIZ_STOPWORDS` left out)."""
    return set(content_words(plain(text), QUIZ_STOPWORDS, TERM_LETTERS))


def _words(text: str) -> int:
    return len(text.split())


def _item(entry: TermEntry, kind: Kind, difficulty: int, stem: str, explanation: str, citations: list[Citation],
          options: list[str] | None = None, answer: object = 0, key_names: list[str] | None = None) -> QuizItem:
    return QuizItem(kind=kind, domain=entry.domain, subtopic=entry.subtopic, difficulty=difficulty, stem=stem,
                    options=options or [], answer=answer, explanation=explanation, citations=citations,
                    key_names=key_names or [])


def term_choice(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """"Which term matches this description?" with the term's definition, names blanked."""
    definition = entry.definition
    if definition is None or not entry.is_term or not entry.mentions_own_name(definition.text):
        return None
    masked = entry.mask(definition.text)
    distractors = bank.distractors(entry, 3, rng)
    if _words(masked) < 8 or entry.mentions_own_name(masked) or len(distractors) < 3:
        return None
    confused = [d.term for d in distractors if normalize(d.term) in {normalize(c) for c in entry.confused_with}]
    explanation = f"**{entry.term}**: {plain(definition.text)}"
    if confused:
        explanation += f" It is often confused with {', '.join(confused)}."
    return _item(entry, Kind.MCQ, 1, f"Which term matches this description?\n\n> {masked}", explanation,
                 [cite(definition)], [entry.term, *(d.term for d in distractors)], 0,
                 [n for n in entry.names if n != entry.term])


def neutral(entry: TermEntry, text: str) -> str:
    """A definition with its own names taken out: "ATP is the ..." -> "It is the ..."."""
    # one plain lower-case word ("resource", "parent") is a common word here, not the concept's name
    masked = entry.mask(text, "§", names=[n for n in entry.names if len(n.split()) > 1 or not n.islower()])
    masked = re.sub(r"^(?:A\(n\)\s+|The\s+)?§\s+(is|are|means|refers)\b",  # "Finished goods are" -> "They are"
                    lambda m: f"{'They' if m.group(1) == 'are' else 'It'} {m.group(1)}", masked)
    masked = re.sub(r"\b(?:[Tt]he|[Aa]n?|A\(n\))\s+§", "this concept", masked)  # not "the this concept"
    masked = masked.replace("§", "this concept")
    return masked[:1].upper() + masked[1:]


def definition_choice(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """"Which statement describes X?" with the definitions of X and of three confusable terms."""
    definition = entry.definition
    if definition is None:
        return None
    options = [neutral(entry, definition.text)]
    others: list[TermEntry] = []
    for candidate in bank.distractors(entry, 6, rng):
        other = candidate.definition
        if other is None or entry.mentions_own_name(other.text) or len(others) == 3:
            continue
        text = neutral(candidate, other.text)
        if _words(text) >= 6 and normalize(text) not in {normalize(o) for o in options}:
            options.append(text)
            others.append(candidate)
    if len(options) < 4 or _words(options[0]) < 6:
        return None
    explanation = (f"**{entry.term}**: {plain(definition.text)} The other options describe "
                   f"{', '.join(o.term for o in others)}.")
    return _item(entry, Kind.MCQ, 2, f"Which statement describes **{entry.term}**?", explanation, [cite(definition)],
                 options, 0)


def true_statement(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """A true statement taken word for word from the entry."""
    candidates = [s for s in entry.part(Part.DEFINITION) + entry.part(Part.HOW)
                  if entry.mentions_own_name(s.text) and 8 <= _words(s.text) <= 45 and "?" not in s.text
                  and not _IMPERATIVE.match(plain(s.text)) and not s.text.rstrip().endswith(":")]
    if not candidates:
        return None
    sentence = rng.choice(candidates)
    return _item(entry, Kind.TRUE_FALSE, 1, f"True or false?\n\n> {plain(sentence.text)}",
                 f"True. {plain(sentence.text)}", [cite(sentence)], answer=True)


def false_statement(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """A confusable term's definition attributed to this term, checked not to be true of it."""
    own = entry.definition
    if not entry.is_term:
        return None
    confused = [c for c in (bank.resolve(n) for n in entry.confused_with) if c and not bank.related(entry, c)]
    rng.shuffle(confused)
    name = entry.bare
    for other in confused:
        definition = other.definition
        if definition is None or own is None or entry.mentions_own_name(definition.text):
            continue
        text = plain(definition.text)
        lead = next((m for n in sorted(other.names, key=len, reverse=True)
                     if (m := re.match(rf"^(?:(?:An?|The)\s+)?{re.escape(n)}(?:\s*\([^)]*\))?\s+(?=is|are|means)",
                                       text, re.I))), None)
        if lead is None:
            continue
        statement = f"{name[0].upper()}{name[1:]} {text[lead.end():]}"
        words = _overlap_words(text[lead.end():])
        if not words or any(len(words & _overlap_words(s.text)) / len(words) >= 0.5 for s in entry.sentences):
            continue  # too close to something the notes say about this term: it might be true
        explanation = (f"False. That describes **{other.term}**: {plain(definition.text)} "
                       f"**{entry.term}**: {plain(own.text)}")
        return _item(entry, Kind.TRUE_FALSE, 2, f"True or false?\n\n> {statement}", explanation,
                     [cite(definition), cite(own)], answer=False)
    return None


def cloze(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """The term blanked out of its definition; every name of the term is accepted."""
    definition = entry.definition
    if definition is None or not entry.mentions_own_name(definition.text):
        return None
    masked = entry.mask(definition.text, BLANK)
    if masked.count(BLANK) != 1 or entry.mentions_own_name(masked) or _words(masked) < 8:
        return None
    low = normalize(plain(definition.text))
    accepted = sorted(entry.names, key=lambda n: (f" {normalize(n)} " not in f" {low} ", -len(n)))
    return _item(entry, Kind.CLOZE, 2, f"Fill in the blank:\n\n> {masked}",
                 f"**{entry.term}**: {plain(definition.text)}", [cite(definition)], answer=list(accepted))


def scenario(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """A situation from the entry's example: which concept does it illustrate?"""
    example = entry.part(Part.EXAMPLE)
    definition = entry.definition
    if not example or definition is None or not entry.is_term:
        return None
    picked: list[Sentence] = []
    for sentence in example:
        if _words(" ".join(s.text for s in picked)) + _words(sentence.text) > 70:
            break
        picked.append(sentence)
    situation = " ".join(entry.mask(s.text, "this") for s in picked)
    distractors = bank.distractors(entry, 3, rng)
    if _words(situation) < 12 or entry.mentions_own_name(situation) or len(distractors) < 3:
        return None
    stem = f"{situation}\n\nWhich concept does this situation illustrate?"
    explanation = f"This illustrates **{entry.term}**: {plain(definition.text)}"
    return _item(entry, Kind.SCENARIO, 3 if len(picked) > 1 else 2, stem, explanation,
                 [*(cite(s) for s in picked), cite(definition)], [entry.term, *(d.term for d in distractors)], 0,
                 [n for n in entry.names if n != entry.term])
