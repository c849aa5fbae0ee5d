"""Build practice calculation set 4: `python -m eval.blind4.build`.

A fourth set written like `eval/blind2` (authors who never saw the reader or the earlier sets; keys
from tutor.calc directly), for development only. Writes `eval/datasets/calc_practice4/dev.jsonl`.
"""

from __future__ import annotations

import sys

from eval.blind2.build import PARTS, ROOT, main

if __name__ == "__main__":
    sys.exit(main(tuple(sys.argv[1:]) or PARTS, "eval.blind4", ROOT / "eval" / "datasets" / "calc_practice4", "p4"))
