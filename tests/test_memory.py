"""The app process keeps its memory bounded: freed native memory goes back, and session state is capped.

The soak (`bench/soak.py`) measures the whole app; these tests pin the two mechanisms it relies on.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap

import pytest

from .conftest import REPO, free_port, make_settings

# Eight threads each allocate and free 32 MB in 4 MB blocks three times (as the embedding model's
# temporaries do in Gradio's worker threads), keeping one small block each, which pins the heap top.
WORKLOAD = textwrap.dedent("""
    import ctypes, re, sys, tempfile, threading
    import numpy as np, psutil
    from tutor.ui import bound_native_memory
    if sys.argv[1] == "bounded":
        assert bound_native_memory()
    libc = ctypes.CDLL("libc.so.6")
    libc.fopen.restype = ctypes.c_void_p
    def arenas():
        path = tempfile.mktemp()
        f = libc.fopen(path.encode(), b"w")
        libc.malloc_info(0, ctypes.c_void_p(f))
        libc.fclose(ctypes.c_void_p(f))
        return len(re.findall("<heap nr=", open(path).read()))
    process = psutil.Process()
    arenas_before, before = arenas(), process.memory_info().rss
    barrier, pins = threading.Barrier(8), []
    def work():
        barrier.wait()
        for _ in range(3):
            blocks = [np.ones(512 * 1024) for _ in range(8)]
            pins.append(np.ones(1000))
            del blocks
    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    retained = (process.memory_info().rss - before) / 2**20
    print(arenas() - arenas_before, round(retained))
""")


def _run_workload(mode: str) -> tuple[int, int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    env["PYTHONPATH"] = str(REPO)
    out = subprocess.run([sys.executable, "-c", WORKLOAD, mode], env=env, capture_output=True, text=True, check=True)
    new_arenas, retained = out.stdout.split()
    return int(new_arenas), int(retained)


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_memory_freed_by_worker_threads_goes_back_to_the_system():
    new_arenas, retained = _run_workload("bounded")
    assert new_arenas == 0, f"the 8 threads made {new_arenas} more malloc arenas, each hoarding its own memory"
    assert retained < 40, f"{retained} MB of freed memory still resident"


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_the_workload_does_hoard_memory_without_the_bound():
    """The control: the same workload in an untuned process keeps far more, so the test above can fail."""
    new_arenas, retained = _run_workload("default")
    assert new_arenas > 2 and retained > 100, (new_arenas, retained)


@pytest.mark.slow
def test_served_app_keeps_at_most_session_capacity_sessions(tmp_path, embeddings, monkeypatch):
    """Every page load is a Gradio session with its own copy of the UI config and states (a 150-item exam
    is ~0.5 MB); past the capacity the least recently used session is dropped, not kept for an hour."""
    from gradio_client import Client

    import tutor.ui
    from tutor.wiring import build_tutor

    tutor_ = build_tutor(make_settings(tmp_path), embeddings=embeddings)
    monkeypatch.setattr(tutor.ui, "SESSION_CAPACITY", 2)
    app = tutor.ui.build_app(tutor_)
    port = free_port()
    tutor.ui.serve(app, tutor_.settings, host="127.0.0.1", port=port, block=False)
    try:
        clients = [Client(f"http://127.0.0.1:{port}/", verbose=False, analytics_enabled=False, download_files=False)
                   for _ in range(3)]
        for client, name in zip(clients, ("Ada", "Bob", "Cy"), strict=True):
            client.predict("", name, api_name="/progress")
        held = set(app.state_holder.session_data)
        assert held == {clients[1].session_hash, clients[2].session_hash}, "the oldest session is dropped"
    finally:
        app.close()
