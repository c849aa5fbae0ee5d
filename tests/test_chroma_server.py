"""Server mode against a real `chroma run` on 127.0.0.1, started by the test."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.errors import IndexStoreError
from tutor.wiring import build_tutor

from .conftest import free_port, make_settings

CHROMA = Path(sys.executable).parent / "chroma"



@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = open(path / "server.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(path / "db"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"chroma run did not start: {(path / 'server.log').read_text()}") from None
                time.sleep(0.3)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


@pytest.mark.slow
def test_index_and_search_through_a_chroma_server(tmp_path, embeddings, chroma_server):
    settings = make_settings(tmp_path, chroma_host="127.0.0.1", chroma_port=chroma_server,
                             collection="server-test")
    tutor = build_tutor(settings, embeddings=embeddings)
    first = tutor.index(progress=False)
    assert first.embedded == first.total_chunks > 24
    assert not settings.chroma_dir.exists()  # nothing embedded locally
    assert tutor.search("ATP")[0].heading == "Available-to-promise (ATP)"
    assert {h.domain for h in tutor.search("planning", domain="sop")} == {"sop"}
    again = build_tutor(settings, embeddings=embeddings).index(progress=False)
    assert again.embedded == 0 and again.unchanged == first.total_chunks
    (settings.corpus_dir / "sop" / "notes.md").unlink()
    third = tutor.index(progress=False)
    assert third.deleted == first.per_domain["sop"] and "sop" not in third.per_domain


def test_an_unreachable_server_is_a_clear_error(tmp_path, embeddings):
    port = free_port()
    settings = make_settings(tmp_path, chroma_host="127.0.0.1", chroma_port=port)
    with pytest.raises(IndexStoreError, match=f"Cannot reach the Chroma server at 127.0.0.1:{port}") as err:
        build_tutor(settings, embeddings=embeddings)
    assert "chroma run" in str(err.value) and "unset TUTOR_CHROMA_HOST" in str(err.value)
