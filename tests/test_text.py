"""The shared text toolkit: expected values are written out by hand."""

from dataclasses import dataclass

import pytest

from tutor.text import (
    ALNUM_WORD,
    ANSWER,
    ASKING,
    CALC_STOPWORDS,
    FAITHFULNESS_STOPWORDS,
    FOLLOW_UP_STOPWORDS,
    KEY_STOPWORDS,
    LETTERS_2,
    LETTERS_3,
    NOTES,
    PROSE,
    QUESTION,
    QUIZ_STOPWORDS,
    ROW_LABEL_STOPWORDS,
    SEARCH_STOPWORDS,
    STOPWORDS,
    TERM_LETTERS,
    TERM_WORD,
    best_sentence,
    content_words,
    long_words,
    longest_run,
    sentence_at,
    sentence_spans,
    split_sentences,
    stem,
    tokenize,
    words,
)

# --- stop words -------------------------------------------------------------------------------------------------

def test_the_base_list_holds_function_words_only():
    assert {"the", "a", "of", "and", "is", "were", "per"} <= STOPWORDS
    assert not {"not", "mrp", "order", "year", "true"} & STOPWORDS


@pytest.mark.parametrize(("variant", "added", "removed"), [
    (SEARCH_STOPWORDS, {"explain", "define", "tell", "about", "vs", "why"}, {"each", "had", "more", "per", "were"}),
    (FAITHFULNESS_STOPWORDS, {"not", "less"}, {"how", "there", "what", "you", "your"}),
    (QUIZ_STOPWORDS, {"not", "less"}, {"how", "what", "was", "were", "has", "have", "had", "does"}),
    (KEY_STOPWORDS, {"true", "false", "use", "used", "would", "they"}, set()),
    (CALC_STOPWORDS, {"year", "years", "month", "week", "day", "unit", "units", "last", "next"},
     {"can", "more", "their", "when", "which"}),
])
def test_each_variant_is_the_base_list_plus_and_minus_a_few_words(variant, added, removed):
    assert added <= variant and not added & STOPWORDS
    assert not removed & variant and removed <= STOPWORDS


def test_a_variant_keeps_not_where_a_negation_matters():
    assert "not" in FAITHFULNESS_STOPWORDS and "not" in QUIZ_STOPWORDS
    assert "not" not in KEY_STOPWORDS and "not" not in SEARCH_STOPWORDS and "not" not in STOPWORDS


def test_the_narrow_variants_are_parts_of_the_base_list():
    assert ROW_LABEL_STOPWORDS == {"and", "are", "at", "by", "for", "is", "of", "the", "was", "were", "with"}
    assert "a" not in ROW_LABEL_STOPWORDS  # rows are named A, B, C
    assert FOLLOW_UP_STOPWORDS == {"a", "an", "and", "for", "it", "its", "of", "that", "the", "this",
                                   "they", "them", "same", "example", "formula"}
    assert "to" not in FOLLOW_UP_STOPWORDS  # "available to promise" keeps its "to"


# --- words ------------------------------------------------------------------------------------------------------

def test_words_come_in_the_shape_asked_for():
    text = "The Make-to-stock MRP2 plan’s S&OP"
    assert words(text) == ["the", "make", "to", "stock", "mrp2", "plan's", "s&op"]
    assert words(text, TERM_WORD) == ["the", "make-to-stock", "mrp2", "plan"]
    assert words(text, TERM_LETTERS) == ["the", "make-to-stock", "mrp", "plan"]
    assert words(text, ALNUM_WORD) == ["the", "make", "to", "stock", "mrp2", "plan", "s", "s", "op"]
    assert words(text, LETTERS_3) == ["the", "make", "stock", "mrp", "plan"]
    assert words("a bc def", LETTERS_2) == ["bc", "def"]
    assert long_words("The MRP run nets orders") == ["nets", "orders"]


def test_tokenize_drops_search_stop_words_and_stems():
    assert tokenize("S&OP vs. the MPS planning") == ["s&op", "s", "op", "mps", "plan"]
    assert tokenize("Explain the planner’s orders") == ["planner", "order"]
    assert tokenize("") == []
    assert stem("planning") == "plan"


def test_content_words_leave_out_the_stop_list_given():
    assert content_words("The reorder point (ROP) is used for an order") == ["reorder", "point", "rop", "used",
                                                                             "order"]
    assert content_words("It is not less than the EOQ", FAITHFULNESS_STOPWORDS) == ["eoq"]
    assert content_words("It is not true, it was used", KEY_STOPWORDS, LETTERS_3) == ["not"]
    assert content_words("Annual demand is 1,200 units per year", CALC_STOPWORDS, LETTERS_2) == ["annual", "demand"]
    assert content_words("order order", SEARCH_STOPWORDS) == ["order", "order"]


# --- the best sentence ------------------------------------------------------------------------------------------

def test_longest_run_counts_words_in_a_row():
    assert longest_run(["water", "spider", "loop"], ["the", "water", "spider", "walks"]) == 2
    assert longest_run(["water", "spider", "loop"], ["loop", "spider", "water"]) == 1
    assert longest_run([], ["a"]) == 0


def test_best_sentence_takes_the_most_shared_words():
    sentences = ["MRP nets requirements.", "The water spider walks the loop."]
    assert best_sentence(sentences, "who walks the water spider loop?") == "The water spider walks the loop."


def test_a_tie_goes_to_the_longer_run_then_to_the_first():
    sentences = ["Loop, spider and water.", "The water spider loop."]
    assert best_sentence(sentences, "water spider loop") == "The water spider loop."
    assert best_sentence(sentences, "water spider loop", by_run=False) == "Loop, spider and water."
    assert best_sentence(["Nothing here.", "Nor here."], "kanban") == "Nothing here."


@dataclass
class _Quote:
    text: str


def test_best_sentence_reads_any_candidate_with_any_words():
    quotes = [_Quote("Safety stock buffers demand."), _Quote("Kanban cards signal replenishment.")]
    picked = best_sentence(quotes, "cards signal when to refill", text_of=lambda q: q.text, words_of=long_words,
                           by_run=False)
    assert picked is quotes[1]
    with pytest.raises(ValueError):
        best_sentence([], "anything")


# --- sentences --------------------------------------------------------------------------------------------------

def test_notes_break_only_before_a_capital_digit_or_opening_mark():
    assert split_sentences("MRP nets. then it offsets. Then it ends.", NOTES) == [
        "MRP nets. then it offsets.", "Then it ends."]
    assert split_sentences("See e.g. Bins. (Or totes.)", NOTES) == ["See e.g.", "Bins.", "(Or totes.)"]
    assert sentence_spans("MRP nets. Then it offsets.", NOTES) == [(0, 9), (10, 26)]


def test_answers_break_at_every_end_mark():
    assert split_sentences("MRP nets. then it offsets!  OK", ANSWER) == ["MRP nets.", "then it offsets!", "OK"]


def test_questions_break_at_semicolons_and_lines_too():
    question = "Demand is 120; lead time 2 weeks\nWhat is the ROP? use 365 days"
    assert split_sentences(question, QUESTION) == ["Demand is 120;", "lead time 2 weeks", "What is the ROP?",
                                                   "use 365 days"]
    assert split_sentences("a \n\n b", QUESTION) == ["a ", " b"]  # slices of the text, blank ones left out


def test_the_asking_end_of_a_question_holds_its_question_mark():
    assert split_sentences("Yield is 0.9. What is it in %? Round it.", ASKING) == [
        "Yield is 0.9.", "What is it in %? Round it."]


def test_prose_knows_abbreviations_initials_and_list_numbers():
    assert split_sentences("Ask Mrs. Okafor, e.g. at 2.5 h. J. R. Smith agrees. Then stop.") == [
        "Ask Mrs. Okafor, e.g. at 2.5 h.", "J. R. Smith agrees.", "Then stop."]
    assert split_sentences("Steps: 1. Count the bins. 2. Weigh them.", PROSE) == [
        "Steps: 1. Count the bins.", "2. Weigh them."]
    assert split_sentences('He said "stop." Then   he\nleft.') == ['He said "stop."', "Then he left."]
    assert split_sentences("Press No. 4 twice. The answer is no. Then go.") == [
        "Press No. 4 twice.", "The answer is no.", "Then go."]


def test_nothing_to_split_gives_no_sentence():
    for rule in (NOTES, PROSE, ANSWER, QUESTION):
        assert split_sentences("", rule) == [] and split_sentences("  \n ", rule) == []


def test_the_sentence_around_a_position():
    text = "Demand is 120. Ignore the 5% discount; lead time 2 weeks."
    assert sentence_at(text, 26) == "Ignore the 5% discount;"
    assert sentence_at(text, 3) == "Demand is 120."
    assert sentence_at(text, 14) == ""  # the space between two sentences
    assert sentence_at("Shipped 80! Ignore the 3 late ones", 23) == "Ignore the 3 late ones"
