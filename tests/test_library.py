"""The learner's library with the real MiniLM and a real embedded Chroma in tmp_path."""

from __future__ import annotations

import os
import re

import chromadb
import pytest
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

from tutor.domains import Domain, load_outline
from tutor.errors import IndexStoreError, QueryError, UnknownDomainError
from tutor.library import Library
from tutor.personal import quotable
from tutor.uploads import MAX_BYTES, sanitize_filename

from .conftest import CORPUS

KANBAN = ["Kanban containers signal replenishment in a pull system.",
          "The number of kanban containers equals demand during lead time plus safety stock,",
          "divided by the container size. Each card authorizes production or withdrawal of one container.",
          "Takt time and level loading keep the flow steady on the line."]
CYCLE = ["Cycle counting checks inventory record accuracy by counting a few locations every day.",
         "A items are counted most often, C items least often, following the ABC classification.",
         "Counts are compared with the perpetual inventory record and tolerances decide when to adjust.",
         "Root causes of record errors are found and fixed instead of a yearly physical inventory."]
SOP = """# Sales and operations planning

Every month the S&OP process starts with data gathering, then a demand review, a supply review, a pre-S&OP
reconciliation meeting and finally the executive S&OP meeting.

Product families are planned over an 18 to 36 month horizon. The executive team approves one consensus plan
that balances demand and supply and ties the volumes to the financial plan and the budget.
"""


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: one Helvetica text content stream per page, with a correct xref table."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        shown = " ".join("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
                         for line in lines)
        body = f"BT /F1 11 Tf 14 TL 72 740 Td {shown} ET"
        objs.append(f"<< /Length {len(body.encode('latin-1'))} >>\nstream\n{body}\nendstream")
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objs)} 0 R >>")
        kids.append(f"{len(objs)} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


PDF = make_pdf([KANBAN, CYCLE])


@pytest.fixture(scope="module")
def outline():
    return load_outline(CORPUS / "outline.yaml")


@pytest.fixture
def client(tmp_path):
    return chromadb.PersistentClient(path=str(tmp_path / "chroma"),
                                     settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True))


@pytest.fixture
def library(client, embeddings, outline):
    return Library(client, embeddings, outline)


def _stored(client, learner_id: int) -> dict:
    return client.get_collection(f"library-{learner_id}").get(include=["documents", "metadatas"])


def _count(client, learner_id: int) -> int:
    names = {getattr(c, "name", c) for c in client.list_collections()}
    return client.get_collection(f"library-{learner_id}").count() if f"library-{learner_id}" in names else 0


def test_a_pdf_is_added_page_by_page_and_auto_tagged(client, library):
    seen: list[tuple[float, str]] = []
    added = library.add(1, "notes.pdf", PDF, progress=lambda f, msg: seen.append((f, msg)))
    assert (added.filename, added.pages, added.chunks) == ("notes.pdf", 2, 2)
    assert re.fullmatch(r"[0-9a-f]{12}", added.file_id)
    assert set(added.domain_scores) == {d.value for d in Domain}
    top3 = sorted(added.domain_scores, key=added.domain_scores.__getitem__, reverse=True)[:3]
    assert added.domain in {"detailed-schedules", "inventory"} and added.domain == top3[0]
    assert {"detailed-schedules", "inventory"} <= set(top3)
    got = _stored(client, 1)
    by_page = {m["page"]: (m, text) for m, text in zip(got["metadatas"], got["documents"], strict=True)}
    assert sorted(by_page) == [1, 2]
    meta, text = by_page[2]
    assert "Cycle counting" in text and "Kanban" not in text and "Kanban containers" in by_page[1][1]
    assert meta["chunk_id"] == f"lib:1:{added.file_id}:2:1" and meta["entry_id"] == f"lib:{added.file_id}"
    assert (meta["heading"], meta["source"], meta["title"], meta["kind"]) == (
        "notes.pdf, p. 2", "notes.pdf", "notes.pdf", "library")
    assert (meta["domain"], meta["subtopic"], meta["pages"], meta["chunks"]) == (added.domain, "", 2, 2)
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    messages = " ".join(m for _, m in seen)
    assert "Reading notes.pdf" in messages and "Embedding 2/2" in messages and "Saving 2/2" in messages


def test_chunks_are_token_bounded_and_keep_their_page(client, embeddings, outline):
    library = Library(client, embeddings, outline, chunk_tokens=32)
    added = library.add(1, "notes.pdf", PDF)
    got = _stored(client, 1)
    assert added.chunks == len(got["ids"]) > 2
    pages = {1: " ".join(KANBAN), 2: " ".join(CYCLE)}
    for meta, text in zip(got["metadatas"], got["documents"], strict=True):
        assert embeddings.count_tokens(text) <= 32
        assert text in pages[meta["page"]]
    assert {m["page"] for m in got["metadatas"]} == {1, 2}
    assert sorted(m["chunk_index"] for m in got["metadatas"]) == list(range(added.chunks))


def test_markdown_about_sop_is_tagged_sop_and_a_chosen_domain_wins(client, library):
    added = library.add(1, "sop.md", SOP.encode())
    assert added.domain == "sop" and added.pages == 1
    assert library.suggest_domain(SOP)[0] == "sop"
    meta = _stored(client, 1)["metadatas"][0]
    assert (meta["page"], meta["heading"]) == (0, "sop.md")
    chosen = library.add(1, "kanban.txt", "\n".join(KANBAN).encode(), domain="Inventory")
    assert chosen.domain == "inventory" and set(chosen.domain_scores) == {d.value for d in Domain}
    with pytest.raises(UnknownDomainError):
        library.add(1, "x.txt", b"some text", domain="logistics")


def test_search_finds_the_right_page(library):
    assert library.search(1, "cycle counting") == []  # no library yet
    library.add(1, "notes.pdf", PDF)
    library.add(1, "sop.md", SOP.encode())
    hits = library.search(1, "How often are A items counted in cycle counting?", k=3)
    assert len(hits) == 3
    assert hits[0].metadata["page"] == 2 and hits[0].metadata["source"] == "notes.pdf"
    scores = [d.metadata["score"] for d in hits]
    assert scores == sorted(scores, reverse=True) and 0.3 < scores[0] <= 1 and all(0 <= s <= 1 for s in scores)
    assert hits[0].metadata["chunk_id"].startswith("lib:1:") and "Cycle counting" in hits[0].page_content
    assert library.search(1, "executive S&OP meeting", k=1)[0].metadata["source"] == "sop.md"
    with pytest.raises(QueryError):
        library.search(1, "   ")


def test_files_set_domain_and_remove(client, library):
    pdf = library.add(1, "notes.pdf", PDF)
    md = library.add(1, "sop.md", SOP.encode())
    assert [f.filename for f in library.files(1)] == ["notes.pdf", "sop.md"]
    assert library.files(1)[0] == pdf
    changed = library.set_domain(1, pdf.file_id, "quality-tech-ci")
    assert changed.domain == "quality-tech-ci" and changed.domain_scores == pdf.domain_scores
    assert {f.file_id: f.domain for f in library.files(1)} == {pdf.file_id: "quality-tech-ci", md.file_id: "sop"}
    assert {m["domain"] for m in _stored(client, 1)["metadatas"] if m["file_id"] == pdf.file_id} == {"quality-tech-ci"}
    assert library.search(1, "cycle counting", k=1)[0].metadata["domain"] == "quality-tech-ci"
    with pytest.raises(UnknownDomainError):
        library.set_domain(1, pdf.file_id, "logistics")
    library.remove(1, md.file_id)
    assert [f.file_id for f in library.files(1)] == [pdf.file_id] and _count(client, 1) == pdf.chunks
    with pytest.raises(QueryError, match="no file with the id “" + md.file_id):
        library.remove(1, md.file_id)
    with pytest.raises(QueryError, match="no file with the id “nope”"):
        library.set_domain(1, "nope", "sop")
    assert library.set_domain(1, f"  {pdf.file_id.upper()} ", "sop").domain == "sop"  # pasted with case and spaces


def test_set_domain_without_a_domain_goes_back_to_the_detected_one(library):
    added = library.add(1, "sop.md", SOP.encode(), domain="Inventory")
    assert added.domain == "inventory"
    assert library.set_domain(1, added.file_id, None).domain == "sop"  # what Auto-detect means for "Set domain"
    assert library.set_domain(1, added.file_id, "").domain == "sop" == library.files(1)[0].domain


@pytest.mark.parametrize("file_id", ["", "   ", None, "\x1b[2J" + "x" * 300])
def test_a_missing_or_unknown_file_id_gets_a_clear_message(library, file_id):
    library.add(1, "sop.md", SOP.encode())
    with pytest.raises(QueryError) as caught:
        library.set_domain(1, file_id, "sop")  # type: ignore[arg-type]
    message = str(caught.value)
    assert "first column of the list of your files" in message and "\x1b" not in message and len(message) < 200
    with pytest.raises(QueryError, match="first column"):
        library.remove(1, file_id)  # type: ignore[arg-type]
    assert len(library.files(1)) == 1


def test_learners_are_isolated(client, library):
    mine = library.add(1, "notes.pdf", PDF)
    assert library.files(2) == [] and library.search(2, "cycle counting") == []
    with pytest.raises(QueryError):
        library.remove(2, mine.file_id)
    with pytest.raises(QueryError):
        library.set_domain(2, mine.file_id, "sop")
    theirs = library.add(2, "notes.pdf", PDF)
    assert theirs.file_id != mine.file_id
    library.remove(2, theirs.file_id)
    assert library.files(1) == [mine] and _count(client, 1) == 2 and _count(client, 2) == 0
    assert all(m["chunk_id"].startswith("lib:1:") for m in _stored(client, 1)["metadatas"])


@pytest.mark.parametrize(("name", "data", "says"), [
    ("scan.pdf", os.urandom(4000), "could not be read as a PDF"),
    ("cut.pdf", PDF[: len(PDF) // 2], "could not be read as a PDF"),
    ("fake.pdf", b"%PDF-1.4\n" + os.urandom(2000), "could not be read as a PDF"),
    ("blank.pdf", make_pdf([[], []]), "has no text that can be extracted"),
    ("no-pages.pdf", make_pdf([]), "has no text that can be extracted"),
    ("text.pdf", SOP.encode(), "could not be read as a PDF"),
])
def test_unreadable_pdfs_are_refused_and_change_nothing(client, library, name, data, says):
    library.add(1, "sop.md", SOP.encode())
    before = _stored(client, 1)
    with pytest.raises(QueryError, match=says) as caught:
        library.add(1, name, data)
    assert name in str(caught.value) and "upload a text PDF, Markdown" in str(caught.value)
    assert _stored(client, 1) == before and library.files(1)[0].filename == "sop.md"


@pytest.mark.parametrize(("name", "data", "says"), [
    ("big.txt", b"a" * (MAX_BYTES + 1), "the limit is 20 MB"),
    ("big.pdf", PDF + b"%" * MAX_BYTES, "the limit is 20 MB"),
    ("empty.md", b"", "is empty"),
    ("empty.pdf", b"", "is empty"),
    ("setup.exe", b"MZ\x90\x00 text", ".exe files cannot be added"),
    ("README", b"plain words", "without a type suffix"),
    ("photo.txt", bytes(range(256)) * 4, "not UTF-8 text"),
    ("nul.txt", b"words\x00\x01\x02" * 50, "looks like a binary file"),
    ("spaces.md", b" \n\n\t \n", "has no text"),
])
def test_bad_uploads_are_refused_with_helpful_messages(client, library, name, data, says):
    with pytest.raises(QueryError, match=re.escape(says)) as caught:
        library.add(1, name, data)
    assert name in str(caught.value)
    assert _count(client, 1) == 0 and library.files(1) == []


@pytest.mark.parametrize(("raw", "clean"), [
    ("../../etc/passwd.md", "passwd.md"),
    ("C:\\temp\\notes.md", "notes.md"),
    (".hidden.txt", "hidden.txt"),
    ("my<notes>|v2:*?.txt", "my_notes_v2_.txt"),
    ("chapter 3 -- kanban.PDF", "chapter 3 -- kanban.PDF"),
    ("<>|.md", "notes.md"),
    ("", "notes"),
    ("a" * 300 + ".md", "a" * 97 + ".md"),
    ("...", "notes"),
    ("notes\x1b[2J\x00\n.md", "notes_2J_.md"),
    ("\x07\x08.txt", "notes.txt"),
    ("a/b\\c\r\n.pdf", "c_.pdf"),
])
def test_file_names_are_sanitised(raw, clean):
    name = sanitize_filename(raw)
    assert name == clean
    assert 0 < len(name) <= 100 and not name.startswith(".") and re.fullmatch(r"[\w .\-]+", name)


def test_an_uploaded_name_is_stored_sanitised(client, library):
    added = library.add(1, "../../etc/pass<wd>.md", SOP.encode())
    assert added.filename == "pass_wd_.md"
    assert {m["source"] for m in _stored(client, 1)["metadatas"]} == {"pass_wd_.md"}
    with pytest.raises(QueryError) as caught:  # a refusal names the file by its cleaned name only
        library.add(1, "../x\x1b[2J\x00.exe", b"MZ")
    assert str(caught.value).startswith("x_2J_.exe: .exe files") and "\x1b" not in str(caught.value)
    assert [f.filename for f in library.files(1)] == ["pass_wd_.md"]


def test_markdown_headings_are_stored_in_paragraphs_of_their_own(client, library):
    text = ("# Plant 7\n## Water spider tote loop ##\nOur water spider walks the loop every 30 minutes.\n"
            "Tote rules\n==========\nEach tote holds 24 brackets.\n#hashtag is not a heading.\n")
    library.add(1, "plant.md", text.encode())
    stored = _stored(client, 1)["documents"][0]
    assert stored.split("\n\n") == ["# Plant 7", "## Water spider tote loop",
                                     "Our water spider walks the loop every 30 minutes.", "# Tote rules",
                                     "Each tote holds 24 brackets. #hashtag is not a heading."]
    assert quotable(stored) == ["Our water spider walks the loop every 30 minutes.",
                                "Each tote holds 24 brackets. #hashtag is not a heading."]


def test_a_long_unbroken_word_is_split_rather_than_refused(client, embeddings, outline):
    library = Library(client, embeddings, outline, chunk_tokens=32)
    added = library.add(1, "hash.txt", ("Checksum: " + "x9" * 400 + " ends the record.").encode())
    assert added.chunks > 1
    assert all(embeddings.count_tokens(t) <= 32 for t in _stored(client, 1)["documents"])


def test_re_adding_the_same_content_replaces_it(client, library):
    first = library.add(1, "notes.pdf", PDF)
    again = library.add(1, "renamed.pdf", PDF)
    assert again.file_id == first.file_id and _count(client, 1) == first.chunks == 2
    assert [f.filename for f in library.files(1)] == ["renamed.pdf"]


def _failing_second_add(monkeypatch) -> list[int]:
    calls: list[int] = []
    real_add = Collection.add

    def flaky(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(Collection, "add", flaky)
    return calls


def test_a_write_failing_part_way_leaves_nothing_behind(client, embeddings, outline, monkeypatch):
    library = Library(client, embeddings, outline, chunk_tokens=32, batch_size=2)
    calls = _failing_second_add(monkeypatch)
    with pytest.raises(IndexStoreError, match="nothing was changed"):
        library.add(1, "notes.pdf", PDF)
    assert len(calls) == 2  # the first batch was written before the failure
    assert _count(client, 1) == 0 and library.files(1) == [] and library.search(1, "kanban") == []


def test_a_failed_replacement_keeps_the_earlier_copy(client, embeddings, outline, monkeypatch):
    library = Library(client, embeddings, outline, chunk_tokens=32, batch_size=2)
    first = library.add(1, "notes.pdf", PDF)
    before = _stored(client, 1)
    calls = _failing_second_add(monkeypatch)
    with pytest.raises(IndexStoreError):
        library.add(1, "renamed.pdf", PDF, domain="demand")
    assert len(calls) == 2
    after = _stored(client, 1)
    assert sorted(after["ids"]) == sorted(before["ids"]) and library.files(1) == [first]
    assert library.search(1, "cycle counting", k=1)[0].metadata["page"] == 2
