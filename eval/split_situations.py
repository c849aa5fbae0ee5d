"""Split the blind situation set (eval/datasets/situations/source/*.jsonl) into dev (a third) and test (two thirds).

The split is stratified by domain and kind and fixed by its seed, so running this again writes the same files;
`tests/test_frozen.py` checks them against `eval/datasets/FROZEN.sha256`. Run: `python -m eval.split_situations`.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "datasets" / "situations"
SEED = 20261207


def split() -> dict[str, list[dict]]:
    """{"dev": [...], "test": [...]}: in each (domain, kind) group, shuffled by SEED, every third item is dev."""
    items = [json.loads(line) for path in sorted((FOLDER / "source").glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    groups: dict[tuple[str, str], list[dict]] = {}
    for item in items:
        groups.setdefault((item["domain"], item["kind"]), []).append(item)
    rng = random.Random(SEED)
    out: dict[str, list[dict]] = {"dev": [], "test": []}
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda i: i["id"])
        rng.shuffle(group)
        for n, item in enumerate(group):
            out["dev" if n % 3 == 0 else "test"].append(item)
    return out


if __name__ == "__main__":
    for name, rows in split().items():
        (FOLDER / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                              encoding="utf-8")
        print(f"{name}: {len(rows)} items")
