"""The study corpus itself: coverage of the outline, required parts, and code-checked numbers."""

from __future__ import annotations

import math
import re
from collections import Counter
from numbers import Number

import pytest

from tutor import calc
from tutor.corpus import Entry, EntryKind, Part, load_corpus
from tutor.domains import Domain, load_outline

from .conftest import CORPUS

OUTLINE = load_outline(CORPUS / "outline.yaml")
ENTRIES = load_corpus(CORPUS, OUTLINE)
#: Domains whose full corpus has landed (all eight).
COMPLETE = list(Domain)
MIN_WORDS, MAX_WORDS = 120, 400


def norm(text: str) -> str:
    return " ".join(re.sub(r"[-‐‑–/]", " ", text.lower()).split())


def entries_of(domain: Domain) -> list[Entry]:
    return [e for e in ENTRIES if e.domain is domain]


def covering(term_names: tuple[str, ...], entries: list[Entry]) -> list[Entry]:
    """Concept and worked-example entries that list one of the names among their terms."""
    wanted = {norm(n) for n in term_names}
    defining = (EntryKind.CONCEPT, EntryKind.WORKED_EXAMPLE)
    return [e for e in entries if e.kind in defining and wanted & {norm(t) for t in e.terms}]


@pytest.mark.parametrize("domain", COMPLETE)
def test_domain_volume(domain):
    entries = entries_of(domain)
    words = sum(e.word_count for e in entries)
    assert len(entries) >= 40, f"{domain}: {len(entries)} entries"
    assert words >= 7000, f"{domain}: {words} words"
    kinds = Counter(e.kind for e in entries)
    assert kinds[EntryKind.OVERVIEW] == 1 and kinds[EntryKind.CONFUSED_PAIRS] == 1, kinds


@pytest.mark.parametrize("domain", COMPLETE)
def test_every_key_term_and_subtopic_has_an_entry(domain):
    entries = entries_of(domain)
    outline = OUTLINE.domain(domain)
    missing_terms = [t.term for t in outline.key_terms if not covering(t.names, entries)]
    missing_subtopics = [s.id for s in outline.subtopics if s.id not in {e.subtopic for e in entries}]
    assert not missing_terms, f"key terms without an entry: {missing_terms}"
    assert not missing_subtopics, f"subtopics without an entry: {missing_subtopics}"


@pytest.mark.parametrize("domain", COMPLETE)
def test_every_calculation_has_a_worked_example(domain):
    names = {c.name for c in OUTLINE.domain(domain).calculations}
    worked = [e for e in entries_of(domain) if e.kind is EntryKind.WORKED_EXAMPLE]
    claimed = {name for e in worked for name in e.calculations}
    assert not claimed - names, f"unknown calculation names: {sorted(claimed - names)}"
    assert not names - claimed, f"calculations without a worked example: {sorted(names - claimed)}"


PARTS = {
    EntryKind.CONCEPT: ("**How it works.**", "**Example", "**Exam traps.**"),
    EntryKind.WORKED_EXAMPLE: ("**Formula", "**Example", "**Exam traps.**"),
}


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.domain in COMPLETE], ids=lambda e: e.entry_id)
def test_entry_has_the_required_parts(entry):
    words = entry.word_count
    low, high = (200, 450) if entry.kind is EntryKind.SITUATION else (MIN_WORDS, MAX_WORDS)
    assert low <= words <= high, f"{words} words"
    assert entry.terms, "no terms"
    for part in PARTS.get(entry.kind, ()):
        assert part in entry.text, f"missing {part}"
    if entry.kind in PARTS:
        assert entry.confused_with, "no confused_with"
        assert re.search(r"^Related: .+", entry.text, re.M), "no Related: line"
        assert not {norm(c) for c in entry.confused_with} & {norm(t) for t in entry.terms}, \
            "confused_with repeats one of the entry's own terms"
    if entry.kind is EntryKind.WORKED_EXAMPLE:
        assert entry.calculations and entry.checks, "a worked example needs calculations and checks"


_NUMERIC = re.compile(r"^-?\d+(?:\.\d+)?$")


def _decimals(value: Number | str) -> int:
    text = value if isinstance(value, str) else repr(value)
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def _matches(actual, expected) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and actual.keys() >= expected.keys() and all(
            _matches(actual[k], v) for k, v in expected.items())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(actual) == len(expected) and all(
            _matches(a, e) for a, e in zip(actual, expected, strict=True))
    if expected is None or actual is None:
        return expected is actual
    if isinstance(expected, bool) or (isinstance(expected, str) and not _NUMERIC.match(expected)):
        return actual == expected
    digits = _decimals(expected)
    return math.isclose(round(float(actual) + 0.0, digits), float(expected), abs_tol=10 ** -(digits + 6))


def _numbers(expected) -> list[float]:
    if isinstance(expected, dict):
        return [n for v in expected.values() for n in _numbers(v)]
    if isinstance(expected, list):
        return [n for v in expected for n in _numbers(v)]
    if isinstance(expected, str):
        return [expected] if _NUMERIC.match(expected) else []
    return [] if expected is None or isinstance(expected, bool) else [expected]


def _shown(number: float | str, text: str) -> bool:
    digits = _decimals(number)
    number = float(number)
    forms = {f"{number:.{digits}f}", f"{number:,.{digits}f}"}
    if float(number).is_integer():
        forms |= {f"{int(number)}", f"{int(number):,}"}
    forms |= {f.replace("-", "−") for f in forms}
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", text) for f in forms)


WORKED = [e for e in ENTRIES if e.checks]


@pytest.mark.parametrize("entry", WORKED, ids=lambda e: e.entry_id)
def test_worked_example_numbers_recompute_through_calc(entry):
    for check in entry.checks:
        assert check.calc in calc.__all__, f"tutor.calc has no function {check.calc!r}"
        actual = getattr(calc, check.calc)(**check.inputs)
        assert _matches(actual, check.expected), f"{check.calc}({check.inputs}) = {actual}, text: {check.expected}"
        missing = [n for n in _numbers(check.expected) if not _shown(n, entry.text)]
        assert not missing, f"{check.calc}: numbers not shown in the text: {missing}"


def test_headings_are_unique_within_a_domain():
    for domain in Domain:
        counts = Counter(norm(e.heading) for e in entries_of(domain))
        assert not [h for h, n in counts.items() if n > 1], domain


SITUATIONS = [e for e in ENTRIES if e.kind is EntryKind.SITUATION]
SITUATION_PARTS = (Part.DEFINITION, Part.CAUSES, Part.OPTIONS, Part.FIRST_STEP, Part.TRAPS, Part.RELATED)


@pytest.mark.parametrize("domain", COMPLETE)
def test_every_domain_has_at_least_15_situations(domain):
    assert len([e for e in SITUATIONS if e.domain is domain]) >= 15


@pytest.mark.parametrize("entry", SITUATIONS, ids=lambda e: e.entry_id)
def test_situation_has_its_parts_and_links_to_existing_concepts(entry):
    parts = [part for part, _ in entry.parts]
    assert [p for p in SITUATION_PARTS if p in parts] == list(SITUATION_PARTS), f"parts in order: {parts}"
    options = "\n".join(text for part, text in entry.parts if part is Part.OPTIONS)
    assert len(re.findall(r"(?m)^\d+\.\s", options)) >= 2, "options are not a numbered list, best first"
    assert 4 <= len(entry.symptoms) <= 8 and all(len(s.split()) >= 3 for s in entry.symptoms), entry.symptoms
    assert entry.links, "no links to the concepts it rests on"
    kinds = {e.entry_id: e.kind for e in ENTRIES}
    assert all(kinds.get(link) in (EntryKind.CONCEPT, EntryKind.WORKED_EXAMPLE) for link in entry.links), \
        [link for link in entry.links if kinds.get(link) not in (EntryKind.CONCEPT, EntryKind.WORKED_EXAMPLE)]
