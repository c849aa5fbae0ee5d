"""The material quiz items are made of: concept entries with their names, sentences and neighbours.

Built once per engine from the indexed chunks, so every quote an item cites is a verbatim span of
a chunk the learner can open. Names come from an entry's heading and its `terms`; neighbours are
the entries whose first chunk sits nearest in embedding space, within the same domain.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml
from langchain_core.documents import Document

from tutor.composer import Sentence, entry_sentences
from tutor.corpus import Part
from tutor.errors import CorpusError
from tutor.quiz.items import normalize

_PAREN = re.compile(r"\s*\(([^)]*)\)")


def plain(text: str) -> str:
    """Markdown emphasis and code marks dropped: "**EOQ** is `Q`" -> "EOQ is Q"."""
    return re.sub(r"\*\*|__|`", "", text).strip()


@dataclass
class TermEntry:
    """A concept entry as quiz material."""

    entry_id: str
    domain: str
    subtopic: str
    heading: str
    names: tuple[str, ...]
    """Every name of the concept: heading (with and without its parenthesis), acronyms, synonyms."""
    confused_with: tuple[str, ...]
    sentences: list[Sentence]
    first_chunk: str
    own: tuple[str, ...] = ()
    """The names that mean exactly this concept (`own_names`): what a blank accepts and what a mask hides."""
    neighbours: list[str] = field(default_factory=list)
    """Entry ids of the nearest concepts in the same domain, nearest first."""

    @property
    def term(self) -> str:
        """The display name: the heading."""
        return self.heading

    @property
    def bare(self) -> str:
        """The heading without its parenthesis: "Available-to-promise (ATP)" -> "Available-to-promise"."""
        return _PAREN.sub("", self.heading).strip()

    @property
    def is_term(self) -> bool:
        """Whether the heading names one concept (not a topic like "Sources of demand: forecasts and orders")."""
        return len(self.bare.split()) <= 5 and not re.search(r"[:,/]|\b(?:and|in|for|vs|versus)\b", self.bare, re.I)

    def part(self, name: Part) -> list[Sentence]:
        """Sentences of one part of the entry: definition, how, example, traps."""
        return [s for s in self.sentences if s.part == name]

    @property
    def definition(self) -> Sentence | None:
        """The first definition sentence, if the entry has one."""
        return next(iter(self.part(Part.DEFINITION)), None)

    def mentions_own_name(self, text: str) -> bool:
        """Whether text names this concept (any name, whole words, case-insensitive)."""
        return _says(text, self.names)

    def names_itself(self, text: str) -> bool:
        """Whether text names this concept by one of its own names (`own`), whole words, case-insensitive."""
        return _says(text, self.own or self.names)

    def mask(self, text: str, blank: str = "____", names: Iterable[str] | None = None) -> str:
        """The text with every own name of the concept (or just `names`) replaced by `blank`, longest first."""
        out = plain(text)
        for name in sorted((self.own or self.names) if names is None else names, key=len, reverse=True):
            if len(name) > 1:
                out = re.sub(rf"(?<![\w-]){re.escape(name)}(?:s|es)?(?![\w-])", blank, out, flags=re.I)
        out = re.sub(rf"\b(?:An?|an?)\s+(?={re.escape(blank)})", "A(n) ", out)
        out = re.sub(rf"{re.escape(blank)}(?:\s*\({re.escape(blank)}\))+", blank, out)
        return re.sub(rf"\({re.escape(blank)}\)", "", out).replace("  ", " ").strip()


def _says(text: str, names: Iterable[str]) -> bool:
    """Whether text holds one of `names` as whole words, case-insensitive."""
    low = f" {normalize(plain(text))} "
    return any(f" {normalize(n)} " in low for n in names if normalize(n))


def entry_names(heading: str, terms: Iterable[str]) -> tuple[str, ...]:
    """Heading, heading without its parenthesis, the parenthesis (an acronym) and the terms, de-duplicated.

    Example: ("Available-to-promise (ATP)", ["discrete ATP"]) -> ("Available-to-promise (ATP)",
    "Available-to-promise", "ATP", "discrete ATP")
    """
    return _union([heading, _PAREN.sub("", heading).strip(), *[m.group(1) for m in _PAREN.finditer(heading)], *terms])


_ALIAS = r"\s*(?:\(|,\s*(?:also\s+)?(?:called|known\s+as)\s+|\s+or\s+)"
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&/-]{0,9}s?$")


def _initials(name: str) -> str:
    """"Available-to-promise" -> "atp"; "Materials requirements planning" -> "mrp"."""
    return "".join(w[0] for w in re.split(r"[\s/-]+", name.lower()) if w and w not in ("and", "of", "the"))


def own_names(heading: str, terms: Iterable[str], definition: str = "") -> tuple[str, ...]:
    """The names that mean exactly the concept, not its related terms.

    They are the bare heading, an acronym in its parenthesis, spelling variants and acronyms of those, words of
    the heading ("master schedule"), and aliases the definition gives right after a name ("X (Y)", "X, also
    called Y", "X or Y").

    Example: ("Fill rate (unit, line and order)", ["order fill rate", "FR"]) -> ("Fill rate",) plus "FR" only
    if its letters are the heading's initials; ("Available-to-promise (ATP)", ["ATP", "discrete ATP"]) ->
    ("Available-to-promise", "ATP", "Available-to-promise (ATP)").
    """
    bare = _PAREN.sub("", heading).strip()
    paren = [m.group(1).strip() for m in _PAREN.finditer(heading)]
    own = [bare]
    acronyms = [p for p in paren if _ACRONYM.match(p) and p.upper() == p or _initials(bare) == p.lower()]
    own += acronyms
    if acronyms and len(paren) == 1:
        own.append(heading)
    squash = {re.sub(r"[\s-]", "", normalize(n)) for n in own}
    text = plain(definition)
    for term in terms:
        flat = re.sub(r"[\s-]", "", normalize(term))
        if flat in squash or flat.rstrip("s") in {f.rstrip("s") for f in squash}:
            own.append(term)  # "cross-dock" for "Cross-docking" is not this; "crossdocking" is
        elif _ACRONYM.match(term) and term.upper() == term and _initials(bare) == term.lower().rstrip("s"):
            own.append(term)
        elif len(words := normalize(term).split()) >= 2 and set(words) < set(normalize(bare).split()):
            own.append(term)  # "master schedule" for "Master production schedule"; not "order fill rate"
        elif text and any(re.search(rf"(?<![\w-]){re.escape(n)}{_ALIAS}{re.escape(term)}(?![\w-])", text, re.I)
                          for n in own):
            own.append(term)
    return _union(own)


def _union(names: Iterable[str]) -> tuple[str, ...]:
    """Names without repeats (compared normalised), in order."""
    seen: dict[str, str] = {}
    for name in names:
        if (key := normalize(name)) and len(key) > 1:
            seen.setdefault(key, name.strip())
    return tuple(seen.values())


def chunks_by_entry(documents: Iterable[Document]) -> dict[str, list[Document]]:
    """The chunks of each entry, by entry id, in their order within the entry."""
    by_entry: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        by_entry[str(doc.metadata["entry_id"])].append(doc)
    return {e: sorted(chunks, key=lambda d: int(d.metadata.get("chunk_index", 0))) for e, chunks in by_entry.items()}


ALIASES_FILE = "QUIZ_ALIASES.yaml"


def load_aliases(corpus_dir: Path) -> dict[str, tuple[str, ...]]:
    """The names a fill-in-the-blank accepts per entry id (`corpus/QUIZ_ALIASES.yaml`; none when it is missing).

    Raises:
        CorpusError: the file is not a mapping of entry ids to lists of names.
    """
    path = corpus_dir / ALIASES_FILE
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        aliases = {str(k): tuple(str(n).strip() for n in v if str(n).strip()) for k, v in data.items()}
    except (OSError, yaml.YAMLError, AttributeError, TypeError) as exc:
        raise CorpusError(f"{path}: cannot read the quiz aliases ({exc}); it maps entry ids to lists of names, "
                          "e.g. 'inventory/lot-sizing.md#economic-order-quantity-eoq: [EOQ, economic order quantity]'"
                          ) from None
    return aliases


class TermBank:
    """Concept entries by id and by domain, with a name index and embedding neighbours."""

    def __init__(self, documents: Sequence[Document], vectors: Mapping[str, Sequence[float]] | None = None,
                 neighbours: int = 8, aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self.entries: dict[str, TermEntry] = {}
        for entry_id, chunks in chunks_by_entry(documents).items():
            meta = chunks[0].metadata
            if meta.get("kind") != "concept":
                continue
            terms = [t for t in str(meta.get("terms", "")).split("|") if t]
            sentences = entry_sentences(chunks)
            first = next((x.text for x in sentences if x.part == Part.DEFINITION), "")
            self.entries[entry_id] = TermEntry(
                entry_id=entry_id, domain=str(meta["domain"]), subtopic=str(meta["subtopic"]),
                heading=str(meta["heading"]), names=entry_names(str(meta["heading"]), terms),
                confused_with=tuple(c for c in str(meta.get("confused_with", "")).split("|") if c),
                sentences=sentences, first_chunk=str(meta["chunk_id"]),
                own=_union([*(aliases or {}).get(entry_id, ()), *own_names(str(meta["heading"]), terms, first)]))
        self.by_domain: dict[str, list[str]] = defaultdict(list)
        self.by_name: dict[str, str] = {}
        for entry in self.entries.values():
            self.by_domain[entry.domain].append(entry.entry_id)
            for name in entry.names:
                self.by_name.setdefault(normalize(name), entry.entry_id)
        if vectors:
            self._neighbours(vectors, neighbours)

    def _neighbours(self, vectors: Mapping[str, Sequence[float]], k: int) -> None:
        for ids in self.by_domain.values():
            have = [i for i in ids if self.entries[i].first_chunk in vectors]
            if len(have) < 2:
                continue
            matrix = np.array([vectors[self.entries[i].first_chunk] for i in have], dtype=np.float32)
            matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
            sims = matrix @ matrix.T
            for row, entry_id in enumerate(have):
                order = np.argsort(-sims[row])
                self.entries[entry_id].neighbours = [have[j] for j in order if j != row][:k]

    def resolve(self, name: str) -> TermEntry | None:
        """The concept entry a name refers to, if any."""
        entry_id = self.by_name.get(normalize(name))
        return self.entries.get(entry_id) if entry_id else None

    def related(self, a: TermEntry, b: TermEntry) -> bool:
        """Whether b is a synonym of a or one contains the other's name (never a fair distractor)."""
        na = {normalize(n) for n in a.names}
        nb = {normalize(n) for n in b.names}
        return a.entry_id == b.entry_id or bool(na & nb) or any(
            f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in na for y in nb if len(x) > 3 and len(y) > 3)

    def distractors(self, entry: TermEntry, count: int, rng: random.Random) -> list[TermEntry]:
        """Up to `count` fair distractors: confusable terms first, then embedding neighbours."""
        picked: list[TermEntry] = []

        def take(candidate: TermEntry | None) -> None:
            if candidate is None or len(picked) >= count or not candidate.is_term:
                return
            if self.related(entry, candidate) or any(self.related(p, candidate) for p in picked):
                return
            picked.append(candidate)

        confused = [self.resolve(n) for n in entry.confused_with]
        rng.shuffle(confused)
        for candidate in confused[:2]:
            take(candidate)
        near = list(entry.neighbours) or list(self.by_domain[entry.domain])
        # the same subtopic first: a distractor of another category (a system beside a method) is ruled out unread
        near.sort(key=lambda i: i not in self.entries or self.entries[i].subtopic != entry.subtopic)
        head, tail = near[:6], near[6:]
        rng.shuffle(head)
        for entry_id in head + tail:
            take(self.entries.get(entry_id))
        return picked
