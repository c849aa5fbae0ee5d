"""Grading a learner's response to a `QuizItem`: forgiving about how an answer is written, strict about what it says.

Choice items take a letter, a 0-based index, an option number or the option's text; true/false items
take the usual spellings of yes and no; cloze items ignore case and leading articles and forgive one
typo in a long word; numeric items read the first number written the way people write them and
compare it within the item's tolerance. A response that cannot be read at all raises `QueryError`
with a message saying what was expected; a readable but wrong response is graded `correct=False`.
"""

from __future__ import annotations

import math
import re

from pydantic import BaseModel, ConfigDict
from rapidfuzz.distance import OSA

from tutor.errors import QueryError
from tutor.models import Citation
from tutor.quiz.items import LETTERS, Kind, QuizItem, normalize
from tutor.reading import NUM_RE, fmt, numbers, parse_number

_LETTER = re.compile(r"\(?([a-h])\s*[).:]?\)?", re.I)
_TRUE = {"true", "t", "yes", "y", "1", "a"}
_FALSE = {"false", "f", "no", "n", "0", "b"}
_ARTICLE = re.compile(r"^(?:the|a|an) (?=\S)")
_TYPO_MIN_LETTERS = 6


class Grade(BaseModel):
    """The verdict on one response, with the key, its explanation and sources for feedback."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    correct: bool
    response: str
    """What the learner gave, as text (for choice items, the chosen option as "B) Safety stock")."""
    right_answer: str
    """The key as a learner reads it (`QuizItem.answer_text()`)."""
    explanation: str
    citations: list[Citation]
    note: str = ""
    """How the response was read when that was not literal, e.g. "Read as 85% = 0.85."."""


def grade(item: QuizItem, response: str | int | float | bool) -> Grade:
    """Grade a learner's response to an item.

    Args:
        item: The quiz item answered.
        response: What the learner gave: text, a 0-based option index (choice items other than
            true/false), a bool (true/false items) or a number (numeric items).

    Returns:
        The grade, carrying the right answer, the explanation and the citations.

    Raises:
        QueryError: The response cannot be read as an answer to this kind of item (empty, a letter
            beyond the options, no number in a numeric answer...); the message says what is expected.
    """
    if isinstance(response, str) and not response.strip():
        raise QueryError(f"The answer is empty. {_expected(item)}")
    if isinstance(response, bool) and item.kind is not Kind.TRUE_FALSE:
        needs = "needs a number, not true/false" if item.kind is Kind.NUMERIC else "has no true/false answer"
        raise QueryError(f"This item {needs}. {_expected(item)}")
    grader = {Kind.NUMERIC: _grade_numeric, Kind.CLOZE: _grade_cloze}.get(item.kind, _grade_choice)
    correct, shown, note = grader(item, response)
    return Grade(correct=correct, response=shown, right_answer=item.answer_text(), explanation=item.explanation,
                 citations=list(item.citations), note=note)


def _expected(item: QuizItem) -> str:
    """What a readable answer to this item looks like, for error messages."""
    if item.kind is Kind.TRUE_FALSE:
        return "Answer True or False (or yes/no, T/F)."
    if item.kind is Kind.CLOZE:
        return "Type the missing word or phrase."
    if item.kind is Kind.NUMERIC:
        return "Answer with a number, e.g. 447.21, 1,250 or 85%."
    last = len(item.options)
    return f"Answer with a letter A–{LETTERS[last - 1]}, the option's number (1–{last}) or its text."


def _grade_choice(item: QuizItem, response: str | int | float | bool) -> tuple[bool, str, str]:
    """Multiple choice, scenario and true/false items: find the chosen option, then compare with the key."""
    key = item.key_index
    if item.kind is Kind.TRUE_FALSE:
        if isinstance(response, bool):
            return response is item.answer, item.options[0 if response else 1], ""
        word = normalize(response) if isinstance(response, str) else ""
        if word in _TRUE | _FALSE:
            index = 0 if word in _TRUE else 1
            return index == key, item.options[index], ""
        raise QueryError(f"Could not read {response!r} as true or false. {_expected(item)}")
    if isinstance(response, int):
        if not 0 <= response < len(item.options):
            raise QueryError(f"There is no option with index {response}. {_expected(item)}")
        return response == key, item.option_text(response), ""
    text = response.strip() if isinstance(response, str) else repr(response)
    if letter := _LETTER.fullmatch(text):
        index = LETTERS.index(letter.group(1).upper())
        if index >= len(item.options):
            raise QueryError(f"There is no option {letter.group(1).upper()}. {_expected(item)}")
        return index == key, item.option_text(index), ""
    said = normalize(text)
    for index, option in enumerate(item.options):
        if said == normalize(option):
            return index == key, item.option_text(index), ""
    if said in {normalize(name) for name in item.key_names}:
        return True, item.option_text(key or 0), f"Accepted '{text}' as another name for {item.options[key or 0]}."
    if NUM_RE.fullmatch(text):
        if text.isdigit() and 1 <= (number := int(text)) <= len(item.options):
            return number - 1 == key, item.option_text(number - 1), f"Read {text} as option {LETTERS[number - 1]}."
        value = parse_number(text)
        same = [i for i, option in enumerate(item.options) if numbers(option) == [value]]
        if len(same) == 1:
            return same[0] == key, item.option_text(same[0]), ""
        raise QueryError(f"{text} is not one of the options. {_expected(item)}")
    return False, text, "That is not one of the options."


def _bare(text: str) -> str:
    """Normalised, without a leading article: "The Safety-Stock" -> "safety stock"."""
    return _ARTICLE.sub("", normalize(text))


def _typo_match(said: str, accepted: str) -> bool:
    """One typo (an edit or a swap of adjacent letters) in one word of 6+ letters, not an acronym; other words exact."""
    words, keys = said.split(), _bare(accepted).split()
    wrong = [(w, k) for w, k in zip(words, keys, strict=False) if w != k]
    if len(words) != len(keys) or len(wrong) != 1:
        return False
    word, key = wrong[0]
    acronym = {normalize(w): w for w in re.findall(r"[\w'-]+", accepted)}.get(key, "").isupper()
    return len(key) >= _TYPO_MIN_LETTERS and key.isalpha() and not acronym and OSA.distance(word, key) == 1


def _grade_cloze(item: QuizItem, response: str | int | float | bool) -> tuple[bool, str, str]:
    """Cloze items: any accepted spelling, ignoring case and leading articles, with one typo forgiven."""
    text = str(response).strip()
    said = _bare(text)
    if not said:
        raise QueryError(f"Could not read a word in {text!r}. {_expected(item)}")
    accepted = [str(a) for a in item.answer]  # type: ignore[union-attr]
    if any(said == _bare(a) for a in accepted):
        return True, text, ""
    for answer in accepted:
        if _typo_match(said, answer):
            return True, text, f"Accepted with one typo: '{text}' (spelled '{answer}')."
    return False, text, ""


def _grade_numeric(item: QuizItem, response: str | int | float | bool) -> tuple[bool, str, str]:
    """Numeric items: the first number in the response, within the item's absolute tolerance."""
    if isinstance(response, int | float):
        text = written = fmt(response)
        value, percent = float(response), False
    else:
        text = response.strip()
        match = NUM_RE.search(text)
        if not match:
            raise QueryError(f"Could not find a number in {text!r}. {_expected(item)}")
        written = match.group().strip()
        value, percent = parse_number(written), written.endswith(("%", "percent"))
        if percent and item.unit.strip() in ("%", "percent"):
            value *= 100  # the key is in percent points: "85%" means 85
    if not math.isfinite(value):
        raise QueryError(f"{text!r} is not a finite number. {_expected(item)}")
    answer = float(item.answer)  # type: ignore[arg-type]
    if abs(value - answer) <= item.tolerance + 1e-9:
        return True, text, ""
    if 0 <= answer <= 1 and not percent and value > 1 and abs(value / 100 - answer) <= item.tolerance + 1e-9:
        return True, text, f"Read as {written}% = {fmt(value / 100)}."
    return False, text, ""
