"""The quiz engine: draws drills and mock exams across domains and kinds, gated, with balanced keys.

A quiz is planned slot by slot: domains round-robin (in a seeded order), kinds in turn, shifted each
round of domains so every domain meets every kind: the requested ones, or by default `DRILL_CYCLE`
(half of it application items). Each slot tries random sources of its domain until a generated item passes the
gate. Keys are then placed so that every position is used equally often (a seeded permutation per
block of items), which keeps any one letter from piling up. The same seed gives the same quiz.
"""

from __future__ import annotations

import logging
import random
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from langchain_core.documents import Document

from tutor.composer import entry_sentences
from tutor.corpus import Entry, Part
from tutor.domains import Domain
from tutor.errors import QueryError
from tutor.quiz import terms
from tutor.quiz.bank import TermBank, TermEntry, chunks_by_entry
from tutor.quiz.gate import Gate
from tutor.quiz.items import LETTERED_KINDS, Kind, QuizItem
from tutor.quiz.numeric import BY_FUNCTION, FALLBACK_INPUTS, NumericSource, numeric_item
from tutor.quiz.situations import best_response, situations

if TYPE_CHECKING:
    from tutor.quiz.authoring import QuizAuthor

logger = logging.getLogger(__name__)

Generator = Callable[[TermEntry, TermBank, random.Random], QuizItem | None]
_TERM_GENERATORS: dict[Kind, tuple[Generator, ...]] = {
    Kind.MCQ: (terms.term_choice, terms.definition_choice),
    Kind.TRUE_FALSE: (terms.true_statement, terms.false_statement),
    Kind.CLOZE: (terms.cloze,),
    Kind.SCENARIO: (terms.scenario,),
}
EXAM_KINDS = (Kind.MCQ, Kind.SCENARIO)
DRILL_CYCLE = (Kind.SCENARIO, Kind.NUMERIC, Kind.MCQ, Kind.TRUE_FALSE,
               Kind.SCENARIO, Kind.CLOZE, Kind.NUMERIC, Kind.MCQ)
"""The kinds of a default drill, in turn: scenarios and calculations (application items) are half of it."""
_ATTEMPTS = 40
PLAYBOOK_SHARE = 0.6
"""Share of scenario slots drawn from the situations playbook (the rest: a concept's example to name)."""


def parse_kinds(kinds: Iterable[str | Kind] | None) -> list[Kind]:
    """Kinds from names ("mcq", "numeric"); None means all of them.

    Raises:
        QueryError: an unknown kind, or an empty list of kinds, with the known ones listed.
    """
    if kinds is None:
        return list(Kind)
    known = ", ".join(k.value for k in Kind)
    out = []
    for kind in kinds:
        try:
            out.append(Kind(str(kind).strip().lower()))
        except ValueError:
            raise QueryError(f"Unknown quiz kind {kind!r}. Use one of: {known}.") from None
    if not out:
        raise QueryError(f"No quiz kind was given. Name one or more of: {known} (or leave the kinds out for all).")
    return list(dict.fromkeys(out))


class QuizEngine:
    """Generates gated quiz items from indexed chunks, the corpus's worked examples and `tutor.calc`."""

    def __init__(self, documents: Sequence[Document], entries: Sequence[Entry],
                 vectors: Mapping[str, Sequence[float]] | None = None,
                 aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self.documents = list(documents)
        self.chunks = {str(d.metadata["chunk_id"]): d.page_content for d in documents}
        self.bank = TermBank(documents, vectors, aliases=aliases)
        self.vectors = vectors
        self.situations = situations(documents)
        self.numeric: dict[str, list[NumericSource]] = defaultdict(list)
        by_entry = chunks_by_entry(documents)
        for entry in entries:
            sentences = entry_sentences(by_entry.get(entry.entry_id, []))
            quote = next((s for s in sentences if s.part == Part.FORMULA), sentences[0] if sentences else None)
            for check in entry.checks:
                if check.calc in BY_FUNCTION and quote is not None:
                    self.numeric[str(entry.domain)].append(NumericSource(
                        check.calc, dict(check.inputs), str(entry.domain), entry.subtopic, quote))
        covered = {source.function for sources in self.numeric.values() for source in sources}
        for function, inputs in FALLBACK_INPUTS.items():
            formula = BY_FUNCTION[function]
            if function not in covered and self.numeric.get(formula.domain):
                anchor = self.numeric[formula.domain][0]
                self.numeric[formula.domain].append(NumericSource(function, inputs, formula.domain, anchor.subtopic,
                                                                  anchor.sentence))

    def quiz(self, domains: Iterable[str | Domain] | None = None, n: int = 10,
             kinds: Iterable[str | Kind] | None = None, difficulty: int | None = None, seed: int | None = None,
             recent_stems: Iterable[str] = (), author: QuizAuthor | None = None,
             subtopics: Iterable[str] | None = None) -> list[QuizItem]:
        """Draw `n` gated items over the given domains (default: all eight) and kinds (default: all).

        With an `author` (a generative backend), up to half the multiple-choice and true/false items
        are written by the model from sampled chunks; they pass the same gate, and offline items
        fill whatever the model did not deliver. `subtopics` narrows the sources to those subtopics
        where the domain has material for them.

        Raises:
            QueryError: n out of 1–500, an unknown domain or kind, a difficulty outside 1–3, or filters
                that no item matches (the message says which filter to relax).
        """
        if not 1 <= n <= 500:
            raise QueryError(f"A quiz has 1 to 500 items; got {n}.")
        if difficulty is not None and difficulty not in (1, 2, 3):
            raise QueryError(f"Difficulty is 1, 2 or 3; got {difficulty}.")
        order = [str(Domain.parse(str(d))) for d in domains] if domains else [str(d) for d in Domain]
        kind_list = parse_kinds(kinds)
        rng = _rng(seed)
        rng.shuffle(order)
        recent = list(recent_stems)
        gate = Gate(self.chunks, recent)
        authored = self._authored(author, order, kind_list, n // 2, difficulty, rng, gate) if author else []
        offline = n - len(authored)
        cycle = DRILL_CYCLE if kinds is None else kind_list
        plan = [(order[i % len(order)], cycle[(i + i // len(order)) % len(cycle)]) for i in range(offline)]
        wanted = frozenset(subtopics or ())
        items = self._fill(plan, kind_list, difficulty, rng, gate, wanted, pool=order) + authored
        tried = list(dict.fromkeys(d for d, _ in plan))
        untried = [d for d in order if d not in tried]
        if not items and untried:  # a short quiz drew from a domain with nothing to give: try the others
            slots = max(offline, len(untried))  # every untried domain gets a chance; the quiz keeps n items
            items = self._fill([(untried[i % len(untried)], kind_list[i % len(kind_list)]) for i in range(slots)],
                               kind_list, difficulty, rng, gate, wanted)[:offline]
            tried = order
        if not items:
            raise QueryError(self._nothing_matches(tried, kind_list, difficulty, wanted, bool(recent)))
        if authored:
            rng.shuffle(items)
        return place_keys(items, rng)

    def _nothing_matches(self, domains: list[str], kinds: list[Kind], difficulty: int | None,
                         subtopics: frozenset[str], recent: bool) -> str:
        """Why a quiz came out empty, naming the filter to relax."""
        names = ", ".join(sorted(Domain(d).display_name for d in domains))
        kind_names = ", ".join(k.value for k in kinds)
        term_kinds = [k for k in kinds if k is not Kind.NUMERIC]
        has_source = any((term_kinds and self.bank.by_domain.get(d)) or (Kind.NUMERIC in kinds and self.numeric.get(d))
                         for d in domains)
        if not has_source:
            return (f"No {kind_names} item can be made for {names}: the notes there have no material for that "
                    "kind. Choose other kinds (or leave them out) or other domains.")
        if difficulty is not None:
            return (f"No {kind_names} item of difficulty {difficulty} could be made for {names}. "
                    "Leave out the difficulty, or choose other kinds or domains.")
        if subtopics:
            return f"No item could be made for those subtopics of {names}. Choose other subtopics or domains."
        why = " that you have not seen recently" if recent else " that passes the quality checks"
        return f"No {kind_names} item{why} could be made for {names}. Choose other kinds or domains."

    def _authored(self, author: QuizAuthor, domains: list[str], kinds: list[Kind], k: int, difficulty: int | None,
                  rng: random.Random, gate: Gate) -> list[QuizItem]:
        wanted = [kind for kind in kinds if kind in (Kind.MCQ, Kind.TRUE_FALSE)]
        pool = [d for d in self.documents
                if d.metadata.get("domain") in domains and d.metadata.get("kind") == "concept"]
        if not wanted or not pool or k < 1:
            return []
        chunks = rng.sample(pool, min(len(pool), max(3, k)))
        try:
            report = author.author(chunks, k, wanted)
        except Exception as exc:  # an unreachable or failing model must not stop an offline quiz
            logger.warning("The language model could not write quiz items (%s); using offline items only.", exc)
            return []
        kept = [i for i in report.items if (difficulty is None or i.difficulty == difficulty) and gate.admit(i)]
        logger.info("LLM-authored items: %d kept of %d proposed", len(kept), len(report.items) + len(report.dropped))
        return kept[:k]

    def exam(self, n: int = 150, weights: Mapping[str, float] | None = None, seed: int | None = None) -> list[QuizItem]:
        """A mock exam: four-option items across all eight domains (equal weights unless given), half scenarios."""
        if not 8 <= n <= 500:
            raise QueryError(f"A mock exam has 8 to 500 items; got {n}.")
        shares = {str(d): float((weights or {}).get(str(d), 1.0)) for d in Domain}
        total = sum(shares.values()) or 1.0
        exact = {d: n * w / total for d, w in shares.items()}
        counts = {d: int(v) for d, v in exact.items()}
        for d in sorted(exact, key=lambda d: exact[d] - counts[d], reverse=True)[: n - sum(counts.values())]:
            counts[d] += 1  # largest remainders
        rng = _rng(seed)
        # half the exam is scenarios (application), half multiple choice (terms or computed); four options each
        plan = [(d, Kind.SCENARIO if i % 2 == 0 else Kind.MCQ) for d, c in counts.items() for i in range(c)]
        rng.shuffle(plan)
        return place_keys(self._fill(plan, list(EXAM_KINDS), None, rng, Gate(self.chunks), four_options=True), rng)

    def _fill(self, plan: list[tuple[str, Kind]], kinds: list[Kind], difficulty: int | None, rng: random.Random,
              gate: Gate, subtopics: frozenset[str] = frozenset(), four_options: bool = False,
              pool: Sequence[str] = ()) -> list[QuizItem]:
        """Items for the planned (domain, kind) slots.

        A slot its domain cannot fill is tried in the `pool` domains (default: the plan's) before the quiz comes up
        one short.
        """
        items: list[QuizItem] = []
        domains = list(dict.fromkeys([*(d for d, _ in plan), *pool]))
        for domain, kind in plan:
            # the planned kind in the planned domain, then its other kinds, then the planned kind elsewhere, then any
            here = domains.index(domain)
            others = domains[here + 1:] + domains[:here]
            rest = [k for k in kinds if k is not kind]
            tries = [(domain, kind), *((domain, k) for k in rest), *((d, kind) for d in others),
                     *((d, k) for d in others for k in rest)]
            for where, tried in tries:
                keys = [i.answer for i in items if i.kind is Kind.TRUE_FALSE]
                false_next = keys.count(False) <= keys.count(True)  # true/false keys stay balanced within one
                true_allowed = keys.count(True) <= keys.count(False)
                if (item := self._one(where, tried, difficulty, rng, gate, subtopics, false_next,
                                      four_options, true_allowed)) is not None:
                    items.append(item)
                    break
            else:
                logger.warning("No %s item could be made for %s; the quiz is one item short.", kind, domain)
        return items

    def _one(self, domain: str, kind: Kind, difficulty: int | None, rng: random.Random, gate: Gate,
             subtopics: frozenset[str], false_next: bool = True, four_options: bool = False,
             true_allowed: bool = False) -> QuizItem | None:
        generator = rng.choice(_TERM_GENERATORS[kind]) if kind in _TERM_GENERATORS else None  # once per slot,
        if kind is Kind.TRUE_FALSE:
            generator = terms.false_statement if false_next else terms.true_statement
        tries = _ATTEMPTS * (4 if generator is terms.false_statement else 3)
        for _ in range(tries):  # so a generator that fails more often (false statements) keeps its share
            item = self._candidate(domain, kind, rng, subtopics, generator)
            if item is None or (four_options and len(item.options) != 4):
                continue  # an exam item has four options, like the real exam's (not an ABC class's three)
            if (difficulty is None or item.difficulty == difficulty) and gate.admit(item):
                return item
        if generator is terms.false_statement and true_allowed:  # no false statement here: a true one keeps the
            return self._one(domain, kind, difficulty, rng, gate, subtopics, False, four_options)  # keys within one
        return None

    def _candidate(self, domain: str, kind: Kind, rng: random.Random, wanted: frozenset[str],
                   generator: Generator | None = None) -> QuizItem | None:
        numeric = self.numeric.get(domain, [])
        numeric = [s for s in numeric if s.subtopic in wanted] or numeric  # the wanted subtopics, if it has any
        if kind is Kind.NUMERIC:
            return numeric_item(rng.choice(numeric), rng, choice=False) if numeric else None
        if kind is Kind.MCQ and numeric and rng.random() < 0.3:
            # a computed choice item needs three distractors from named mistakes; a formula without them gives none
            if (item := numeric_item(rng.choice(numeric), rng, choice=True)) is not None:
                return item
        playbook = self.situations.get(domain, [])
        chosen = [s for s in playbook if s.subtopic in wanted] or playbook
        if kind is Kind.SCENARIO and chosen and rng.random() < PLAYBOOK_SHARE:
            return best_response(rng.choice(chosen), playbook, rng, self.vectors)
        ids = self.bank.by_domain.get(domain, [])
        ids = [i for i in ids if self.bank.entries[i].subtopic in wanted] or ids
        if not ids:
            return None
        generator = generator or rng.choice(_TERM_GENERATORS[kind])
        return generator(self.bank.entries[rng.choice(ids)], self.bank, rng)


def _rng(seed: int | None) -> random.Random:
    """The quiz's random source: the seed's, or a fresh random one."""
    return random.Random(secrets.randbits(64) if seed is None else seed)


def place_keys(items: list[QuizItem], rng: random.Random) -> list[QuizItem]:
    """Move each choice item's key to a position drawn from a seeded, balanced sequence."""
    queues: dict[int, list[int]] = {}
    out = []
    for item in items:
        if item.kind not in LETTERED_KINDS:
            out.append(item)
            continue
        size = len(item.options)
        if not queues.get(size):
            block = list(range(size))
            rng.shuffle(block)
            queues[size] = block
        position = queues[size].pop()
        options = list(item.options)
        key = options.pop(int(item.answer))  # type: ignore[arg-type]
        rng.shuffle(options)
        options.insert(position, key)
        data = item.model_dump() | {"options": options, "answer": position, "id": ""}
        out.append(QuizItem.model_validate(data))
    return out
