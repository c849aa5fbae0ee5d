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
from tutor.text import QUIZ_STOPWORDS, TERM_LETTERS, content_words, stem

BLANK = "____"
_IMPERATIVE = re.compile(r"^(?:do not|don't|remember|note|watch|beware|never|always|see)\b", re.I)


def cite(sentence: Sentence) -> Citation:
    """A citation quoting one sentence of a chunk verbatim."""
    meta = sentence.chunk.metadata
    return Citation(chunk_id=str(meta["chunk_id"]), source=str(meta["source"]), title=str(meta["heading"]),
                    domain=str(meta["domain"]), quote=sentence.text)


def overlap_words(text: str) -> set[str]:
    """The content words two texts are compared by (`QUIZ_STOPWORDS` left out), e.g. an option and a stem."""
    return set(content_words(plain(text), QUIZ_STOPWORDS, TERM_LETTERS))


def _words(text: str) -> int:
    return len(text.split())


def _item(entry: TermEntry, kind: Kind, difficulty: int, stem: str, explanation: str, citations: list[Citation],
          options: list[str] | None = None, answer: object = 0, key_names: list[str] | None = None) -> QuizItem:
    return QuizItem(kind=kind, domain=entry.domain, subtopic=entry.subtopic, difficulty=difficulty, stem=stem,
                    options=options or [], answer=answer, explanation=explanation, citations=citations,
                    key_names=key_names or [])


_LEAD = re.compile(r"^(?:(?:A\(n\)|An?|The)\s+)?____\s+(?:is|are|means|refers\s+to)\s+(?=\S)", re.I)
_PRONOUN = re.compile(r"^(?:it|its|they|their|this|these|that|those|such|both|each|here|there|he|she)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|none|neither|nor|without|unless|rather|instead|only)\b|n't\b", re.I)
# one detail a false statement changes: each word and its opposite (whole words, lower case); not before/after,
# first/last, above/below, fixed/variable, short/long or high/low, which reviewers found could still be defended
_OPPOSITES = dict(pair for a, b in (
    ("higher", "lower"), ("larger", "smaller"), ("longer", "shorter"), ("increases", "decreases"),
    ("increase", "decrease"), ("raises", "lowers"), ("inbound", "outbound"),
    ("maximum", "minimum"), ("internal", "external"), ("independent", "dependent"), ("forward", "backward"),
    ("finite", "infinite"), ("rises", "falls"), ("faster", "slower"), ("push", "pull"),
    ("shortens", "lengthens"), ("increasing", "decreasing"),
) for pair in ((a, b), (b, a)))


# two roles a sentence may exchange when it names each once
_ROLES = (("buyer", "seller"), ("supply", "demand"), ("input", "output"), ("inputs", "outputs"),
          ("parent", "component"))  # not supplier/customer or upstream/downstream: a flow may be drawn either way


def described(entry: TermEntry, text: str) -> str | None:
    """What a definition says of its subject, with the subject and its verb taken off, grammar-neutral.

    Example: "A(n) ____ is a plan of what to build." -> "A plan of what to build." (None when the sentence does
    not open with the concept's name and "is/are/means", or names it again later).
    """
    masked = entry.mask(text)
    lead = _LEAD.match(masked)
    if lead is None:
        return None
    rest = masked[lead.end():].strip()
    if "____" in rest or entry.mentions_own_name(rest) or _words(rest) < 6:
        return None
    if re.search(r"\b(?:Japanese|German|French|Latin|Greek)\b", rest):
        return None  # "the German word for beat" points at the one German option
    return rest[:1].upper() + rest[1:]


def _one_option_echoes(text: str, key: str, others: list[str]) -> bool:
    """Whether `text` shares a word with the key's name that none of the other options has.

    Example: "the TOC approach to management accounting" points at "Throughput accounting" alone.
    """
    said = _stems(text)
    initials = "".join(w[0] for w in overlap_words(text) if w) if len(key) <= 12 else ""
    acronym = next((w for w in overlap_words(key) if len(w) >= 3 and w.upper() in key and w in initials), None)
    shared = (said & _stems(key)) | ({acronym} if acronym else set())  # "plan, do, check, act" spells PDCA
    return bool(shared - set().union(*(_stems(o) for o in others)))


def _stems(text: str) -> set[str]:
    """The stemmed content words of a text: "slot" and "Slotting" meet as "slot"."""
    return {stem(w) for w in overlap_words(text)}


def _opening(text: str, words: int = 6) -> str:
    """The first words of an option, to name it in an explanation: "The cost of keeping inventory on …"."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _gist(entry: TermEntry) -> str:
    """What a distractor is, in a few words from its definition: "a pull signal that authorizes …"."""
    said = described(entry, entry.definition.text) if entry.definition is not None else None
    if said is None:
        return "a different concept of the same topic"
    return _opening(said[:1].lower() + said[1:], 12)


def term_choice(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """"Which term does this describe?" with the term's definition, subject and verb taken off.

    No article or number tells which option fits; the three other options are terms of its neighbourhood.
    """
    definition = entry.definition
    if definition is None or not entry.is_term:
        return None
    description = described(entry, definition.text)
    distractors = bank.distractors(entry, 3, rng)
    if description is None or len(distractors) < 3:
        return None
    if _one_option_echoes(description, entry.term, [d.term for d in distractors]):
        return None
    confused = [d.term for d in distractors if normalize(d.term) in {normalize(c) for c in entry.confused_with}]
    explanation = f"**{entry.term}**: {plain(definition.text)}"
    explanation += " Why not the others: " + "; ".join(
        f"**{d.term}** is {_gist(d)}" for d in distractors) + "."
    if confused:
        explanation += (f" {' and '.join(confused)} {'is' if len(confused) == 1 else 'are'} the most often "
                        "confused with it.")
    return _item(entry, Kind.MCQ, 1, f"Which term does this describe?\n\n> {description}", explanation,
                 [cite(definition)], [entry.bare, *(d.bare for d in distractors)], 0,
                 [n for n in entry.names if n != entry.bare])


def definition_choice(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """"Which describes X?" with what the definitions of X and three neighbouring terms say, subjects taken off."""
    definition = entry.definition
    key = described(entry, definition.text) if definition is not None and entry.is_term else None
    if key is None:
        return None
    options = [key]
    others: list[TermEntry] = []
    for candidate in bank.distractors(entry, 6, rng):
        other = candidate.definition
        if other is None or entry.mentions_own_name(other.text) or len(others) == 3:
            continue
        text = described(candidate, other.text)
        if text is None or not 0.6 <= _words(text) / _words(key) <= 1.6:
            continue  # an option much shorter or longer than the others stands out as the key (or as a distractor)
        if normalize(text) not in {normalize(o) for o in options}:
            options.append(text)
            others.append(candidate)
    if len(options) < 4:
        return None
    if _one_option_echoes(key, entry.bare, options[1:]):
        return None  # the key repeats a word of the name asked about, and no other option does
    pairs = zip(options[1:], others, strict=True)
    why_not = "; ".join(f"“{_opening(text)}” describes **{o.term}**" for text, o in pairs)
    explanation = f"**{entry.term}**: {plain(definition.text)} Why not the others: {why_not}."
    return _item(entry, Kind.MCQ, 2, f"Which of these describes **{entry.term}**?", explanation, [cite(definition)],
                 options, 0)


def _statements(entry: TermEntry) -> list[Sentence]:
    """Whole sentences of the entry's definition and how-it-works parts that open with one of its own names."""
    out = []
    for sentence in entry.part(Part.DEFINITION) + entry.part(Part.HOW):
        text = plain(sentence.text)
        if not 8 <= _words(text) <= 45 or "?" in text or text.endswith(":") or _IMPERATIVE.match(text):
            continue
        if _PRONOUN.match(text) or not _LEAD.match(entry.mask(text) if entry.names_itself(text) else ""):
            continue  # the subject must be named, and it must be the concept itself
        out.append(sentence)
    return out


def true_statement(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """A true statement word for word from the entry, naming its subject ("X is/are/means ...")."""
    candidates = _statements(entry)
    if not candidates or not entry.is_term:
        return None
    sentence = rng.choice(candidates)
    return _item(entry, Kind.TRUE_FALSE, 1, f"True or false?\n\n> {plain(sentence.text)}",
                 f"True. {plain(sentence.text)}", [cite(sentence)], answer=True)


def false_statement(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """A false statement of the same shape as a true one ("X is/are ..."): one detail turned to its opposite.

    The detail is a direction, an amount or a relation of a true sentence of the entry. It is never another term's
    definition given to this one: reviewers found that form gives the key away (a process described as a quantity).
    """
    if not entry.is_term:
        return None
    candidates = _statements(entry)
    rng.shuffle(candidates)
    for sentence in candidates:
        text = plain(sentence.text)
        if _NEGATION.search(text) or re.search(r"\d", text):
            continue
        changed = _turn_over(text, entry)
        if changed is None:
            continue
        statement, said, instead = changed
        if said.lower() in statement.lower():  # two roles exchanged
            how = f"the statement exchanges \u201c{said}\u201d and \u201c{instead}\u201d"
        else:
            how = f"the statement says \u201c{instead}\u201d where the notes say \u201c{said}\u201d"
        explanation = f"False: {how}. The notes: {text}"
        return _item(entry, Kind.TRUE_FALSE, 2, f"True or false?\n\n> {statement}", explanation, [cite(sentence)],
                     answer=False)
    return None


def _turn_over(text: str, entry: TermEntry) -> tuple[str, str, str] | None:
    """The sentence with one detail turned over, what it said and what it says now; None when none can be.

    One word whose opposite the sentence does not hold ("higher" -> "lower"), or two roles exchanged when the
    sentence names each once ("the supplier manages the customer's stock" -> "the customer manages the
    supplier's stock"). Words of the concept's own name are never changed.
    """
    words = re.findall(r"[A-Za-z]+", text)
    low = [w.lower() for w in words]
    own = " ".join(normalize(n) for n in entry.names)
    for a, b in _ROLES:
        if low.count(a) != 1 or low.count(b) != 1 or re.search(rf"\b(?:{a}|{b})\b", own):
            continue
        between = re.search(rf"\b(?:{a}|{b})\b(.*?)\b(?:{a}|{b})\b", text, re.I)
        if between and not re.search(r",|\b(?:and|or|nor)\b", between.group(1)):  # roles, not items of a list
            def other(m: re.Match[str], a: str = a, b: str = b) -> str:
                word = b if m.group(1).lower() == a else a
                return word.capitalize() if m.group(1)[0].isupper() else word

            swapped = re.sub(rf"\b({a}|{b})\b", other, text, flags=re.I)
            return swapped, a, b
    found = [w for w in words if w.lower() in _OPPOSITES]
    if len(found) != 1 or _OPPOSITES[found[0].lower()] in low or re.search(rf"\b{found[0]}\b", own, re.I):
        return None  # exactly one such word, its opposite not in the sentence ("higher or lower"), not in the name
    word = found[0]
    opposite = _OPPOSITES[word.lower()]
    opposite = opposite.capitalize() if word[0].isupper() else opposite
    return re.sub(rf"\b{word}\b", opposite, text, count=1), word, opposite


def cloze(entry: TermEntry, bank: TermBank, rng: random.Random) -> QuizItem | None:
    """The term blanked out of its definition; its own names (acronym, spelling variants, aliases) are accepted."""
    definition = entry.definition
    if definition is None or not entry.is_term or not entry.names_itself(definition.text):
        return None  # a topic heading ("Product life cycle and forecasting") is no answer to type
    masked = entry.mask(definition.text, BLANK)
    if masked.count(BLANK) != 1 or entry.mentions_own_name(masked) or _words(masked) < 8:
        return None
    if _stems(entry.bare) <= _stems(masked):
        return None  # every word of the answer is in the sentence ("sample ... accepting" -> acceptance sampling)
    low = normalize(plain(definition.text))  # the name the sentence used first, then the other own names
    accepted = sorted(entry.own, key=lambda n: (f" {normalize(n)} " not in f" {low} ", -len(n)))
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
        if entry.mentions_own_name(sentence.text):
            break  # the example names the concept from here on: what came before is the situation
        if _words(" ".join(s.text for s in picked)) + _words(sentence.text) > 70:
            break
        picked.append(sentence)
    situation = " ".join(plain(s.text) for s in picked)
    distractors = bank.distractors(entry, 3, rng)
    if _words(situation) < 12 or entry.mentions_own_name(situation) or len(distractors) < 3:
        return None
    if _one_option_echoes(situation, entry.term, [d.term for d in distractors]):
        return None  # the example says the concept's own words ("so break-even is 6,000 units")
    stem = f"{situation}\n\nWhich concept does this situation illustrate?"
    explanation = f"This illustrates **{entry.term}**: {plain(definition.text)}"
    return _item(entry, Kind.SCENARIO, 3 if len(picked) > 1 else 2, stem, explanation,
                 [*(cite(s) for s in picked), cite(definition)], [entry.bare, *(d.bare for d in distractors)], 0,
                 [n for n in entry.names if n != entry.bare])
