"""Build the frozen blind calculation set from the authors' sources: `python -m eval.blind.build`.

Each source file (`eval/blind/<part>.py`) holds `ITEMS`, written by an author who never saw the
reader or the solver; expected numbers come from calling `tutor.calc` directly. This script checks
every item against the outline, computes the keys, splits them by a fixed seed into *dev* (one third
of each outline calculation's items) and *test* (two thirds), writes
`eval/datasets/calc_blind/{dev,test}.jsonl` and records their sha256 in `eval/datasets/FROZEN.sha256`.
Run it only to freeze (or to fix a wrong key, in its own commit that says so).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from eval.blind.item import UNITS, Item

ROOT = Path(__file__).resolve().parent.parent.parent
PARTS = ("scm_sop_dist", "demand_quality", "supply", "inv_sched")
OUT = ROOT / "eval" / "datasets" / "calc_blind"
FROZEN = ROOT / "eval" / "datasets" / "FROZEN.sha256"
SEED = 14


def outline_calculations() -> dict[str, set[str]]:
    """Outline calculation names by domain slug."""
    data = yaml.safe_load((ROOT / "corpus" / "outline.yaml").read_text(encoding="utf-8"))
    return {d["slug"]: {c["name"] for c in d.get("calculations", [])} for d in data["domains"]}


def record(item: Item, part: str, number: int, names: dict[str, set[str]]) -> dict:
    """One JSONL row; raises ValueError when the item is not sound."""
    where = f"{part}[{number}]"
    if item.formula not in names.get(item.domain, set()):
        raise ValueError(f"{where}: {item.formula!r} is not an outline calculation of {item.domain!r}")
    if item.unit not in UNITS:
        raise ValueError(f"{where}: unit {item.unit!r} is not one of {sorted(UNITS)}")
    if (item.compute is None) != bool(item.missing):
        raise ValueError(f"{where}: an item lacks an input exactly when it has no compute")
    expected = None if item.compute is None else float(item.compute())
    if expected is not None and not math.isfinite(expected):
        raise ValueError(f"{where}: the expected value is {expected}")
    tolerance = item.tolerance
    if expected is not None and tolerance is None:
        tolerance = abs(expected) * 0.005 or 0.01  # 0.5 %; 0.01 around a zero key
    return {"id": f"{part}-{number:03d}", "domain": item.domain, "formula": item.formula, "function": item.function,
            "question": item.question, "expected": expected, "unit": item.unit, "tolerance": tolerance,
            "missing": item.missing, "note": item.note}


def build() -> dict[str, list[dict]]:
    """Every item checked and keyed, split into dev and test."""
    names = outline_calculations()
    rows = []
    for part in PARTS:
        items = importlib.import_module(f"eval.blind.{part}").ITEMS
        rows += [record(item, part, n, names) for n, item in enumerate(items, 1)]
    per_formula: dict[str, int] = defaultdict(int)
    for row in rows:
        per_formula[row["formula"]] += 1
    thin = sorted(f"{name} ({d})" for d, group in names.items() for name in group if per_formula[name] < 2)
    if thin:
        raise ValueError(f"outline calculations with fewer than 2 items: {', '.join(thin)}")
    rng = random.Random(SEED)
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["formula"]].append(row)
    split: dict[str, list[dict]] = {"dev": [], "test": []}
    offset = 0
    for formula in sorted(groups):
        group = groups[formula]
        rng.shuffle(group)
        for n, row in enumerate(group):
            split["dev" if (n + offset) % 3 == 0 else "test"].append(row)
        offset += len(group)
    for rows_ in split.values():
        rows_.sort(key=lambda r: r["id"])
    return split


def main() -> int:
    """Write the splits and their checksums."""
    split = build()
    OUT.mkdir(parents=True, exist_ok=True)
    sums = {}
    for name, rows in split.items():
        path = OUT / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        sums[path.relative_to(ROOT).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    kept = {}
    if FROZEN.exists():
        for line in FROZEN.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                digest, path = line.split(maxsplit=1)
                kept[path] = digest
    kept |= sums
    FROZEN.write_text("# sha256 of frozen evaluation files (tests/test_frozen.py): change one only to fix a\n"
                      "# wrong key, in its own commit that says so\n" + "".join(f"{d}  {p}\n" for p, d in sorted(kept.items())),
                      encoding="utf-8")
    for name, rows in split.items():
        print(f"{name}: {len(rows)} items, {sum(r['expected'] is None for r in rows)} lacking an input")
    return 0


if __name__ == "__main__":
    sys.exit(main())
