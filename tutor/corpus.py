"""Read the study notes in `corpus/<domain-slug>/*.md` into entries.

A note file has YAML front matter (`domain`, `title`, `subtopics`, `terms`) and one or more `##`
entries; an entry may carry its own metadata in an HTML comment right under its heading (see
`corpus/FORMAT.md`). This module only parses and checks; chunking lives in `tutor.chunking`
and nothing here loads a model.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from tutor.domains import Domain, Outline
from tutor.errors import CorpusError, UnknownDomainError

logger = logging.getLogger(__name__)

_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
T = TypeVar("T")


class EntryKind(StrEnum):
    """What an entry is for; answers and quizzes treat the kinds differently."""

    CONCEPT = "concept"
    WORKED_EXAMPLE = "worked-example"
    OVERVIEW = "overview"
    CONFUSED_PAIRS = "confused-pairs"
    SITUATION = "situation"


class Part(StrEnum):
    """A part of an entry's text (`corpus/FORMAT.md`): the definition, then the parts its labels open.

    Labels: **How it works.**, **Example.** (or "**Example: ...**"), **Exam traps.**, **Formula.** and a
    last line `Related: ...`; a situation's **Likely causes.**, **Options, best first.** and **First step.**.
    The paragraphs before the first label are the definition (a situation's diagnosis).
    """

    DEFINITION = "definition"
    HOW = "how"
    EXAMPLE = "example"
    TRAPS = "traps"
    FORMULA = "formula"
    RELATED = "related"
    CAUSES = "causes"
    OPTIONS = "options"
    FIRST_STEP = "first-step"
    SYMPTOMS = "symptoms"
    """A situation's symptoms, in the chunk `tutor.chunking` makes of them: searched, never quoted."""


SYMPTOMS_LABEL = "Symptoms as learners describe them:"


_PART_LABELS = {
    Part.HOW: re.compile(r"^\*\*How it works\.?\*\*\s*"),
    Part.EXAMPLE: re.compile(r"^\*\*Example[^*]*\*\*\s*"),
    Part.TRAPS: re.compile(r"^\*\*Exam traps?\.?\*\*\s*"),
    Part.FORMULA: re.compile(r"^\*\*Formula\.?\*\*\s*"),
    Part.RELATED: re.compile(r"^Related:\s*"),
    Part.CAUSES: re.compile(r"^\*\*Likely causes\.?\*\*\s*"),
    Part.OPTIONS: re.compile(r"^\*\*Options, best first\.?\*\*\s*"),
    Part.FIRST_STEP: re.compile(r"^\*\*First step\.?\*\*\s*"),
    Part.SYMPTOMS: re.compile(rf"^{re.escape(SYMPTOMS_LABEL)}\s*"),
}


def entry_parts(bodies: Iterable[T], text_of: Callable[[T], str]) -> Iterator[tuple[T, Part, str]]:
    """Each paragraph of an entry's bodies (sections, chunks...), in order, with its part; labels removed.

    Paragraphs are split at blank lines and stripped, empty ones included. A label opens its part,
    which lasts until the next label, across bodies.

    Example: texts "ATP is ...", "**How it works.** It nets." -> (.., definition, "ATP is ..."), (.., how, "It nets.")
    """
    part = Part.DEFINITION
    for body in bodies:
        for para in text_of(body).split("\n\n"):
            para = para.strip()
            for name, pattern in _PART_LABELS.items():
                if pattern.match(para):
                    part, para = name, pattern.sub("", para)
                    break
            yield body, part, para


class FrontMatter(BaseModel):
    """The YAML block at the top of a note file."""

    model_config = ConfigDict(extra="forbid")
    domain: str
    title: str
    subtopics: list[str]
    terms: list[str] = []

    @field_validator("title")
    @classmethod
    def _title_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    @field_validator("subtopics")
    @classmethod
    def _some_subtopics(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("list at least one subtopic id")
        return value


class CalcCheck(BaseModel):
    """A number shown in a worked example, recomputed by a `tutor.calc` function in the tests."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    calc: str
    inputs: dict[str, Any]
    expected: Any


class EntryMeta(BaseModel):
    """Optional metadata in the `<!-- ... -->` comment under an entry heading."""

    model_config = ConfigDict(extra="forbid")
    subtopic: str | None = None
    terms: list[str] = []
    confused_with: list[str] = []
    kind: EntryKind = EntryKind.CONCEPT
    calculations: list[str] = []
    checks: list[CalcCheck] = []
    symptoms: list[str] = []
    links: list[str] = []


@dataclass(frozen=True)
class Section:
    """A run of text under one heading path inside an entry."""

    headings: tuple[str, ...]
    text: str
    line: int


@dataclass(frozen=True)
class Entry:
    """One `##` entry of a note file, with the metadata every chunk of it inherits."""

    source: str
    domain: Domain
    file_title: str
    heading: str
    entry_id: str
    subtopic: str
    terms: tuple[str, ...]
    confused_with: tuple[str, ...]
    kind: EntryKind
    line: int
    sections: tuple[Section, ...] = field(default=())
    calculations: tuple[str, ...] = ()
    checks: tuple[CalcCheck, ...] = ()
    symptoms: tuple[str, ...] = ()
    """A situation's symptoms as learners say them (searched with the entry)."""
    links: tuple[str, ...] = ()
    """A situation's concept entries (entry ids)."""

    @property
    def word_count(self) -> int:
        """Words in the entry text; table pipes and other punctuation-only tokens do not count."""
        return sum(1 for token in self.text.split() if any(ch.isalnum() for ch in token))

    @property
    def text(self) -> str:
        """The entry's body text, sub-headings included."""
        parts = []
        for s in self.sections:
            if len(s.headings) > 1:
                parts.append(f"### {s.headings[-1]}")
            parts.append(s.text)
        return "\n\n".join(p for p in parts if p)

    @property
    def parts(self) -> list[tuple[Part, str]]:
        """The entry's non-empty paragraphs with their parts: "**Exam traps.** Not X." -> (traps, "Not X.")."""
        return [(part, para) for _, part, para in entry_parts(self.sections, lambda s: s.text) if para]


def slugify(text: str) -> str:
    """Make a URL-style id from a heading.

    Example: "Available-to-promise (ATP)" -> "available-to-promise-atp"
    """
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")
    return slug or "entry"


def note_files(corpus_dir: Path) -> list[Path]:
    """List the note files of a corpus, sorted; README-style files (upper-case initial) are skipped.

    Raises:
        CorpusError: the folder is missing, or a sub-folder is not named after a domain.
    """
    if not corpus_dir.is_dir():
        raise CorpusError(
            f"Corpus folder {corpus_dir} does not exist; set TUTOR_CORPUS_DIR to the folder "
            "that holds outline.yaml and the domain folders"
        )
    files = []
    for path in sorted(corpus_dir.rglob("*.md")):
        rel = path.relative_to(corpus_dir)
        if path.name[:1].isupper() or len(rel.parts) == 1:
            continue
        if rel.parts[0] not in {d.value for d in Domain}:
            raise CorpusError(
                f"{rel}: notes must sit in a domain folder; {rel.parts[0]!r} is not one of "
                f"{', '.join(d.value for d in Domain)}"
            )
        files.append(path)
    return files


def load_corpus(corpus_dir: Path, outline: Outline) -> list[Entry]:
    """Parse every note file under `corpus_dir` into entries.

    Raises:
        CorpusError: a file is malformed; the message names the file and line.
    """
    entries: list[Entry] = []
    for path in note_files(corpus_dir):
        rel = path.relative_to(corpus_dir).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{rel}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        entries.extend(parse_note(text, rel, outline))
    logger.debug("loaded %d entries from %s", len(entries), corpus_dir)
    return entries


def parse_note(text: str, source: str, outline: Outline) -> list[Entry]:
    """Parse one note file's text; `source` is its path relative to the corpus folder.

    Raises:
        CorpusError: malformed front matter, unknown domain or subtopic, bad entry metadata.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    front, body_start = _front_matter(lines, source)
    domain = _domain(front, lines, source)
    folder = source.split("/")[0]
    if folder != domain.value and "/" in source:
        raise CorpusError(
            f"{source}:{_key_line(lines, 'domain')}: domain {domain.value!r} does not match the "
            f"folder {folder!r}; move the file or fix the domain"
        )
    for sub in front.subtopics:
        _check_subtopic(sub, domain, outline, source, _key_line(lines, "subtopics"))
    return _entries(lines, body_start, source, domain, front, outline)


def _front_matter(lines: list[str], source: str) -> tuple[FrontMatter, int]:
    if not lines or lines[0].strip() != "---":
        raise CorpusError(f"{source}:1: a note must start with YAML front matter between '---' lines")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise CorpusError(f"{source}:1: front matter is not closed by a '---' line") from None
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise CorpusError(f"{source}:{line}: front matter is not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{source}:2: front matter must be a YAML mapping (key: value lines)")
    try:
        return FrontMatter.model_validate(data), end + 1
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0]) if err["loc"] else ""
        where = "missing" if err["type"] == "missing" else err["msg"]
        if err["type"] == "extra_forbidden":
            where = f"unknown key (allowed: {', '.join(FrontMatter.model_fields)})"
        line = _key_line(lines, key) if err["type"] != "missing" else 1
        raise CorpusError(f"{source}:{line}: front matter {key!r}: {where}") from None


def _key_line(lines: list[str], key: str) -> int:
    for i, line in enumerate(lines):
        if re.match(rf"^{re.escape(key)}\s*:", line):
            return i + 1
        if i and line.strip() == "---":
            break
    return 1


def _domain(front: FrontMatter, lines: list[str], source: str) -> Domain:
    try:
        return Domain(front.domain.strip().lower())
    except ValueError:
        raise CorpusError(
            f"{source}:{_key_line(lines, 'domain')}: "
            + str(UnknownDomainError(f"Unknown domain {front.domain!r}. Use one of: "
                                     f"{', '.join(d.value for d in Domain)}."))
        ) from None


def _check_subtopic(sub: str, domain: Domain, outline: Outline, source: str, line: int) -> None:
    owner = outline.subtopics.get(sub)
    if owner is None or owner[0] != domain:
        valid = ", ".join(s.id for s in outline.domain(domain).subtopics)
        raise CorpusError(
            f"{source}:{line}: subtopic {sub!r} is not a subtopic of {domain.value}; use one of: {valid}"
        )


def _entries(lines: list[str], start: int, source: str, domain: Domain,
             front: FrontMatter, outline: Outline) -> list[Entry]:
    """Split the body at `##` headings; `###` headings become sections of the entry."""
    blocks: list[tuple[str, int, list[tuple[int, str]]]] = []  # heading, line, body lines
    file_title = front.title
    current: tuple[str, int, list[tuple[int, str]]] = (file_title, start + 1, [])
    in_fence = False
    for i in range(start, len(lines)):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match and len(match.group(1)) == 1:
            continue  # the file's H1 title; front matter already names the file
        if match and len(match.group(1)) == 2:
            blocks.append(current)
            current = (match.group(2), i + 1, [])
            continue
        current[2].append((i + 1, line))
    blocks.append(current)

    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for heading, line_no, body in blocks:
        meta, body = _entry_meta(body, source)
        sections = _sections(heading, body)
        if not sections:
            continue
        slug = slugify(heading)
        if slug in seen:
            raise CorpusError(
                f"{source}:{line_no}: duplicate entry heading {heading!r} (first at line {seen[slug]}); "
                "give each entry a distinct heading"
            )
        seen[slug] = line_no
        subtopic = meta.subtopic or front.subtopics[0]
        _check_subtopic(subtopic, domain, outline, source, line_no)
        entries.append(Entry(
            source=source, domain=domain, file_title=file_title, heading=heading,
            entry_id=f"{source}#{slug}", subtopic=subtopic,
            terms=tuple(dict.fromkeys(meta.terms)), confused_with=tuple(meta.confused_with),
            kind=meta.kind, line=line_no, sections=tuple(sections),
            calculations=tuple(meta.calculations), checks=tuple(meta.checks),
            symptoms=tuple(meta.symptoms), links=tuple(meta.links),
        ))
    return entries


def _entry_meta(body: list[tuple[int, str]], source: str) -> tuple[EntryMeta, list[tuple[int, str]]]:
    idx = 0
    while idx < len(body) and not body[idx][1].strip():
        idx += 1
    if idx == len(body) or not body[idx][1].lstrip().startswith("<!--"):
        return EntryMeta(), body
    first_line = body[idx][0]
    chunk = []
    for j in range(idx, len(body)):
        chunk.append(body[j][1])
        if "-->" in body[j][1]:
            raw = "\n".join(chunk).strip()
            raw = raw.removeprefix("<!--").removesuffix("-->")
            try:
                data = yaml.safe_load(raw) or {}
                if not isinstance(data, dict):
                    raise CorpusError(f"{source}:{first_line}: entry metadata must be a YAML mapping")
                return EntryMeta.model_validate(data), body[j + 1:]
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = first_line + (mark.line if mark else 0)
                raise CorpusError(f"{source}:{line}: entry metadata is not valid YAML: "
                                  f"{getattr(exc, 'problem', exc)}") from None
            except ValidationError as exc:
                err = exc.errors()[0]
                key = ".".join(map(str, err["loc"]))
                msg = err["msg"]
                if err["type"] == "extra_forbidden":
                    msg = f"unknown key (allowed: {', '.join(EntryMeta.model_fields)})"
                raise CorpusError(f"{source}:{first_line}: entry metadata {key!r}: {msg}") from None
    raise CorpusError(f"{source}:{first_line}: entry metadata comment is not closed by '-->'")


def _sections(heading: str, body: list[tuple[int, str]]) -> list[Section]:
    sections: list[Section] = []
    path: tuple[str, ...] = (heading,)
    buf: list[tuple[int, str]] = []
    in_fence = False

    def flush() -> None:
        text = "\n".join(line for _, line in buf).strip()
        if text:
            first = next(n for n, line in buf if line.strip())
            sections.append(Section(headings=path, text=text, line=first))

    for line_no, line in body:
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match and len(match.group(1)) == 3:
            flush()
            buf = []
            path = (heading, match.group(2))
            continue
        buf.append((line_no, line))
    flush()
    return sections
