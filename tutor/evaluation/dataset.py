"""Evaluation questions in JSONL: one object per line; malformed lines are reported by number and skipped.

Fields: `id`, `domain` (slug), `kind` (concept | compare | apply | calc | out_of_scope), `question`,
`reference_answer`, `must_mention` (lower-case strings, `|` between alternatives), optional
`numeric_answer` and `tolerance` (absolute), optional `relevant_chunk_ids` and `relevant_entry_ids`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from tutor.domains import Domain
from tutor.errors import TutorError

DATASETS = Path(__file__).resolve().parent.parent.parent / "eval" / "datasets" / "questions"


class EvalItem(BaseModel):
    """One evaluation question."""

    model_config = ConfigDict(extra="ignore")

    id: str
    domain: str
    kind: Literal["concept", "compare", "apply", "calc", "out_of_scope"]
    question: str
    reference_answer: str
    must_mention: list[str]
    numeric_answer: float | None = None
    tolerance: float | None = None
    relevant_chunk_ids: list[str] = []
    relevant_entry_ids: list[str] = []
    """Entry ids ("inventory/essentials.md#safety-stock"): any chunk of the entry is relevant."""

    @model_validator(mode="after")
    def _entries_are_relevant_too(self) -> EvalItem:
        self.relevant_chunk_ids = [*self.relevant_chunk_ids, *self.relevant_entry_ids]
        return self

    @field_validator("domain")
    @classmethod
    def _known_domain(cls, value: str) -> str:
        try:
            return str(Domain.parse(value))
        except TutorError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("question is empty")
        return value


def load(paths: list[Path]) -> tuple[list[EvalItem], list[str]]:
    """Items from JSONL files (a folder means every `*.jsonl` in it); returns (items, problems by line)."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    items: list[EvalItem] = []
    problems: list[str] = []
    seen: set[str] = set()
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8-sig").splitlines()
        except OSError as exc:
            problems.append(f"{file}: cannot be read ({exc.strerror})")
            continue
        except UnicodeDecodeError as exc:
            problems.append(f"{file}: not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8 JSONL")
            continue
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = EvalItem.model_validate(json.loads(line))
            except json.JSONDecodeError as exc:
                problems.append(f"{file.name}:{number}: not JSON ({exc.msg})")
                continue
            except (ValidationError, ValueError) as exc:
                first = exc.errors()[0] if isinstance(exc, ValidationError) else {"loc": (), "msg": str(exc)}
                where = ".".join(str(x) for x in first.get("loc", ())) or "line"
                problems.append(f"{file.name}:{number}: {where}: {first.get('msg')}")
                continue
            if item.id in seen:
                problems.append(f"{file.name}:{number}: duplicate id {item.id!r}")
                continue
            seen.add(item.id)
            items.append(item)
    return items, problems
