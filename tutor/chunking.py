"""Split corpus entries into token-bounded chunks, as LangChain `Document`s with full metadata.

MiniLM reads at most 256 tokens (254 after its two markers) and silently drops the rest, so
sizes are measured with the embedding model's own tokenizer, passed in as `count_tokens`.
Splits fall on paragraph, then table-row, then sentence, then word boundaries. Every chunk
repeats its heading path on its first line so that it reads (and embeds) on its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable

from langchain_core.documents import Document

from tutor.corpus import SYMPTOMS_LABEL, Entry, Section
from tutor.errors import CorpusError
from tutor.text import NOTES, split_sentences

TokenCounter = Callable[[str], int]

#: Metadata keys every chunk carries (Chroma stores scalars, so lists are joined with "|"); a situation's
#: chunks also carry "links", its concept entry ids.
METADATA_KEYS = (
    "chunk_id", "entry_id", "chunk_index", "domain", "subtopic", "source", "title", "heading",
    "heading_path", "terms", "confused_with", "kind", "line", "content_hash",
)


def chunk_entries(entries: Iterable[Entry], count_tokens: TokenCounter, max_tokens: int) -> list[Document]:
    """Turn entries into chunks of at most `max_tokens` tokens each.

    Example: an entry of 3 short paragraphs (90 tokens) with max_tokens=200 -> 1 chunk whose
    text starts with the entry heading; a 500-token entry -> 3 chunks split at paragraphs.
    """
    docs: list[Document] = []
    for entry in entries:
        pieces: list[tuple[Section, str]] = []
        for section in entry.sections:
            label = " > ".join(section.headings)
            budget = max_tokens - count_tokens(label) - 1
            try:
                if budget < 16:
                    raise ValueError(f"the heading {label!r} is too long for {max_tokens}-token chunks")
                texts = split_text(section.text, count_tokens, budget)
            except ValueError as exc:
                raise CorpusError(f"{entry.source}:{section.line}: {exc}; shorten it") from None
            pieces.extend((section, f"{label}\n\n{text}") for text in texts)
        for said in entry.symptoms:  # a situation is found by what learners say of it: one chunk a phrasing
            pieces.append((entry.sections[-1], f"{entry.heading} > Symptoms\n\n{SYMPTOMS_LABEL} {said.strip()}"))
        for index, (section, content) in enumerate(pieces):
            docs.append(_document(entry, section, index, content))
    return docs


def chunk_body(content: str) -> str:
    """A chunk's text without its first line, the heading path ("" when the chunk has no body).

    Example: a chunk "MPS > ATP", blank line, "ATP is the uncommitted part." -> "ATP is the uncommitted part."
    """
    return content.split("\n\n", 1)[1] if "\n\n" in content else ""


def _document(entry: Entry, section: Section, index: int, content: str) -> Document:
    metadata: dict[str, str | int] = {
        "chunk_id": f"{entry.entry_id}:{index}",
        "entry_id": entry.entry_id,
        "chunk_index": index,
        "domain": entry.domain.value,
        "subtopic": entry.subtopic,
        "source": entry.source,
        "title": entry.file_title,
        "heading": entry.heading,
        "heading_path": " > ".join((entry.file_title, *section.headings)),
        "terms": "|".join(entry.terms),
        "confused_with": "|".join(entry.confused_with),
        "kind": entry.kind.value,
        "line": section.line,
    }
    if entry.links:  # a situation's concept entries (other chunks' hashes stay as they were)
        metadata["links"] = "|".join(entry.links)
    payload = json.dumps([content, metadata], sort_keys=True, ensure_ascii=False)
    metadata["content_hash"] = hashlib.sha256(payload.encode()).hexdigest()[:32]
    return Document(page_content=content, metadata=metadata, id=str(metadata["chunk_id"]))


def split_text(text: str, count: TokenCounter, budget: int) -> list[str]:
    """Pack a section (or any text) into pieces of at most `budget` tokens, as `count` measures them.

    Sentences are the packing unit, so chunks come out full rather than as a long chunk plus a
    short tail; a chunk that is already half full ends at a paragraph break when the next
    paragraph would not fit whole. Tables split by rows and keep their header rows.
    """
    atoms: list[tuple[str, str, int]] = []  # (text, joiner before it, tokens of its paragraph)
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        size = count(para)
        if size <= budget and _is_table(para):
            atoms.append((para, "\n\n", size))
        elif _is_table(para):
            atoms.extend((piece, "\n\n", budget + 1) for piece in _split_table(para, count, budget))
        else:
            for i, sentence in enumerate(_sentences(para, count, budget)):
                atoms.append((sentence, "\n\n" if i == 0 else " ", size if i == 0 else 0))
    pieces: list[str] = []
    current, used = "", 0
    for atom, joiner, para_size in atoms:
        # Word-piece counts add up across whitespace, so the running total is exact and each
        # atom is tokenized once; `count` on the joined text is only the tie-breaker at the limit.
        size = count(atom)
        at_break = joiner == "\n\n" and used >= budget // 2 and used + para_size > budget
        too_big = used + size > budget and count(f"{current}{joiner}{atom}") > budget
        if current and (at_break or too_big):
            pieces.append(current)
            current, used = atom, size
        else:
            current = f"{current}{joiner}{atom}" if current else atom
            used += size
    if current:
        pieces.append(current)
    return pieces


def _sentences(para: str, count: TokenCounter, budget: int) -> list[str]:
    out: list[str] = []
    for sentence in split_sentences(para, NOTES):
        out.extend([sentence] if count(sentence) <= budget else _split_words(sentence, count, budget))
    return out


def _pack(units: list[str], count: TokenCounter, budget: int, sep: str) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    for unit in units:
        candidate = sep.join([*current, unit])
        if current and count(candidate) > budget:
            pieces.append(sep.join(current))
            current = [unit]
        else:
            current.append(unit)
    if current:
        pieces.append(sep.join(current))
    return pieces


def _is_table(para: str) -> bool:
    lines = para.splitlines()
    return len(lines) > 2 and all(line.lstrip().startswith("|") for line in lines)


def _split_table(para: str, count: TokenCounter, budget: int) -> list[str]:
    """Split a Markdown table by rows, repeating the header and separator rows in each piece."""
    lines = para.splitlines()
    header, rows = "\n".join(lines[:2]), lines[2:]
    row_budget = budget - count(header)
    if row_budget < 8 or any(count(row) > row_budget for row in rows):
        return _pack(_sentences(para, count, budget), count, budget, " ")
    return [f"{header}\n{piece}" for piece in _pack(rows, count, row_budget, "\n")]


def _split_words(sentence: str, count: TokenCounter, budget: int) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    for word in sentence.split():
        if current and count(" ".join([*current, word])) > budget:
            pieces.append(" ".join(current))
            current = []
        if not current and count(word) > budget:
            raise ValueError(f"a single word of {count(word)} tokens exceeds the chunk size {budget}")
        current.append(word)
    if current:
        pieces.append(" ".join(current))
    return pieces
