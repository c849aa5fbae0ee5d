"""Acronym expansion for keyword and dense search.

CPIM is dense with acronyms ("ATP", "S&OP", "RCCP") that a sentence-embedding model has never
seen, so queries are expanded with the spelled-out terms from the outline and from the
entries' `terms` metadata before both the keyword and the dense search. Tokens and stems come
from `tutor.text.tokenize`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&/]{1,7}(?: (?:II|III|2|3))?$")


def _initials(term: str) -> str:
    """Example: "rough-cut capacity planning" -> "rccp"; "sales and operations planning" -> "sop"."""
    return "".join(w[0] for w in re.split(r"[\s\-/,]+", term.lower()) if w and w not in {"and", "of", "&"})


class Glossary:
    """Acronym -> spelled-out terms, e.g. "ATP" -> {"available-to-promise"}."""

    def __init__(self, acronyms: dict[str, set[str]] | None = None) -> None:
        self.acronyms: dict[str, set[str]] = {k.upper(): set(v) for k, v in (acronyms or {}).items()}

    def learn_terms(self, terms: Iterable[str]) -> None:
        """Pair acronyms with spelled-out terms of one entry's term list by their initials.

        Example: ["available-to-promise", "ATP", "discrete ATP"] adds "ATP" -> "available-to-promise".
        """
        terms = [t.strip() for t in terms if t.strip()]
        for acro in (t for t in terms if _ACRONYM.match(t) and " " not in t):
            # "MRP II" has the same initials as "MRP": such pairs come only from the outline
            letters = re.sub(r"[^a-z]", "", acro.lower())
            for term in terms:
                if term != acro and not _ACRONYM.match(term) and _initials(term) == letters:
                    self.acronyms.setdefault(acro.upper(), set()).add(term)

    def expand(self, query: str) -> str:
        """Append the spelled-out form of each acronym in the query, once.

        Example: "how is ATP computed?" -> "how is ATP computed? (available-to-promise)"
        """
        found: list[str] = []
        upper = query.upper()
        for acro in sorted(self.acronyms, key=len, reverse=True):
            if re.search(rf"(?<![A-Z0-9&]){re.escape(acro)}(?![A-Z0-9&])", upper):
                for term in sorted(self.acronyms[acro]):
                    if term.lower() not in query.lower() and term not in found:
                        found.append(term)
                upper = upper.replace(acro, " ")
        return f"{query} ({'; '.join(found)})" if found else query
