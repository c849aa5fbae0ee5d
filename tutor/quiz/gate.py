"""The validation gate every quiz item passes before a learner sees it.

An item is refused, never repaired, when: its key is not among its options; two options are the
same after normalisation; more than one option is right (a synonym or acronym of the key, or a
number within tolerance of the computed key); an option is "all/none of the above"; the stem
gives the answer away; placeholder text is left where a name was masked, the stem has several blanks or an
article before a blank of a choice item; a citation's quote is not verbatim in its chunk; a computed key disagrees
with `tutor.calc` recomputed from the item's params; its stem repeats one already in this quiz or
among the learner's recent items; or its id does not match its content.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

from tutor.calc import CalcError
from tutor.quiz.bank import plain
from tutor.quiz.items import CHOICE_KINDS, LETTERED_KINDS, Kind, QuizItem, item_id, normalize
from tutor.reading import NUM_RE, parse_number

_PAREN = re.compile(r"\s*\(.*?\)")
_PLACEHOLDER = re.compile(r"\bthis concept\b|\b(?:a\(n\)|the|an?)\s+this\b(?!\s+(?:is|was|one|way|case|item|rule))"
                          r"|^this\s+(?:is|=)|\bthis\s*=", re.I | re.M)
_ARTICLE_BLANK = re.compile(r"\bA\(n\)\s+____")
_ABOVE = re.compile(r"\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?(?:above|these|them|options|answers)\b", re.I)


def _contains(haystack: str, needle: str) -> bool:
    needle = normalize(_PAREN.sub("", needle)) or normalize(needle)
    return bool(needle) and len(needle) > 2 and f" {needle} " in f" {normalize(haystack)} "


def _forms(name: str) -> set[str]:
    """A name normalised as written and without its parenthesis: "Safety stock (SS)" -> {"safety stock ss", ...}."""
    return {normalize(name), normalize(_PAREN.sub("", name))}


def _number(text: str) -> float | None:
    match = NUM_RE.search(text)
    return parse_number(match.group()) if match else None


class Gate:
    """Checks items against the chunks they cite; remembers stems to refuse repeats."""

    def __init__(self, chunks: Mapping[str, str], recent_stems: Iterable[str] = ()) -> None:
        self.chunks = chunks
        self.seen = {normalize(s) for s in recent_stems}

    def problems(self, item: QuizItem) -> list[str]:
        """Everything wrong with an item (empty when it may be shown)."""
        found = ["its id does not match its content"] if item.id != item_id(item) else []
        for check in (self._key, self._options, self._give_away, self._citations, self.computed, self._wording):
            found += check(item)
        if normalize(item.stem) in self.seen:
            found.append("its stem repeats an earlier item")
        return found

    def admit(self, item: QuizItem) -> bool:
        """True (and the stem remembered) when the item has no problems."""
        if self.problems(item):
            return False
        self.seen.add(normalize(item.stem))
        return True

    @staticmethod
    def _key(item: QuizItem) -> list[str]:
        if item.kind is Kind.TRUE_FALSE:
            return [] if item.options == ["True", "False"] else ["true/false options must be True and False"]
        if item.kind in CHOICE_KINDS:
            if not 3 <= len(item.options) <= 5:
                return [f"it has {len(item.options)} options (3 to 5 needed)"]
            if not 0 <= int(item.answer) < len(item.options):  # type: ignore[arg-type]
                return [f"its key {item.answer} is not among its {len(item.options)} options"]
            return []
        if item.kind is Kind.CLOZE:
            ok = isinstance(item.answer, list) and item.answer and all(normalize(a) for a in item.answer)
            return [] if ok else ["a cloze item needs at least one accepted answer"]
        ok = math.isfinite(float(item.answer)) and item.tolerance >= 0  # type: ignore[arg-type]
        return [] if ok else ["a numeric key must be a finite number with a tolerance of 0 or more"]

    @staticmethod
    def _options(item: QuizItem) -> list[str]:
        if item.kind not in LETTERED_KINDS:
            return []
        found = []
        normalized = [normalize(o) for o in item.options]
        if len(set(normalized)) < len(normalized) or not all(normalized):
            found.append("two options are the same after normalisation (or one is empty)")
        if any(_ABOVE.search(o) for o in item.options):
            found.append('an option is "all/none of the above"')
        key = int(item.answer)  # type: ignore[arg-type]
        if 0 <= key < len(item.options):
            names = set().union(*(_forms(n) for n in [*item.key_names, item.options[key]]))
            if any(i != key and _forms(o) & names for i, o in enumerate(item.options)):
                found.append("another option is a name of the key, so more than one option is right")
        return found

    @staticmethod
    def _give_away(item: QuizItem) -> list[str]:
        if item.kind is Kind.CLOZE:
            names = list(item.answer)  # type: ignore[arg-type]
        elif item.kind in LETTERED_KINDS and 0 <= int(item.answer) < len(item.options):  # type: ignore[arg-type]
            key = item.options[int(item.answer)]  # type: ignore[arg-type]
            names = [*item.key_names, key] if len(key.split()) <= 8 else list(item.key_names)
        else:
            return []
        given = [n for n in names if _contains(item.stem, n)]
        return [f"the stem gives the answer away ({given[0]!r})"] if given else []

    @staticmethod
    def _wording(item: QuizItem) -> list[str]:
        """Placeholder text left by masking ("this concept", "A(n) this"), several blanks, an article before a blank."""
        found = []
        if any(_PLACEHOLDER.search(text) for text in [item.stem, *item.options]):
            found.append("it reads with placeholder text where a name was taken out")
        if item.stem.count("____") > 1:
            found.append("its stem has more than one blank")
        if item.kind in LETTERED_KINDS and _ARTICLE_BLANK.search(item.stem):
            found.append("an article before the blank tells which option fits")
        if item.kind is Kind.SCENARIO and item.citations:  # the situation told is the notes' own words
            told = item.stem.split("\n\n", 1)[0]
            told = normalize(quoted.group(1) if (quoted := re.search(r"“([^”]+)”", told)) else told)
            if told not in normalize(" ".join(plain(c.quote) for c in item.citations)):
                found.append("its situation is not quoted word for word from the notes (a name was cut out)")
        return found

    def _citations(self, item: QuizItem) -> list[str]:
        if not item.citations:
            return ["it cites no source"]
        return [f"citation {i} is not a verbatim quote of chunk {c.chunk_id}" for i, c in enumerate(item.citations, 1)
                if not c.quote.strip() or c.quote not in self.chunks.get(c.chunk_id, "")]

    @staticmethod
    def computed(item: QuizItem) -> list[str]:
        """Problems of a computed item's key against `tutor.calc` recomputed from its params (empty: agrees)."""
        if item.formula is None:
            return []
        from tutor.quiz.numeric import evaluate

        try:
            value = evaluate(item.formula, item.params or {}, item.target)
        except (CalcError, KeyError, IndexError, TypeError, AttributeError, ValueError, ZeroDivisionError) as exc:
            return [f"its key cannot be recomputed from its params ({exc})"]
        if isinstance(value, str):
            key = item.options[int(item.answer)] if item.kind in CHOICE_KINDS else None  # type: ignore[arg-type]
            return [] if key == value else [f"its key {key!r} is not the computed {value!r}"]
        if item.kind is Kind.NUMERIC:
            same = math.isclose(float(item.answer), float(value), rel_tol=1e-9, abs_tol=1e-9)  # type: ignore[arg-type]
            return [] if same else [f"its key {item.answer} is not the computed {value}"]
        right = [i for i, o in enumerate(item.options)
                 if (n := _number(o)) is not None and abs(n - float(value)) <= max(item.tolerance, 1e-9)]
        if right != [item.key_index]:
            return [f"options {right} match the computed {value}, the key is option {item.key_index}"]
        return []
