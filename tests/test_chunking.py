"""Chunk sizes are measured with the real MiniLM tokenizer."""

import pytest

from tutor.chunking import METADATA_KEYS, chunk_body, chunk_entries, split_text
from tutor.corpus import load_corpus, parse_note
from tutor.domains import load_outline
from tutor.errors import CorpusError

from .conftest import CORPUS

OUTLINE = load_outline(CORPUS / "outline.yaml")
HEAD = "---\ndomain: inventory\ntitle: T\nsubtopics: [inv/abc]\n---\n"


def _chunks(text, embeddings, max_tokens=120):
    return chunk_entries(parse_note(text, "inventory/t.md", OUTLINE), embeddings.count_tokens, max_tokens)


@pytest.mark.parametrize("max_tokens", [64, 120, 200, 254])
def test_every_corpus_chunk_fits_the_model_window(embeddings, max_tokens):
    docs = chunk_entries(load_corpus(CORPUS, OUTLINE), embeddings.count_tokens, max_tokens)
    sizes = [embeddings.count_tokens(d.page_content) for d in docs]
    assert max(sizes) <= max_tokens
    assert max_tokens <= embeddings.max_tokens


def test_chunks_carry_full_metadata_and_their_heading(embeddings):
    docs = chunk_entries(load_corpus(CORPUS, OUTLINE), embeddings.count_tokens, 200)
    assert len({d.metadata["chunk_id"] for d in docs}) == len(docs)
    for d in docs:
        assert set(METADATA_KEYS) <= set(d.metadata)
        assert d.page_content.startswith(d.metadata["heading"])
        assert d.metadata["heading_path"].startswith(d.metadata["title"])
        assert d.metadata["chunk_id"] == f"{d.metadata['entry_id']}:{d.metadata['chunk_index']}"
        assert d.id == d.metadata["chunk_id"]
        assert all(isinstance(v, str | int) for v in d.metadata.values())


def test_chunking_is_deterministic(embeddings):
    entries = load_corpus(CORPUS, OUTLINE)
    a = chunk_entries(entries, embeddings.count_tokens, 200)
    b = chunk_entries(entries, embeddings.count_tokens, 200)
    assert [(d.id, d.metadata["content_hash"]) for d in a] == [(d.id, d.metadata["content_hash"]) for d in b]


def test_a_short_entry_is_one_chunk_and_a_long_one_splits_at_sentences(embeddings):
    short = _chunks(HEAD + "## Short\nOne paragraph.\n\nAnother paragraph.\n", embeddings)
    assert len(short) == 1 and short[0].page_content == "Short\n\nOne paragraph.\n\nAnother paragraph."
    sentence = "Cycle counting checks a few records every day instead of counting everything once a year. "
    long = _chunks(HEAD + "## Long\n" + sentence * 30 + "\n", embeddings)
    assert len(long) > 3
    for d in long:
        assert d.page_content.startswith("Long\n\n")
        assert d.page_content.endswith("year.")  # split between sentences, not inside one
        assert embeddings.count_tokens(d.page_content) <= 120


def test_a_long_table_splits_by_rows_and_repeats_its_header(embeddings):
    rows = "\n".join(f"| {w} | {w * 10} | {w * 7} |" for w in range(1, 60))
    docs = _chunks(HEAD + "## Table\n| Week | Demand | Supply |\n|---|---|---|\n" + rows + "\n", embeddings)
    assert len(docs) > 1
    for d in docs:
        body = d.page_content.split("\n\n", 1)[1]
        assert body.startswith("| Week | Demand | Supply |\n|---|---|---|\n| ")
    all_rows = [line for d in docs for line in d.page_content.splitlines()[4:]]
    assert len(all_rows) == 59


def test_one_giant_sentence_splits_at_words(embeddings):
    docs = _chunks(HEAD + "## Giant\n" + " ".join(["inventory"] * 500) + "\n", embeddings)
    assert len(docs) > 3 and all(embeddings.count_tokens(d.page_content) <= 120 for d in docs)


def test_an_unsplittable_word_names_the_file_and_line(embeddings):
    with pytest.raises(CorpusError, match=r"inventory/t.md:7: .*shorten it"):
        _chunks(HEAD + "## Word\n" + "qz" * 49 + "\n", embeddings, max_tokens=32)


def test_editing_one_entry_changes_only_its_hashes(embeddings):
    text = HEAD + "## A\nAlpha text.\n\n## B\nBeta text.\n"
    before = {d.id: d.metadata["content_hash"] for d in _chunks(text, embeddings)}
    after = {d.id: d.metadata["content_hash"] for d in _chunks(text.replace("Beta", "Gamma"), embeddings)}
    assert before.keys() == after.keys()
    assert [k for k in before if before[k] != after[k]] == ["inventory/t.md#b:0"]


def test_a_chunk_body_is_its_text_below_the_heading_line():
    body = "A items are few.\n\nB items are more."
    assert chunk_body(f"ABC > Classes\n\n{body}") == body
    assert chunk_body("ABC > Classes") == ""


def test_split_text_packs_any_text_by_sentences():
    def count(text):
        return len(text.split())

    assert split_text("One two three. Four five six. Seven.", count, 6) == ["One two three. Four five six.", "Seven."]
