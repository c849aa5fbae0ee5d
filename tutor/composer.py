"""The offline answer composer: a tutor's answer built from the notes' own sentences, no LLM.

Entries follow a fixed shape (definition, **How it works.**, **Example.**, **Exam traps.**,
`Related:`; `tutor.corpus.entry_parts` reads it), so the composer can pick the sentences that fit
the question: definition first, then the explanation, a comparison table for "X vs Y", the exam
traps. Every sentence it takes keeps a [n] marker, and each citation's quote is a verbatim span of
the cited chunk.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from langchain_core.documents import Document

from tutor.chunking import chunk_body
from tutor.corpus import Part, entry_parts
from tutor.domains import Domain
from tutor.models import Answer, Citation
from tutor.questions import ParsedQuestion, QuestionKind
from tutor.text import NOTES, split_sentences

_LIST_ITEM = re.compile(r"(?:^|\n)\s*(?:\d{1,2}[.)]|[-*+])\s+")  # "1. ", "- " at a line start: a new sentence


@dataclass(frozen=True)
class Sentence:
    """A sentence of an entry, the chunk it sits in, and the entry part it belongs to."""

    chunk: Document
    text: str
    part: str
    """A `tutor.corpus.Part` ("definition", "how", ...), or "title" for a heading standing in for a sentence."""


def entry_sentences(chunks: Sequence[Document]) -> list[Sentence]:
    """Split an entry's chunks (in order) into labelled sentences; tables are skipped.

    Example: "**How it works.** MRP nets. Then it offsets." -> [("MRP nets.", how), ("Then it offsets.", how)]
    """
    out: list[Sentence] = []
    for chunk, part, para in entry_parts(chunks, lambda c: chunk_body(c.page_content)):
        if not para or para.startswith("|") or para.startswith("#"):
            continue
        for item in _LIST_ITEM.split(para):
            for sentence in split_sentences(item, NOTES):
                sentence = sentence.strip()
                if len(sentence) > 3 and sentence in chunk.page_content:
                    out.append(Sentence(chunk, sentence, part))
    return out


class Citations:
    """Collects cited sentences and hands out their [n] markers."""

    def __init__(self) -> None:
        self.items: list[Citation] = []
        self._index: dict[tuple[str, str], int] = {}

    def cite(self, sentence: Sentence) -> str:
        """Return the sentence for display followed by its marker, e.g. "MRP nets. [2]"."""
        key = (str(sentence.chunk.metadata["chunk_id"]), sentence.text)
        if key not in self._index:
            meta = sentence.chunk.metadata
            self.items.append(Citation(chunk_id=key[0], source=meta["source"], title=meta["heading"],
                                       domain=meta["domain"], quote=sentence.text))
            self._index[key] = len(self.items)
        return f"{sentence.text} [{self._index[key]}]"


class Composer:
    """Builds offline answers from retrieved chunks and the full entries they belong to."""

    def __init__(self, documents: Iterable[Document]) -> None:
        by_entry: dict[str, list[Document]] = defaultdict(list)
        for doc in documents:
            by_entry[str(doc.metadata["entry_id"])].append(doc)
        self.entries = {k: sorted(v, key=lambda d: d.metadata.get("chunk_index", 0)) for k, v in by_entry.items()}

    def sentences(self, doc: Document) -> list[Sentence]:
        """All labelled sentences of the entry that `doc` belongs to."""
        return entry_sentences(self.entries.get(str(doc.metadata["entry_id"]), [doc]))

    def compose(self, question: ParsedQuestion, hits: Sequence[Document],
                second: Sequence[Document] = ()) -> Answer:
        """Answer from the best hits; `second` holds the hits for a comparison's second topic."""
        cites = Citations()
        if question.kind is QuestionKind.COMPARISON and second:
            text = self._comparison(hits[0], second[0], cites)
        elif question.kind is QuestionKind.SITUATION:
            text = self._situation(hits, cites)
        elif question.kind is QuestionKind.SCENARIO:
            text = self._scenario(hits, cites)
        else:
            text = self._explain(hits[0], cites, how=question.kind is QuestionKind.HOW)
        domain = str(hits[0].metadata["domain"])
        topics = [str(d.metadata["entry_id"]) for d in (hits[0], *second[:1])]
        if question.kind is QuestionKind.SITUATION:  # its concepts are the follow-ups on offer
            topics += [link for link in str(hits[0].metadata.get("links", "")).split("|") if link in self.entries]
        return Answer(text=text, domain=domain, citations=cites.items, kind=question.kind.value,
                      topics=list(dict.fromkeys(topics)))

    def focus(self, doc: Document, part: str, kind: str = "definition") -> Answer | None:
        """One part of an entry for a follow-up: its "example", "formula" or "traps" sentences.

        Formula sentences are the entry's formula part and any sentence holding an equation. Returns
        None when the entry has nothing of that part.
        """
        sentences = self.sentences(doc)
        if part == "formula":
            picked = [s for s in sentences if s.part == Part.FORMULA or " = " in s.text][:4]
        else:
            picked = self._pick(sentences, part, 4)
        if not picked:
            return None
        cites = Citations()
        meta = doc.metadata
        label = {"example": "Example", "formula": "Formula", "traps": "Exam traps"}.get(part, part.title())
        text = "\n".join([f"**{meta['heading']}** · {Domain(meta['domain']).display_name}", "",
                          f"**{label}.** " + " ".join(cites.cite(s) for s in picked)])
        return Answer(text=text, domain=str(meta["domain"]), citations=cites.items, kind=kind,
                      topics=[str(meta["entry_id"])])

    @staticmethod
    def _pick(sentences: list[Sentence], part: str, n: int | None = None) -> list[Sentence]:
        """The first `n` sentences of one part (all of them without `n`)."""
        return [s for s in sentences if s.part == part][:n]

    def _explain(self, doc: Document, cites: Citations, how: bool) -> str:
        sentences = self.sentences(doc)
        meta = doc.metadata
        lines = [f"**{meta['heading']}** · {Domain(meta['domain']).display_name}", ""]
        definition = self._pick(sentences, "definition", 2 if not how else 1)
        lines.append(" ".join(cites.cite(s) for s in definition))
        explanation = self._pick(sentences, "how", 4 if how else 2) or self._pick(sentences, "formula", 2)
        if explanation:
            lines += ["", "**How it works.** " + " ".join(cites.cite(s) for s in explanation)]
        example = self._pick(sentences, "example", 2)
        if example and not how:
            lines += ["", "**Example.** " + " ".join(cites.cite(s) for s in example)]
        traps = self._pick(sentences, "traps", 2)
        if traps:
            lines += ["", "**Exam traps.** " + " ".join(cites.cite(s) for s in traps)]
        confused = [c for c in str(meta.get("confused_with", "")).split("|") if c]
        if confused:
            lines += ["", f"*Often confused with:* {', '.join(confused)}."]
        return "\n".join(lines).strip()

    def _situation(self, hits: Sequence[Document], cites: Citations) -> str:
        """A situation answered as a tutor would, from the situation entry `hits[0]`.

        The diagnosis, causes, options best first, first step and what to avoid; then the concepts behind it (the
        other entries the question found, then the entries the situation links to).
        """
        doc = hits[0]
        sentences = self.sentences(doc)
        meta = doc.metadata
        lines = [f"**{meta['heading']}** · {Domain(meta['domain']).display_name}", ""]
        lines.append(" ".join(cites.cite(s) for s in self._pick(sentences, Part.DEFINITION)))
        causes = self._pick(sentences, Part.CAUSES)
        if causes:
            lines += ["", "**Likely causes.** " + " ".join(cites.cite(s) for s in causes)]
        options = self._options(sentences)
        if options:
            lines += ["", "**What to do, best first:**"]
            lines += [f"{n}. " + " ".join(cites.cite(s) for s in said) for n, said in enumerate(options, 1)]
        first = self._pick(sentences, Part.FIRST_STEP)
        if first:
            lines += ["", "**First step.** " + " ".join(cites.cite(s) for s in first)]
        traps = self._pick(sentences, Part.TRAPS)
        if traps:
            lines += ["", "**Avoid.** " + " ".join(cites.cite(s) for s in traps)]
        links = [self.entries[x][0] for x in str(meta.get("links", "")).split("|") if self.entries.get(x)]
        lines += self._concepts([*hits[1:], *links], cites, skip={str(meta["entry_id"])})
        other = next((h for h in hits[1:] if h.metadata.get("kind") == "situation"
                      and h.metadata["entry_id"] != meta["entry_id"]), None)
        if other is not None:  # the runner-up: a symptom can fit two situations
            theirs = self.sentences(other)
            said = self._pick(theirs, Part.DEFINITION, 1) + self._pick(theirs, Part.FIRST_STEP, 1)
            if said:
                lines += ["", f"**If it looks more like “{other.metadata['heading']}”:** "
                          + " ".join(cites.cite(s) for s in said)]
        return "\n".join(lines).strip()

    def _concepts(self, docs: Sequence[Document], cites: Citations, skip: set[str], n: int = 3) -> list[str]:
        """"Concepts behind it": the defining sentence of up to `n` concept or worked-example entries, in order."""
        bullets: list[str] = []
        for doc in docs:
            entry = str(doc.metadata["entry_id"])
            if entry in skip or doc.metadata.get("kind") not in ("concept", "worked-example") or len(bullets) == n:
                continue
            skip.add(entry)
            definition = self._pick(self.sentences(doc), Part.DEFINITION, 1)
            if definition:
                bullets.append(f"- **{doc.metadata['heading']}**: {cites.cite(definition[0])}")
        return ["", "**Concepts behind it.**", *bullets] if bullets else []

    def _options(self, sentences: list[Sentence]) -> list[list[Sentence]]:
        """The numbered options of a situation, in order, each as the sentences of its list item."""
        options: list[list[Sentence]] = []
        for chunk, part, para in entry_parts(self.entries.get(str(sentences[0].chunk.metadata["entry_id"]), []),
                                             lambda c: chunk_body(c.page_content)) if sentences else []:
            if part != Part.OPTIONS:
                continue
            for item in _LIST_ITEM.split(para):
                said = [s for s in sentences if s.part == Part.OPTIONS and s.chunk is chunk and s.text in item]
                if said:
                    options.append(said)
        return options

    def _comparison(self, a: Document, b: Document, cites: Citations) -> str:
        sa, sb = self.sentences(a), self.sentences(b)
        head = f"**{a.metadata['heading']}** vs **{b.metadata['heading']}**"
        rows = []
        for label, part, n in (("What it is", "definition", 1), ("How it works", "how", 2), ("Exam trap", "traps", 1)):
            left, right = self._pick(sa, part, n), self._pick(sb, part, n)
            if left or right:
                # a cell is one line: a numbered list or line break inside a sentence would end the table row
                cell = [" ".join(" ".join(cites.cite(s) for s in side).split()).replace("|", "\\|") or "—"
                        for side in (left, right)]
                rows.append(f"| {label} | {cell[0]} | {cell[1]} |")
        table = [f"| | {a.metadata['heading']} | {b.metadata['heading']} |", "|---|---|---|", *rows]
        difference = self._difference(sa, sb, a, b)
        lines = [head, "", *table]
        if difference:
            lines += ["", "**Key difference.** " + cites.cite(difference)]
        return "\n".join(lines)

    @staticmethod
    def _difference(sa: list[Sentence], sb: list[Sentence], a: Document, b: Document) -> Sentence | None:
        """A trap sentence of one entry that names the other: usually the crispest contrast."""
        names_b = _names(b)
        names_a = _names(a)
        for sentence, names in [(s, names_b) for s in sa if s.part == "traps"] + [
                (s, names_a) for s in sb if s.part == "traps"]:
            low = sentence.text.lower()
            if any(n and n in low for n in names):
                return sentence
        return None

    def _scenario(self, hits: Sequence[Document], cites: Citations) -> str:
        """A question about what to do that no situation entry answers: the best entry, then the concepts behind it."""
        lines = [self._explain(hits[0], cites, how=True)]
        return "\n".join(lines + self._concepts(hits[1:], cites, skip={str(hits[0].metadata["entry_id"])}))


def _names(doc: Document) -> list[str]:
    terms = [t.lower() for t in str(doc.metadata.get("terms", "")).split("|") if len(t) > 2]
    heading = re.sub(r"\s*\(.*?\)", "", str(doc.metadata.get("heading", ""))).lower()
    return [*terms, heading]
