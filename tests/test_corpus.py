from collections import Counter
from pathlib import Path

import pytest

from tutor.corpus import EntryKind, Part, entry_parts, load_corpus, parse_note, slugify
from tutor.domains import Domain, load_outline
from tutor.errors import CorpusError

from .conftest import CORPUS

OUTLINE = load_outline(CORPUS / "outline.yaml")

GOOD = """---
domain: supply
title: Master scheduling
subtopics: [supply/atp-ctp, supply/mps-basics]
terms: [ATP]
---

# Master scheduling

## Available-to-promise (ATP)
<!--
subtopic: supply/atp-ctp
terms: [available-to-promise, ATP]
confused_with: [capable-to-promise]
kind: concept
-->

ATP is the uncommitted part of inventory and planned production.

### Example

| Week | 1 | 2 |
|---|---|---|
| MPS | 50 | 0 |

## Master production schedule

The MPS says what will be built, in which week.
"""


def test_a_good_note_becomes_entries_with_metadata():
    entries = parse_note(GOOD, "supply/master.md", OUTLINE)
    assert [e.heading for e in entries] == ["Available-to-promise (ATP)", "Master production schedule"]
    atp, mps = entries
    assert atp.entry_id == "supply/master.md#available-to-promise-atp"
    assert atp.domain is Domain.SUPPLY and atp.subtopic == "supply/atp-ctp"
    assert atp.terms == ("available-to-promise", "ATP")
    assert atp.confused_with == ("capable-to-promise",)
    assert atp.kind is EntryKind.CONCEPT
    assert atp.line == 10
    assert [s.headings for s in atp.sections] == [("Available-to-promise (ATP)",),
                                                   ("Available-to-promise (ATP)", "Example")]
    assert "<!--" not in atp.text and "| MPS | 50 | 0 |" in atp.text
    assert mps.subtopic == "supply/atp-ctp"  # defaults to the file's first subtopic
    assert mps.terms == ()


PARTS = GOOD.replace("planned production.\n", """planned production.

**How it works.** It nets orders.

**Example: ATP in week 1.** Week 1 has 50.

**Exam traps.** Not the MPS.

Related: MPS, CTP
""")


def test_an_entry_is_read_into_its_labelled_parts():
    atp = parse_note(PARTS, "supply/master.md", OUTLINE)[0]
    assert [(part, text[:20]) for part, text in atp.parts] == [
        (Part.DEFINITION, "ATP is the uncommitt"), (Part.HOW, "It nets orders."),
        (Part.EXAMPLE, "Week 1 has 50."), (Part.TRAPS, "Not the MPS."), (Part.RELATED, "MPS, CTP"),
        (Part.RELATED, "| Week | 1 | 2 |\n|--"),  # a part lasts until the next label, across sections
    ]


def test_entry_parts_carry_the_part_across_bodies():
    bodies = ["MRP nets.\n\n**Formula.** Q = 2", "Then done.", "**Exam trap.** Not MPS."]
    assert list(entry_parts(bodies, str)) == [
        (bodies[0], Part.DEFINITION, "MRP nets."), (bodies[0], Part.FORMULA, "Q = 2"),
        (bodies[1], Part.FORMULA, "Then done."), (bodies[2], Part.TRAPS, "Not MPS.")]
    assert Part.HOW == "how"  # parts compare equal to their names


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        ("no front matter\n", ":1:", "must start with YAML front matter"),
        ("---\ndomain: supply\ntitle: x\n", ":1:", "not closed"),
        ("---\ndomain: supply\ntitle: a: b\nsubtopics: [supply/bom]\n---\n", ":3:", "not valid YAML"),
        ("---\ndomain: supply\ntitle: x\n---\n", ":1:", "'subtopics': missing"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: [supply/bom]\ncolour: red\n---\n", ":5:", "unknown key"),
        ("---\ndomain: logistics\ntitle: x\nsubtopics: [supply/bom]\n---\n", ":2:", "Use one of: supply-chains"),
        ("---\ndomain: demand\ntitle: x\nsubtopics: [demand/patterns]\n---\n", ":2:", "does not match the folder"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: [inv/abc]\n---\n", ":4:", "not a subtopic of supply"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: []\n---\n", ":4:", "at least one subtopic"),
        ("---\n- a list\n---\n", ":2:", "must be a YAML mapping"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: [supply/bom]\n---\n## A\n<!--\nterms: a: b\n-->\nText\n",
         ":8:", "entry metadata is not valid YAML"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: [supply/bom]\n---\n## A\n<!--\nsize: 3\n-->\nText\n",
         ":7:", "unknown key"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: [supply/bom]\n---\n## A\n<!--\nkind: essay\n-->\nText\n",
         ":7:", "'kind'"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: [supply/bom]\n---\n## A\n<!-- terms: [a]\nText\n",
         ":7:", "not closed"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: [supply/bom]\n---\n## A\n<!--\nsubtopic: inv/abc\n-->\nT\n",
         ":6:", "not a subtopic of supply"),
        ("---\ndomain: supply\ntitle: x\nsubtopics: [supply/bom]\n---\n## A\nText\n## A\nMore\n",
         ":8:", "duplicate entry heading"),
    ],
)
def test_malformed_notes_name_the_file_and_line(text, where, says):
    with pytest.raises(CorpusError) as err:
        parse_note(text, "supply/bad.md", OUTLINE)
    message = str(err.value)
    assert message.startswith(f"supply/bad.md{where}"), message
    assert says in message


def test_loader_reports_bad_folders_and_encodings(tmp_path: Path):
    (tmp_path / "logistics").mkdir()
    (tmp_path / "logistics" / "x.md").write_text("---\n---\n")
    with pytest.raises(CorpusError, match="logistics/x.md: notes must sit in a domain folder"):
        load_corpus(tmp_path, OUTLINE)
    (tmp_path / "logistics" / "x.md").unlink()
    (tmp_path / "supply").mkdir()
    (tmp_path / "supply" / "y.md").write_bytes(b"---\ndomain: supply\xff\n")
    with pytest.raises(CorpusError, match="supply/y.md: not UTF-8"):
        load_corpus(tmp_path, OUTLINE)
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "missing", OUTLINE)


def test_readme_style_files_are_not_notes(tmp_path: Path):
    (tmp_path / "supply").mkdir()
    (tmp_path / "supply" / "README.md").write_text("not a note")
    (tmp_path / "FORMAT.md").write_text("not a note")
    assert load_corpus(tmp_path, OUTLINE) == []


def test_the_seed_corpus_covers_every_domain():
    entries = load_corpus(CORPUS, OUTLINE)
    per_domain = Counter(e.domain for e in entries)
    assert set(per_domain) == set(Domain)
    assert min(per_domain.values()) >= 3
    assert len({e.entry_id for e in entries}) == len(entries)
    for e in entries:
        assert e.terms, f"{e.entry_id} lists no terms"
        words = e.word_count
        high = 450 if e.kind is EntryKind.SITUATION else 400  # a situation holds causes, options and traps
        assert 120 <= words <= high, f"{e.entry_id} has {words} words"


@pytest.mark.parametrize(
    ("heading", "slug"),
    [("Available-to-promise (ATP)", "available-to-promise-atp"), ("S&OP", "s-and-op"), ("???", "entry")],
)
def test_slugify(heading, slug):
    assert slugify(heading) == slug
