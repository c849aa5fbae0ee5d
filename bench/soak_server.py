"""The app for `bench/soak.py`: `tutor.ui.launch` in a child process whose memory the soak reads.

With `--profile-frames N` (N > 0) each SIGUSR1 reads a tag from `<snap-dir>/soak-tag`: the first
starts tracemalloc (after warm-up, so start-up is not slowed), later ones write `soak-<tag>.snap`
and `soak-<tag>.json` (gc object counts, Gradio sessions held, RSS; at "end" also RSS after
`malloc_trim(0)`, i.e. how much of the RSS is freed memory that malloc kept). `compare_snapshots`
prints what grew between the "middle" and "end" snapshots.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MB = 1024 * 1024


def serve(args: argparse.Namespace) -> None:
    """The real app entry point, with tracemalloc snapshots on SIGUSR1 when profiling."""
    import ctypes
    import gc
    import logging
    import tracemalloc
    from collections import Counter

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.profile_frames:
        snap_dir = args.snap_dir

        def dump(_signum: int, _frame: Any) -> None:
            tag = (snap_dir / "soak-tag").read_text().strip()
            if not tracemalloc.is_tracing():  # the first signal, after warm-up: start tracing
                tracemalloc.start(args.profile_frames)
                (snap_dir / f"soak-{tag}.json").write_text("{}")
                return
            gc.collect()
            tracemalloc.take_snapshot().dump(str(snap_dir / f"soak-{tag}.snap"))
            objects = gc.get_objects()
            types = Counter(type(o).__qualname__ for o in objects)
            holders = [o for o in objects if type(o).__name__ == "StateHolder"]
            info = {"types": dict(types.most_common(400)),
                    "sessions": sum(len(h.session_data) for h in holders),
                    "traced_mb": tracemalloc.get_traced_memory()[0] / MB, "rss_mb": _rss_mb()}
            if tag == "end":  # how much of the RSS is freed memory that malloc kept, not live objects
                ctypes.CDLL("libc.so.6").malloc_trim(0)
                info["rss_after_trim_mb"] = _rss_mb()
            (snap_dir / f"soak-{tag}.json").write_text(json.dumps(info))

        signal.signal(signal.SIGUSR1, dump)
    import tutor.ui
    from tutor.config import load_settings

    if args.without_bounds:
        tutor.ui.bound_native_memory = lambda: False  # type: ignore[assignment]
        tutor.ui.SESSION_CAPACITY = 10_000  # Gradio's default
    tutor.ui.launch(load_settings(), host="127.0.0.1", port=args.port)


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss / MB)


def compare_snapshots(snap_dir: Path, top: int = 20) -> None:
    """Print what grew between the middle and the end: tracemalloc by line, and gc object counts."""
    import tracemalloc

    mid, end = (tracemalloc.Snapshot.load(str(snap_dir / f"soak-{t}.snap")) for t in ("middle", "end"))
    mid_info, end_info = (json.loads((snap_dir / f"soak-{t}.json").read_text()) for t in ("middle", "end"))
    print(f"\ntracemalloc: {mid_info['traced_mb']:.1f} MB traced at the middle, {end_info['traced_mb']:.1f} MB at "
          f"the end; Gradio sessions held: {mid_info['sessions']} -> {end_info['sessions']}; RSS at the end "
          f"{end_info['rss_mb']:.0f} MB, {end_info['rss_after_trim_mb']:.0f} MB after malloc_trim(0)")
    print(f"top {top} growth by line (middle -> end):")
    for stat in end.compare_to(mid, "lineno")[:top]:
        frame = stat.traceback[0]
        print(f"  {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d} blocks  {frame.filename}:{frame.lineno}")
    print("top growth by traceback (first 3):")
    for stat in end.compare_to(mid, "traceback")[:3]:
        print(f"  {stat.size_diff / 1024:+9.1f} KiB")
        for line in stat.traceback.format(limit=8):
            print(f"      {line}")
    grew = sorted(((end_info["types"].get(k, 0) - v, k) for k, v in mid_info["types"].items()), reverse=True)
    print("object counts that grew most: " + ", ".join(f"{k} {d:+d}" for d, k in grew[:12] if d > 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--snap-dir", type=Path, required=True)
    parser.add_argument("--profile-frames", type=int, default=0, help="0: no tracemalloc")
    parser.add_argument("--without-bounds", action="store_true", help="serve without the app's memory bounds")
    serve(parser.parse_args())


if __name__ == "__main__":
    main()
