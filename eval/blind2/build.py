"""Build the practice calculation set: `python -m eval.blind2.build`.

Written like `eval/blind` (authors who never saw the reader; keys from tutor.calc directly) but
for development: it is read and debugged on freely, never a gate and never the reported test half.
Writes `eval/datasets/calc_practice/dev.jsonl`.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from eval.blind.build import outline_calculations, record

ROOT = Path(__file__).resolve().parent.parent.parent
PARTS = ("scm_sop_dist", "demand_quality", "supply", "inv_sched")
OUT = ROOT / "eval" / "datasets" / "calc_practice"


def main(parts: tuple[str, ...] = PARTS, package: str = "eval.blind2", out: Path = OUT, prefix: str = "p") -> int:
    """Check, key and write every practice item of `package` to `out`/dev.jsonl; prints a line per part."""
    names = outline_calculations()
    rows = []
    for part in parts:
        try:
            items = importlib.import_module(f"{package}.{part}").ITEMS
        except ModuleNotFoundError:
            print(f"{part}: not written yet")
            continue
        found = [record(item, f"{prefix}-{part}", n, names) for n, item in enumerate(items, 1)]
        print(f"{part}: {len(found)} items, {sum(r['expected'] is None for r in found)} lacking an input")
        rows += found
    out.mkdir(parents=True, exist_ok=True)
    (out / "dev.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(tuple(sys.argv[1:]) or PARTS))
