"""The eight CPIM 8.0 exam domains and the taxonomy kept in `corpus/outline.yaml`.

`Domain` is the closed vocabulary used to tag chunks, quiz items and learner records.
`Outline` adds what changes more often (subtopics, key terms, calculations) and is data, loaded
from the project's copy of the topic map. This module does not read study notes.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from tutor.errors import CorpusError, UnknownDomainError

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML has it: the outline parses in ~20 ms instead of ~250 ms on every command."""

_NAMES = {
    "supply-chains-strategy": "Supply Chains and Strategy",
    "sop": "Sales and Operations Planning",
    "demand": "Demand",
    "supply": "Supply",
    "detailed-schedules": "Detailed Schedules",
    "inventory": "Inventory",
    "distribution": "Distribution",
    "quality-tech-ci": "Quality, Technology, and Continuous Improvement",
}


class Domain(StrEnum):
    """A CPIM 8.0 exam domain; the value is its slug."""

    SUPPLY_CHAINS_STRATEGY = "supply-chains-strategy"
    SOP = "sop"
    DEMAND = "demand"
    SUPPLY = "supply"
    DETAILED_SCHEDULES = "detailed-schedules"
    INVENTORY = "inventory"
    DISTRIBUTION = "distribution"
    QUALITY_TECH_CI = "quality-tech-ci"

    @property
    def display_name(self) -> str:
        """The domain's name as ASCM writes it, e.g. "Sales and Operations Planning"."""
        return _NAMES[self.value]

    @property
    def number(self) -> int:
        """The domain's module number in the exam content manual (1-8)."""
        return list(Domain).index(self) + 1

    @classmethod
    def parse(cls, text: str) -> Domain:
        """Read a slug, display name or module number, ignoring case and spaces.

        Example: " S&OP " is not a slug -> UnknownDomainError; "Sales and Operations Planning" -> Domain.SOP

        Raises:
            UnknownDomainError: nothing matches; the message lists the valid slugs.
        """
        key = " ".join(str(text).split()).lower()
        for domain in cls:
            if key in (domain.value, domain.display_name.lower(), str(domain.number)):
                return domain
        raise UnknownDomainError(
            f"Unknown domain {text!r}. Use one of: {', '.join(d.value for d in cls)}."
        )


class Subtopic(BaseModel):
    """One subtopic of a domain, e.g. `supply/atp-ctp`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    name: str
    description: str


class KeyTerm(BaseModel):
    """A key term a learner must know, with its acronym when it has one."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    term: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The term, its acronym and its aliases."""
        return (self.term, *((self.acronym,) if self.acronym else ()), *self.aliases)


class Calculation(BaseModel):
    """A calculation the exam expects, with the formula as text."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    formula: str


class DomainOutline(BaseModel):
    """One domain's subtopics, key terms and calculations."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    number: int
    slug: Domain
    name: str
    subtopics: tuple[Subtopic, ...]
    key_terms: tuple[KeyTerm, ...]
    calculations: tuple[Calculation, ...] = ()

    @model_validator(mode="after")
    def _matches_enum(self) -> DomainOutline:
        if self.name != self.slug.display_name or self.number != self.slug.number:
            raise ValueError(
                f"domain {self.slug.value} must be number {self.slug.number} named "
                f"{self.slug.display_name!r}"
            )
        prefix = {s.id.split("/")[0] for s in self.subtopics}
        if len(prefix) > 1:
            raise ValueError(f"subtopic ids of {self.slug.value} mix prefixes: {sorted(prefix)}")
        return self


class Outline(BaseModel):
    """The whole taxonomy: exactly the eight domains, in exam order."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    domains: tuple[DomainOutline, ...]

    @model_validator(mode="after")
    def _all_domains(self) -> Outline:
        slugs = [d.slug for d in self.domains]
        if slugs != list(Domain):
            raise ValueError(f"outline must list the eight domains in order, got {slugs}")
        return self

    def domain(self, domain: Domain | str) -> DomainOutline:
        """Return one domain's outline."""
        slug = domain if isinstance(domain, Domain) else Domain.parse(domain)
        return self.domains[slug.number - 1]

    @cached_property
    def subtopics(self) -> dict[str, tuple[Domain, Subtopic]]:
        """Every subtopic by id, with its domain."""
        return {s.id: (d.slug, s) for d in self.domains for s in d.subtopics}

    def acronyms(self) -> dict[str, set[str]]:
        """Map each upper-case acronym to its spelled-out terms, e.g. "ATP" -> {"available-to-promise"}."""
        found: dict[str, set[str]] = {}
        for d in self.domains:
            for t in d.key_terms:
                if t.acronym:
                    found.setdefault(t.acronym.upper(), set()).add(t.term)
        return found


def load_outline(path: Path) -> Outline:
    """Load and check `outline.yaml`.

    Raises:
        CorpusError: the file is missing, is not YAML, or does not describe the eight domains.
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except FileNotFoundError:
        raise CorpusError(
            f"{path}: the taxonomy file is missing; TUTOR_CORPUS_DIR must point at a corpus "
            "folder that holds outline.yaml"
        ) from None
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: not valid YAML: {exc}") from None
    try:
        return Outline.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:10]
        )
        raise CorpusError(f"{path}: not a valid outline: {problems}") from None
