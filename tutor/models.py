"""Data that crosses module boundaries, as pydantic models."""

from __future__ import annotations

from typing import Any

from langchain_core.documents import Document
from pydantic import BaseModel, ConfigDict


class SearchHit(BaseModel):
    """One ranked chunk from a search, as the CLI and UI show it."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    rank: int
    """1 for the best hit."""
    chunk_id: str
    """Stable id: `<source>#<entry-slug>:<chunk index>`."""
    entry_id: str
    """Id of the `##` entry the chunk belongs to."""
    title: str
    """Title of the note file."""
    heading: str
    """Heading of the entry."""
    domain: str
    """Domain slug."""
    subtopic: str
    """Subtopic id, e.g. `supply/atp-ctp`."""
    source: str
    """Note file path relative to the corpus folder."""
    line: int
    """Line in the source where the chunk's section starts."""
    score: float
    """Fused relevance, 0-1 (1: ranked first by every retriever)."""
    dense_score: float | None = None
    """Cosine similarity from the dense retriever, if it ranked the chunk."""
    bm25_score: float | None = None
    """BM25 score, if the keyword retriever ranked the chunk."""
    text: str
    """The chunk text (starts with its heading path)."""

    @classmethod
    def from_document(cls, doc: Document, rank: int) -> SearchHit:
        """Build a hit from a retrieved document and its metadata."""
        m = doc.metadata
        return cls(
            rank=rank, chunk_id=m["chunk_id"], entry_id=m["entry_id"], title=m["title"],
            heading=m["heading"], domain=m["domain"], subtopic=m["subtopic"], source=m["source"],
            line=int(m.get("line", 0)), score=float(m.get("score", 0.0)),
            dense_score=m.get("dense_score"), bm25_score=m.get("bm25_score"), text=doc.page_content,
        )

    @property
    def snippet(self) -> str:
        """The chunk text without its heading line, folded to one line of at most 200 characters."""
        body = self.text.split("\n\n", 1)[-1]
        flat = " ".join(body.split())
        return flat if len(flat) <= 200 else flat[:197].rsplit(" ", 1)[0] + "..."


class Citation(BaseModel):
    """A passage an answer relies on; `quote` is a verbatim span of the chunk's text."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    chunk_id: str
    """Id of the cited chunk."""
    source: str
    """Note file path relative to the corpus folder."""
    title: str
    """Heading of the cited entry."""
    domain: str
    """Domain slug of the cited entry."""
    quote: str
    """The exact words taken from the chunk."""


class Calculation(BaseModel):
    """What a calculation answer read and computed; the calculator form is filled from it."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    function: str
    """The `tutor.calc` function (the formula's id)."""
    title: str
    """The formula's name, as shown."""
    inputs: dict[str, Any] = {}
    """Values read (or given in the form), by input name: numbers, lists and tables."""
    missing: list[str] = []
    """Inputs still needed, by name; empty when the result was computed."""
    unit: str = ""
    """The unit of `Answer.numeric_answer` ("%" when the question asked for a percent)."""


class Answer(BaseModel):
    """A grounded answer: Markdown text whose [n] markers point into `citations`."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    text: str
    """The answer in Markdown, with [n] citation markers."""
    domain: str | None
    """Domain slug the answer belongs to."""
    citations: list[Citation]
    """Cited passages, in marker order ([1] is the first)."""
    numeric_answer: float | None = None
    """The computed result of a calculation question."""
    kind: str = "definition"
    """What kind of question this answered (definition, comparison, how, scenario, calculation)."""
    backend: str = "offline"
    """Which backend wrote the text."""
    latency_ms: float = 0.0
    """Time taken to answer, in milliseconds."""
    topics: list[str] = []
    """Entry ids the answer is about, main first: a follow-up question ("give me an example") leans on them."""
    calculation: Calculation | None = None
    """For a calculation: the formula, the inputs read and what is still missing."""


class NotInCorpus(BaseModel):
    """The notes do not cover the question; the learner is pointed at the nearest topics."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    message: str
    """A short explanation for the learner."""
    nearest_topics: list[str]
    """Headings of the closest entries the notes do have."""
    backend: str = "offline"
    """Which backend decided."""
    latency_ms: float = 0.0
    """Time taken, in milliseconds."""
