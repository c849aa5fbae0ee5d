"""Frozen evaluation sets do not change: checksums, and the blind calculation set still matches its sources."""

from __future__ import annotations

import hashlib
import json

from eval.blind import build

from .conftest import REPO


def _frozen() -> dict[str, str]:
    lines = (REPO / "eval" / "datasets" / "FROZEN.sha256").read_text(encoding="utf-8").splitlines()
    return {path: digest for digest, path in (x.split(maxsplit=1) for x in lines if x.strip() and x[0] != "#")}


def test_every_frozen_file_has_its_recorded_checksum():
    frozen = _frozen()
    assert {"eval/datasets/calc_blind/dev.jsonl", "eval/datasets/calc_blind/test.jsonl"} <= set(frozen)
    for path, digest in frozen.items():
        assert hashlib.sha256((REPO / path).read_bytes()).hexdigest() == digest, f"{path} changed after freezing"


def test_the_blind_calculation_set_is_what_its_sources_compute():
    split = build.build()
    for name, rows in split.items():
        on_disk = [json.loads(x) for x in (build.OUT / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert on_disk == rows, f"{name}.jsonl differs from eval/blind/*.py: rebuild only to fix a key, and say so"
    everything = split["dev"] + split["test"]
    assert len(everything) >= 300 and abs(len(split["test"]) - 2 * len(everything) / 3) <= 1
    lacking = sum(r["expected"] is None for r in everything) / len(everything)
    assert 0.05 <= lacking <= 0.15


def test_the_blind_situation_split_is_what_its_script_writes():
    from eval import split_situations

    for name, rows in split_situations.split().items():
        on_disk = [json.loads(x) for x in (split_situations.FOLDER / f"{name}.jsonl").read_text(encoding="utf-8")
                   .splitlines()]
        assert on_disk == rows, f"situations/{name}.jsonl differs from `python -m eval.split_situations`"
    assert len(rows) == 128 and all(r["kind"] in ("apply", "out_of_scope") for r in rows)
