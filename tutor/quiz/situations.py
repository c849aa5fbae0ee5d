"""Scenario items from the situations playbook: which response fits a situation a planner faces.

A situation entry (`corpus/<domain>/situations*.md`) opens with what is happening and ranks its
options, best first, each opening with a bold headline. An item shows the situation and asks for
the best response; the key is the first option's headline, and the distractors are the first
options of the nearest other situations of the domain: real actions, right for another problem.
A distractor is refused when the two situations share a concept entry (`links`) or when its words
are among this situation's own options, so no option is also right here.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.documents import Document

from tutor.composer import Sentence, entry_sentences
from tutor.corpus import SYMPTOMS_LABEL, Part
from tutor.quiz.bank import chunks_by_entry, plain
from tutor.quiz.items import Kind, QuizItem
from tutor.quiz.terms import cite, overlap_words

_HEADLINE = re.compile(r"^\*\*(.+?)\*\*[:.]?\s*(.*)$", re.S)
_SHARED = 0.6
"""Share of a distractor headline's words found in this situation's options above which it may be right here."""


@dataclass(frozen=True)
class Situation:
    """A situation entry as quiz material."""

    entry_id: str
    domain: str
    subtopic: str
    heading: str
    scenes: tuple[Sentence, ...]
    """What is happening: the opening sentence, and the symptoms as learners say them (told first in an item)."""
    best: Sentence
    """The first option's first sentence, opening with its bold headline."""
    headline: str
    options_words: frozenset[str]
    links: frozenset[str]
    first_chunk: str
    trap: Sentence | None = None


def situations(documents: Sequence[Document]) -> dict[str, list[Situation]]:
    """The situation entries that can make an item, by domain."""
    out: dict[str, list[Situation]] = defaultdict(list)
    for entry_id, chunks in chunks_by_entry(documents).items():
        meta = chunks[0].metadata
        if meta.get("kind") != "situation":
            continue
        sentences = entry_sentences(chunks)
        scenes = tuple(s for s in sentences if s.part == Part.SYMPTOMS)
        scenes = (*(s for s in sentences[:1] if s.part == Part.DEFINITION), *scenes)
        options = [s for s in sentences if s.part == Part.OPTIONS]
        match = _HEADLINE.match(options[0].text) if options else None
        if not scenes or match is None or len(match.group(1).split()) < 3:
            continue
        out[str(meta["domain"])].append(Situation(
            entry_id=entry_id, domain=str(meta["domain"]), subtopic=str(meta["subtopic"]),
            heading=str(meta["heading"]), scenes=scenes, best=options[0], headline=match.group(1).strip().rstrip(":."),
            options_words=frozenset().union(*(overlap_words(s.text) for s in options)),
            links=frozenset(str(meta.get("links", "")).split("|")) - {""}, first_chunk=str(meta["chunk_id"]),
            trap=next((s for s in sentences if s.part == Part.TRAPS), None)))
    return dict(out)


def _lower_first(text: str) -> str:
    """"The MPS changes" -> "the MPS changes"; "CRP shows" stays (an acronym keeps its capitals)."""
    first = text.split(" ", 1)[0]
    return text if first.isupper() or first[1:2].isupper() else text[:1].lower() + text[1:]


def _fair(situation: Situation, other: Situation) -> bool:
    """Whether `other`'s best response is wrong for `situation`: no shared concept, not among its own options."""
    if other.entry_id == situation.entry_id or other.links & situation.links:
        return False
    words = overlap_words(other.headline)
    return bool(words) and len(words & situation.options_words) / len(words) < _SHARED


def _nearest(situation: Situation, pool: Sequence[Situation], vectors: Mapping[str, Sequence[float]] | None,
             rng: random.Random) -> list[Situation]:
    """The other situations, nearest first when vectors are known (else in random order)."""
    others = [o for o in pool if o.entry_id != situation.entry_id]
    if not vectors or situation.first_chunk not in vectors:
        rng.shuffle(others)
        return others
    here = np.asarray(vectors[situation.first_chunk], dtype=float)

    def similarity(o: Situation) -> float:
        there = np.asarray(vectors.get(o.first_chunk, np.zeros_like(here)), dtype=float)
        return float(here @ there / ((np.linalg.norm(here) * np.linalg.norm(there)) or 1.0))
    others.sort(key=lambda o: (o.subtopic == situation.subtopic, similarity(o)), reverse=True)  # same subtopic first
    head, tail = others[:5], others[5:]
    rng.shuffle(head)  # near enough to be plausible, not always the same three
    return head + tail


def best_response(situation: Situation, pool: Sequence[Situation], rng: random.Random,
                  vectors: Mapping[str, Sequence[float]] | None = None) -> QuizItem | None:
    """"Which response fits this situation best?" keyed on its first-ranked option (None: too few fair distractors)."""
    picked: list[Situation] = []
    for other in _nearest(situation, pool, vectors, rng):
        if _fair(situation, other) and all(_fair(p, other) and p.headline != other.headline for p in picked):
            picked.append(other)
        if len(picked) == 3:
            break
    if len(picked) < 3:
        return None
    others = set().union(*(overlap_words(o.headline) for o in picked))
    # a learner's symptom first: the opening sentence sometimes already states the diagnosis and so the answer
    symptoms = [s for s in situation.scenes if s.part == Part.SYMPTOMS]
    rng.shuffle(symptoms)
    told_by = [*symptoms, *(s for s in situation.scenes if s.part != Part.SYMPTOMS)]
    scene = next((s for s in told_by if not (overlap_words(s.text) & overlap_words(situation.headline)) - others), None)
    if scene is None:
        return None  # every telling of the situation names the key's own action: the stem would give it away
    why_not = "; ".join(f"“{o.headline}” is the first response when {_lower_first(o.heading)}" for o in picked)
    explanation = (f"{plain(situation.best.text)} It is the first of the ranked options the notes give for "
                   f"“{situation.heading}”. Why not the others: {why_not}.")
    citations = [cite(scene), cite(situation.best), *(cite(o.best) for o in picked)]
    if situation.trap is not None:
        explanation += f" Watch out: {plain(situation.trap.text)}"
        citations.append(cite(situation.trap))
    told = plain(scene.text.removeprefix(SYMPTOMS_LABEL).strip())
    if scene.part == Part.SYMPTOMS:  # a learner's words: quoted as a planner's report
        told = f"A planner reports: “{told[:1].upper()}{told[1:].rstrip('.')}.”"
    stem = f"{told}\n\nWhich response fits this situation best?"
    return QuizItem(kind=Kind.SCENARIO, domain=situation.domain, subtopic=situation.subtopic, difficulty=3,
                    stem=stem, options=[situation.headline, *(o.headline for o in picked)], answer=0,
                    explanation=explanation, citations=citations)
