"""Grading learner responses: choice, true/false, cloze and numeric rules, and unreadable responses."""

from __future__ import annotations

from typing import Any

import pytest

from tutor.errors import QueryError
from tutor.models import Citation
from tutor.quiz.grading import Grade, grade
from tutor.quiz.items import Kind, QuizItem

CITATION = Citation(chunk_id="inventory.md#eoq:0", source="inventory.md", title="EOQ", domain="inventory",
                    quote="The economic order quantity balances ordering and carrying costs.")


def _item(kind: Kind, answer: Any, options: list[str] | None = None, tolerance: float = 0.0, unit: str = "",
          key_names: list[str] | None = None) -> QuizItem:
    return QuizItem(kind=kind, domain="inventory", subtopic="inventory/eoq", difficulty=1, stem="Which one?",
                    options=options or [], answer=answer, tolerance=tolerance, unit=unit,
                    explanation="Because the notes say so.", citations=[CITATION], key_names=key_names or [])


MCQ = _item(Kind.MCQ, 1, ["Cycle stock", "Safety stock", "Anticipation inventory", "Pipeline inventory"],
            key_names=["Buffer stock", "SS"])
SCENARIO = _item(Kind.SCENARIO, 2, ["Kanban", "MRP", "Reorder point", "Two-bin"])
NUMBERS = _item(Kind.MCQ, 0, ["447.21 units", "400 units", "500 units", "2 units"])
PLAIN_NUMBERS = _item(Kind.MCQ, 3, ["3", "4", "1", "2"])
TF_TRUE = _item(Kind.TRUE_FALSE, True)
TF_FALSE = _item(Kind.TRUE_FALSE, False)
CLOZE = _item(Kind.CLOZE, ["reorder point", "ROP", "re-order point"])
CLOZE_LONG = _item(Kind.CLOZE, ["the safety stock"])
CLOZE_SHORT = _item(Kind.CLOZE, ["cycle count"])
CLOZE_ACRONYM = _item(Kind.CLOZE, ["DDMRPX"])
EOQ = _item(Kind.NUMERIC, 447.21, tolerance=0.5, unit="units")
BIG = _item(Kind.NUMERIC, 1234.5, tolerance=0.01)
MONEY = _item(Kind.NUMERIC, 5000, tolerance=0)
RATE = _item(Kind.NUMERIC, 0.85, tolerance=0.005)
NEGATIVE = _item(Kind.NUMERIC, -5, tolerance=0.1)
PERCENT_POINTS = _item(Kind.NUMERIC, 85, tolerance=0.5, unit="%")
NOISY = _item(Kind.NUMERIC, 0.3, tolerance=0.1)  # 0.4 - 0.3 is 0.10000000000000003 in floats


@pytest.mark.parametrize(("item", "response", "correct", "shown"), [
    (MCQ, "b", True, "B) Safety stock"),
    (MCQ, "B", True, "B) Safety stock"),
    (MCQ, "B)", True, "B) Safety stock"),
    (MCQ, "(b)", True, "B) Safety stock"),
    (MCQ, "b.", True, "B) Safety stock"),
    (MCQ, " a ", False, "A) Cycle stock"),
    (MCQ, 1, True, "B) Safety stock"),
    (MCQ, 0, False, "A) Cycle stock"),
    (MCQ, "2", True, "B) Safety stock"),
    (MCQ, "3", False, "C) Anticipation inventory"),
    (MCQ, "safety STOCK.", True, "B) Safety stock"),
    (MCQ, "Pipeline inventory", False, "D) Pipeline inventory"),
    (MCQ, "buffer stock", True, "B) Safety stock"),
    (MCQ, "ss", True, "B) Safety stock"),
    (MCQ, "economic order quantity", False, "economic order quantity"),
    (SCENARIO, "c", True, "C) Reorder point"),
    (SCENARIO, "mrp", False, "B) MRP"),
    (SCENARIO, 2, True, "C) Reorder point"),
    (NUMBERS, "447.21", True, "A) 447.21 units"),
    (NUMBERS, "447.21 units", True, "A) 447.21 units"),
    (NUMBERS, "400", False, "B) 400 units"),
    (NUMBERS, 447.21, True, "A) 447.21 units"),
    (NUMBERS, "2", False, "B) 400 units"),  # a 1-based option number, not the option "2 units"
    (PLAIN_NUMBERS, "2", True, "D) 2"),  # the option's exact text wins over the option number
    (PLAIN_NUMBERS, "1", False, "C) 1"),
])
def test_choice_items(item: QuizItem, response: Any, correct: bool, shown: str) -> None:
    result = grade(item, response)
    assert (result.correct, result.response) == (correct, shown)


def test_choice_notes_say_how_a_response_was_read() -> None:
    assert grade(MCQ, "2").note == "Read 2 as option B."
    assert grade(MCQ, "Buffer stock").note == "Accepted 'Buffer stock' as another name for Safety stock."
    assert grade(MCQ, "b").note == ""
    assert grade(MCQ, "cycle count").note == "That is not one of the options."


@pytest.mark.parametrize(("item", "response", "correct"), [
    (TF_TRUE, True, True), (TF_TRUE, False, False), (TF_FALSE, False, True), (TF_FALSE, True, False),
    (TF_TRUE, "true", True), (TF_TRUE, "TRUE", True), (TF_TRUE, "T", True), (TF_TRUE, "yes", True),
    (TF_TRUE, "Y", True), (TF_TRUE, "1", True), (TF_TRUE, "a", True), (TF_TRUE, "A)", True),
    (TF_TRUE, "False", False), (TF_TRUE, "f", False), (TF_TRUE, "No", False), (TF_TRUE, "n", False),
    (TF_TRUE, "0", False), (TF_TRUE, "B", False),
    (TF_FALSE, "false", True), (TF_FALSE, "NO", True), (TF_FALSE, "0", True), (TF_FALSE, "b", True),
    (TF_FALSE, "yes", False), (TF_FALSE, "A", False),
])
def test_true_false_spellings(item: QuizItem, response: Any, correct: bool) -> None:
    result = grade(item, response)
    assert result.correct is correct
    assert result.response == ("True" if result.correct == item.answer else "False")


@pytest.mark.parametrize(("item", "response", "correct", "typo"), [
    (CLOZE, "reorder point", True, False),
    (CLOZE, "Reorder Point", True, False),
    (CLOZE, "the reorder point", True, False),
    (CLOZE, "a reorder point.", True, False),
    (CLOZE, "rop", True, False),  # another accepted string
    (CLOZE, "re-order point", True, False),
    (CLOZE, "reordr point", True, True),  # deletion in a 7-letter word
    (CLOZE, "reorderr point", True, True),  # insertion
    (CLOZE, "reordet point", True, True),  # substitution
    (CLOZE, "reodrer point", True, True),  # adjacent transposition
    (CLOZE, "reorder piont", False, False),  # "point" has 5 letters: no typo tolerance
    (CLOZE, "reordr piont", False, False),  # two typos
    (CLOZE, "reodrr point", False, False),  # two edits in one word
    (CLOZE, "rpo", False, False),  # acronym
    (CLOZE, "reorder", False, False),  # a different number of words
    (CLOZE, "economic order quantity", False, False),
    (CLOZE_LONG, "safety stock", True, False),  # the accepted string's article is ignored too
    (CLOZE_LONG, "An Safety Stock", True, False),
    (CLOZE_LONG, "safety stokc", False, False),  # "stock" is 5 letters
    (CLOZE_LONG, "saftey stock", True, True),
    (CLOZE_SHORT, "cycle cuont", False, False),
    (CLOZE_ACRONYM, "ddmrpy", False, False),  # no typo tolerance for acronyms, however long
    (CLOZE_ACRONYM, "ddmrpx", True, False),
])
def test_cloze(item: QuizItem, response: str, correct: bool, typo: bool) -> None:
    result = grade(item, response)
    assert result.correct is correct
    assert result.response == response
    assert result.note.startswith("Accepted with one typo") is typo


def test_cloze_typo_note_names_the_response_and_the_spelling() -> None:
    assert grade(CLOZE, "reordr point").note == "Accepted with one typo: 'reordr point' (spelled 'reorder point')."


@pytest.mark.parametrize(("item", "response", "correct", "note"), [
    (EOQ, "447.21", True, ""),
    (EOQ, "447 units", True, ""),
    (EOQ, "about 447.2", True, ""),
    (EOQ, "Q* = 447.71 units", True, ""),  # exactly at the tolerance
    (EOQ, "446.71", True, ""),  # exactly at the tolerance, below
    (EOQ, "447.72", False, ""),  # just beyond
    (EOQ, "446.70", False, ""),
    (EOQ, 447.21, True, ""),
    (EOQ, 447, True, ""),
    (EOQ, "500", False, ""),
    (BIG, "1,234.5", True, ""),
    (BIG, "1234.50", True, ""),
    (BIG, "1,234", False, ""),
    (MONEY, "$5k", True, ""),
    (MONEY, "$5,000", True, ""),
    (MONEY, "5 thousand dollars", True, ""),
    (MONEY, "$5.1k", False, ""),
    (RATE, "0.85", True, ""),
    (RATE, "85%", True, ""),
    (RATE, "85 percent", True, ""),
    (RATE, "85", True, "Read as 85% = 0.85."),
    (RATE, 85, True, "Read as 85% = 0.85."),
    (RATE, "about 85.4", True, "Read as 85.4% = 0.854."),
    (RATE, "86", False, ""),
    (RATE, "85.6%", False, ""),
    (RATE, "0.86", False, ""),
    (RATE, "8500%", False, ""),  # a % sign means the learner already wrote a percentage
    (NOISY, "0.4", True, ""),
    (NOISY, "0.2", True, ""),
    (NOISY, "0.41", False, ""),
    (NEGATIVE, "-5", True, ""),
    (NEGATIVE, "−5", True, ""),  # a Unicode minus
    (NEGATIVE, "-5.1 units", True, ""),
    (NEGATIVE, "5", False, ""),
    (PERCENT_POINTS, "85%", True, ""),  # the key is in percent points
    (PERCENT_POINTS, "85", True, ""),
    (PERCENT_POINTS, "0.85", False, ""),
])
def test_numeric(item: QuizItem, response: Any, correct: bool, note: str) -> None:
    result = grade(item, response)
    assert (result.correct, result.note) == (correct, note)


def test_large_values_and_millions() -> None:
    item = _item(Kind.NUMERIC, 1_500_000, tolerance=1)
    assert grade(item, "1.5 million").correct
    assert not grade(item, "1.4 million").correct
    assert grade(EOQ, " 447.21 ").response == "447.21"


@pytest.mark.parametrize(("item", "response", "message"), [
    (MCQ, "", "The answer is empty. Answer with a letter A–D, the option's number (1–4) or its text."),
    (MCQ, "   ", "The answer is empty."),
    (MCQ, "E", "There is no option E. Answer with a letter A–D"),
    (MCQ, "(f)", "There is no option F."),
    (MCQ, 4, "There is no option with index 4."),
    (MCQ, -1, "There is no option with index -1."),
    (MCQ, True, "This item has no true/false answer."),
    (MCQ, "7", "7 is not one of the options. Answer with a letter A–D"),
    (NUMBERS, "450", "450 is not one of the options."),
    (SCENARIO, "", "Answer with a letter A–D, the option's number (1–4) or its text."),
    (TF_TRUE, "maybe", "Could not read 'maybe' as true or false. Answer True or False"),
    (TF_TRUE, "C", "Could not read 'C' as true or false."),
    (TF_TRUE, 1, "Could not read 1 as true or false."),
    (TF_TRUE, "", "The answer is empty. Answer True or False"),
    (CLOZE, "", "The answer is empty. Type the missing word or phrase."),
    (CLOZE, "...", "Could not read a word in '...'. Type the missing word or phrase."),
    (CLOZE, False, "This item has no true/false answer."),
    (EOQ, "", "The answer is empty. Answer with a number"),
    (EOQ, "about four hundred", "Could not find a number in 'about four hundred'. Answer with a number, e.g."),
    (EOQ, True, "This item needs a number, not true/false."),
    (EOQ, float("nan"), "is not a finite number."),
])
def test_unreadable_responses_raise_a_helpful_error(item: QuizItem, response: Any, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        grade(item, response)
    assert message in str(caught.value)


@pytest.mark.parametrize(("item", "response", "right_answer"), [
    (MCQ, "a", "B) Safety stock"),
    (TF_FALSE, "yes", "False"),
    (CLOZE, "safety stock", "reorder point"),
    (EOQ, "400", "447.21 units"),
    (RATE, "0.5", "0.85"),
])
def test_grade_carries_the_key_explanation_and_citations(item: QuizItem, response: str, right_answer: str) -> None:
    result = grade(item, response)
    assert isinstance(result, Grade)
    assert result.correct is False
    assert result.right_answer == right_answer
    assert result.explanation == "Because the notes say so."
    assert result.citations == [CITATION]


def test_grade_forbids_extra_fields() -> None:
    with pytest.raises(ValueError, match="extra"):
        Grade(correct=True, response="b", right_answer="B) Safety stock", explanation="", citations=[], extra=1)
