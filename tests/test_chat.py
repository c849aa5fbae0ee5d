"""A conversation, not one question: Gradio's message format, follow-ups that follow, one source per entry."""

from __future__ import annotations

import re

import pytest

from tutor.models import Answer, Citation
from tutor.ui.chat import learner_questions, message_text
from tutor.ui.views import answer_messages


@pytest.mark.parametrize(("message", "text"), [
    ({"role": "user", "content": "what is MRP?"}, "what is MRP?"),
    ({"role": "user", "content": [{"type": "text", "text": "what is MRP?"}]}, "what is MRP?"),  # Gradio 6
    ({"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}, "a b"),
    ({"role": "user", "content": [{"type": "file", "file": {"path": "/tmp/x.pdf"}}]}, ""),
    ({"role": "user", "content": {"path": "/tmp/x.png"}}, ""),
    ({"role": "user", "content": None}, ""),
    ({"role": "user"}, ""),
])
def test_message_text_reads_every_shape_gradio_sends(message, text):
    assert message_text(message) == text


def test_learner_questions_keeps_the_last_user_turns_as_strings():
    history = [{"role": "user", "content": [{"type": "text", "text": f"q{i}"}]} for i in range(6)]
    history += [{"role": "assistant", "content": [{"type": "text", "text": "an answer"}]},
                {"role": "user", "content": [{"type": "text", "text": "  "}]}]
    assert learner_questions(history) == ["q2", "q3", "q4", "q5"]
    assert learner_questions(None) == []


def _cites(answer: Answer) -> set[str]:
    return {c.title for c in answer.citations}


@pytest.mark.slow
def test_follow_ups_lean_on_the_previous_answer(seed_tutor):
    first = seed_tutor.ask("what is safety stock?")
    assert isinstance(first, Answer) and first.topics
    entry = first.citations[0].title
    assert "Safety stock" in entry

    formula = seed_tutor.ask("and what's its formula?", history=["what is safety stock?"], topics=first.topics)
    assert isinstance(formula, Answer) and _cites(formula) == {entry}, formula.text
    assert "SS = z × σ_LT" in formula.text

    example = seed_tutor.ask("give me an example", history=["what is safety stock?"], topics=first.topics)
    assert isinstance(example, Answer) and _cites(example) == {entry}, example.text
    assert "165 units" in example.text

    why = seed_tutor.ask("why does it matter?", history=["what is safety stock?"], topics=first.topics)
    assert isinstance(why, Answer) and entry in _cites(why)


@pytest.mark.slow
def test_which_comes_first_after_a_comparison_compares_the_same_two(seed_tutor):
    pair = seed_tutor.ask("MPS vs MRP")
    assert isinstance(pair, Answer) and len(pair.topics) == 2
    again = seed_tutor.ask("which one comes first?", history=["MPS vs MRP"], topics=pair.topics)
    assert isinstance(again, Answer) and again.kind == "comparison"
    assert again.topics == pair.topics


@pytest.mark.slow
def test_a_new_topic_is_not_mistaken_for_a_follow_up(seed_tutor):
    first = seed_tutor.ask("what is safety stock?")
    kanban = seed_tutor.ask("what is a kanban?", history=["what is safety stock?"], topics=first.topics)
    assert isinstance(kanban, Answer) and "anban" in kanban.citations[0].title
    off = seed_tutor.ask("who won the world cup in 2018?", history=["what is safety stock?"], topics=first.topics)
    assert not isinstance(off, Answer) or "Safety stock" not in off.text


@pytest.mark.slow
def test_the_comparison_table_keeps_every_row_on_one_line(seed_tutor):
    answer = seed_tutor.ask("MPS vs MRP")
    rows = [line for line in answer.text.splitlines() if line.startswith("|")]
    assert len(rows) >= 3
    assert all(line.rstrip().endswith("|") and line.count("|") >= 4 for line in rows), answer.text
    assert not re.search(r"(?:^|\s)\d\. \[\d+\]", answer.text), "a list number cut off as its own sentence"
    assert not any(line.startswith(("| Exam trap", "|---")) for line in answer.text.splitlines()
                   if line not in rows), answer.text


def test_sources_are_grouped_by_entry_with_all_their_quotes():
    cite = [Citation(chunk_id=f"c{i}", source="inventory/takt.md", title="Takt time", domain="inventory",
                     quote=f"Sentence {i}.") for i in range(3)]
    cite.append(Citation(chunk_id="d", source="supply/x.md", title="Cycle time", domain="supply", quote="Other."))
    answer = Answer(text="Takt [1] [2] [3] cycle [4]", domain="inventory", citations=cite)
    messages = answer_messages(answer)
    titles = [m["metadata"]["title"] for m in messages[1:]]
    assert titles == ["[1, 2, 3] Takt time", "[4] Cycle time"]
    assert all(f"[{i}] “Sentence {i - 1}.”" in messages[1]["content"] for i in (1, 2, 3))


def test_calculator_errors_name_inputs_in_words_not_code():
    from tutor.solver import Solver

    answer = Solver(None, None).solve("EOQ with annual demand -5 units, ordering cost $50, carrying cost 25%, "
                                      "unit cost $12")
    assert answer is not None and "cannot be used" in answer.text
    assert "annual_demand" not in answer.text and "annual demand" in answer.text


@pytest.mark.slow
def test_gibberish_and_emoji_do_not_score_as_perfect_matches(seed_tutor):
    from tutor.ui.views import format_hits

    good = seed_tutor.search("available to promise")
    assert good[0].score > 0.8
    assert "No close match" not in format_hits("atp", good, close=seed_tutor.settings.scope_threshold)
    for junk in ("xqzvv blorptk", "😀🎉🔥", "ggggggg"):
        hits = seed_tutor.search(junk)
        assert hits and max(h.score for h in hits) <= 0.6, (junk, [h.score for h in hits])
        assert "No close match" in format_hits(junk, hits, close=seed_tutor.settings.scope_threshold)
