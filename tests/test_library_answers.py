"""Answers from a learner's uploaded notes, and the Library tab's handlers, over a real mini-corpus Tutor.

The Tutor is real (MiniLM, Chroma and SQLite in tmp_path) and indexed once for the module; the
app's handlers are called as Gradio calls them, from the Blocks built by `build_app`.
"""

from __future__ import annotations

import re

import gradio as gr
import pytest
from langchain_core.documents import Document

from tutor.domains import Domain
from tutor.errors import TutorError
from tutor.models import Answer
from tutor.personal import best_sentence, merge_library, quotable, split_sentences
from tutor.ui import build_app
from tutor.ui.app import AUTO

from .conftest import make_settings
from .test_library import CYCLE, KANBAN, SOP, make_pdf

REFUSED = (TutorError, gr.Error)
"""How a handler refuses bad input: a TutorError, or the gr.Error the app's guard makes of it."""
HANDBOOK = make_pdf([
    ["Trucks are booked in the yard system the day before they arrive at the dock.",
     "The receiving clerk checks the packing list against the purchase order and counts the cartons.",
     "Damaged cartons are photographed and set aside in the hold cage until the buyer decides."],
    ["Material reaches the presses through a route that leaves the supermarket every half hour.",
     "At each stop the driver swaps full containers for empty ones and reads the cards in the post box.",
     "Supervisors review the route every week and move the stops when a new part number starts.",
     "The FBK board next to press four shows which cards are waiting; FBK means floor buffer kanban",
     "in our plant and each FBK card authorises one bin of fasteners.",
     "First-piece inspection happens at every changeover, and the operator records three dimensions.",
     "Gauges are calibrated every quarter by the metrology lab. Safety glasses are worn",
     "everywhere on the press floor, and hearing protection near the presses.",
     "Near misses are reported on the same day so the committee can review them at the Thursday meeting.",
     "The night shift leaves a handover note for the morning lead at the end of every shift."],
])
PLANT_MD = """# Plant 7 floor notes
## How the water spider tote loop works
Our plant runs a water spider tote loop: Mrs. Okafor, the line lead, walks the loop every 30 minutes and
swaps empty totes for full ones at each press, e.g. at press No. 4 first.
"""


@pytest.fixture(scope="module")
def tutor(tmp_path_factory, embeddings):
    from tutor.wiring import build_tutor

    tutor = build_tutor(make_settings(tmp_path_factory.mktemp("notes")), embeddings=embeddings)
    tutor.index(progress=False)
    return tutor


def handler(app, api_name: str):
    return next(f.fn for f in app.fns.values() if f.api_name == api_name)


# -- quoting -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "sentences"), [
    ("Ask Mrs. Okafor at the dock. Mr. Lee and Dr. Rao agree.", ["Ask Mrs. Okafor at the dock.",
                                                                 "Mr. Lee and Dr. Rao agree."]),
    ("Fast movers, e.g. FBK bins, i.e. fasteners, come first. Push vs. Pull is next.",
     ["Fast movers, e.g. FBK bins, i.e. fasteners, come first.", "Push vs. Pull is next."]),
    ("Tape, labels, etc. Are kept in the cage. The cage is locked.",
     ["Tape, labels, etc. Are kept in the cage.", "The cage is locked."]),
    ("Press No. 4 runs 2.5 shifts at 0.85 efficiency. The answer is no. Then stop.",
     ["Press No. 4 runs 2.5 shifts at 0.85 efficiency.", "The answer is no.", "Then stop."]),
    ("W. Edwards Deming and J. R. Smith wrote it. Items are A, B or C. The C items wait.",
     ["W. Edwards Deming and J. R. Smith wrote it.", "Items are A, B or C.", "The C items wait."]),
    ("Dr. W. Edwards and George W. Bush met. Orders per year = A / Q. Average stock is Q / 2.",
     ["Dr. W. Edwards and George W. Bush met.", "Orders per year = A / Q.", "Average stock is Q / 2."]),
    ("Steps: 1. Count the bins. 2. Order more! Why? See p. 12 in the U.S. Army manual.",
     ["Steps: 1. Count the bins.", "2. Order more!", "Why?", "See p. 12 in the U.S. Army manual."]),
    ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
])
def test_sentences_are_split_knowing_abbreviations_initials_and_decimals(text, sentences):
    assert split_sentences(text) == sentences
    assert all(s in " ".join(text.split()) for s in sentences)


def test_quotes_never_show_markdown_headings_and_stay_verbatim():
    stored = ("# Plant 7 floor notes\n\n## Water spider tote loop\n\nOur plant runs a water spider tote loop: Mrs. "
              "Okafor walks it every 30 minutes. Each tote holds 24 brackets for press No. 4 today.")
    legacy = " ".join(stored.split())  # passages stored before headings were kept apart run them into the text
    for text in (stored, legacy):
        doc = Document(page_content=text, metadata={"chunk_id": "lib:1:abc:0:0", "source": "plant.md", "page": 0})
        quote = best_sentence(doc, "who walks the water spider tote loop?")
        assert "#" not in quote and "Mrs. Okafor walks it every 30 minutes." in quote
        assert all("#" not in s for s in quotable(text))
        answer = merge_library(Answer(text="Course answer.", domain=None, citations=[]), [doc], "water spider")
        assert "#" not in answer.text.split("**From your notes.**")[1]
        assert answer.citations[0].quote in legacy and answer.citations[0].source == "plant.md"


# -- asking ------------------------------------------------------------------------------------------------
def test_a_term_found_only_in_the_learners_notes_is_answered_from_them(tutor):
    who = tutor.store.learner("Noor")
    tutor.library.add(who.id, "handbook.pdf", HANDBOOK)
    question = "what does FBK mean?"
    dense = tutor.library.search(who.id, question, k=1)[0].metadata["score"]
    assert dense < 0.45, "the notes must be found by the word, not by meaning alone"
    answer = tutor.ask_for(who, question)
    assert isinstance(answer, Answer) and "From your notes" in answer.text
    cited = answer.citations[-1]
    assert cited.source == "handbook.pdf, p. 2" and "FBK means floor buffer kanban" in cited.quote
    other = tutor.ask_for(tutor.store.learner("Omar"), question)
    assert "From your notes" not in getattr(other, "text", ""), "another learner never sees Noor's notes"


def test_common_words_in_the_notes_are_not_quoted_for_an_unrelated_question(tutor):
    who = tutor.store.learner("Pia")
    tutor.library.add(who.id, "handbook.pdf", HANDBOOK)  # says "Safety glasses", never "safety stock"
    answer = tutor.ask_for(who, "what is safety stock?")
    assert isinstance(answer, Answer) and "From your notes" not in answer.text
    assert "Safety stock" in answer.text


def test_an_answer_from_markdown_notes_quotes_whole_sentences_without_headings(tutor):
    who = tutor.store.learner("Quinn")
    tutor.library.add(who.id, "plant7.md", PLANT_MD.encode())
    answer = tutor.ask_for(who, "who walks the water spider tote loop?")
    notes = answer.text.split("**From your notes.**")[1]
    assert "#" not in notes and "Mrs. Okafor, the line lead, walks the loop every 30 minutes" in notes
    assert answer.citations[-1].quote.endswith("e.g. at press No. 4 first.")


# -- the Library tab ---------------------------------------------------------------------------------------
def test_auto_detect_stays_selected_after_an_upload(tutor, tmp_path):
    app = build_app(tutor)
    upload = handler(app, "upload")
    sop, kanban = tmp_path / "sop.md", tmp_path / "kanban.txt"
    sop.write_text(SOP)
    kanban.write_text("\n".join(KANBAN + CYCLE))
    status, rows, selected = upload(str(sop), AUTO, "Rae", None)
    assert selected == AUTO and "Sales and Operations Planning** (detected" in status
    status, rows, selected = upload(str(kanban), selected, "Rae", None)
    assert selected == AUTO and {r[1]: r[2] for r in rows}["kanban.txt"] != "Sales and Operations Planning"
    assert "Set domain" in status
    _, rows, selected = upload(str(kanban), "Inventory", "Rae", None)  # a chosen domain stays chosen
    assert selected == "Inventory" and {r[1]: r[2] for r in rows}["kanban.txt"] == "Inventory"


def test_set_domain_with_auto_detect_restores_the_detected_domain(tutor, tmp_path):
    app = build_app(tutor)
    notes = tmp_path / "sop.md"
    notes.write_text(SOP)
    _, rows, _ = handler(app, "upload")(str(notes), "Inventory", "Sam", None)
    file_id = rows[0][0]
    retag = handler(app, "retag")
    assert retag(file_id, "Demand", "Sam", None)[0][2] == "Demand"
    assert retag(f" {file_id} ", AUTO, "Sam", None)[0][2] == "Sales and Operations Planning"


@pytest.mark.parametrize(("api_name", "file_id", "domain", "says"), [
    ("retag", "FILE", "Logistics", "Pick Auto-detect or one of the eight domains: Supply Chains and Strategy"),
    ("retag", "", "Demand", "Type a file id first"),
    ("retag", None, AUTO, "Type a file id first"),
    ("retag", "0123456789ab", "Demand", "Your library has no file with the id “0123456789ab”"),
    ("remove_file", "nope", None, "Your library has no file with the id “nope”"),
    ("upload", None, "Logistics", "Pick Auto-detect or one of the eight domains"),
])
def test_library_messages_are_clear_and_name_no_internal_codes(tutor, tmp_path, api_name, file_id, domain, says):
    app = build_app(tutor)
    notes = tmp_path / "sop.md"
    notes.write_text(SOP)
    _, rows, _ = handler(app, "upload")(str(notes), AUTO, "Tia", None)
    before = tutor.library.files(tutor.store.learner("Tia").id)
    args = {"retag": (file_id if file_id != "FILE" else rows[0][0], domain),
            "remove_file": (file_id,), "upload": (str(notes), domain)}[api_name]
    with pytest.raises(REFUSED) as caught:
        handler(app, api_name)(*args, "Tia", None)
    message = str(caught.value)
    assert says in message
    assert not re.search(r"[a-z]+-[a-z]+-[a-z]+|\bsop\b|quality-tech|Unknown domain", message)
    assert all(d.display_name in message for d in Domain) or "domain" not in says
    assert tutor.library.files(tutor.store.learner("Tia").id) == before


@pytest.mark.parametrize(("name", "data", "says"), [
    ("empty.pdf", b"", "empty.pdf is empty"),
    ("junk.pdf", bytes(range(256)) * 8, "junk.pdf could not be read as a PDF"),
    ("none.pdf", make_pdf([]), "none.pdf has no text that can be extracted"),
])
def test_a_malformed_upload_is_refused_by_the_tab_and_changes_nothing(tutor, tmp_path, name, data, says):
    app = build_app(tutor)
    good = tmp_path / "sop.md"
    good.write_text(SOP)
    handler(app, "upload")(str(good), AUTO, "Uma", None)
    before = tutor.library.files(tutor.store.learner("Uma").id)
    bad = tmp_path / name
    bad.write_bytes(data)
    with pytest.raises(REFUSED, match=re.escape(says)):
        handler(app, "upload")(str(bad), AUTO, "Uma", None)
    assert tutor.library.files(tutor.store.learner("Uma").id) == before


def test_an_oversized_upload_is_refused_before_it_is_read(tutor, tmp_path, monkeypatch):
    from pathlib import Path

    big = tmp_path / "big.pdf"
    with big.open("wb") as out:
        out.truncate(21 * 2**20)  # sparse: 21 MB on paper, nothing on disk

    def no_reading(self):
        raise AssertionError(f"{self} was read")

    upload = handler(build_app(tutor), "upload")
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(REFUSED, match="big.pdf is 21.0 MB; the limit is 20 MB"):
        upload(str(big), AUTO, "Val", None)
    assert tutor.library.files(tutor.store.learner("Val").id) == []
