"""Indexing with the real MiniLM and a real embedded Chroma in tmp_path."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tutor.errors import IndexNotBuilt, IndexStoreError
from tutor.wiring import build_tutor, remove_embedded_index

from .conftest import make_settings

SUPPLY = "supply/notes.md"


def _stored(tutor) -> dict[str, str]:
    return {d.metadata["chunk_id"]: d.metadata["content_hash"] for d in tutor.index_store.documents()}


def test_second_run_embeds_nothing(tmp_path, embeddings):
    tutor = build_tutor(make_settings(tmp_path), embeddings=embeddings)
    first = tutor.index(progress=False)
    assert first.embedded == first.total_chunks > 24 and first.deleted == 0
    assert all(n > 0 for n in first.per_domain.values()) and len(first.per_domain) == 8
    second = tutor.index(progress=False)
    assert (second.embedded, second.deleted, second.unchanged) == (0, 0, first.total_chunks)
    assert tutor.ensure_index(progress=False) is None  # nothing to do when up to date
    assert _stored(tutor) == {d.metadata["chunk_id"]: d.metadata["content_hash"] for d in tutor.chunks()}


def test_an_edited_entry_re_embeds_only_its_chunks(tmp_path, embeddings):
    settings = make_settings(tmp_path)
    tutor = build_tutor(settings, embeddings=embeddings)
    tutor.index(progress=False)
    before = _stored(tutor)
    path = settings.corpus_dir / SUPPLY
    text = path.read_text()
    old = "Capable-to-promise (CTP)** goes further"
    assert old in text
    path.write_text(text.replace(old, "Capable-to-promise (CTP)** goes one step further"))
    report = tutor.index(progress=False)
    after = _stored(tutor)
    changed = {cid for cid in after if before.get(cid) != after[cid]}
    assert changed and all(cid.startswith(f"{SUPPLY}#available-to-promise-atp:") for cid in changed)
    assert report.embedded == len(changed) and report.deleted == len(set(before) - set(after))
    hits = tutor.search("goes one step further capable to promise", k=1)
    assert hits[0].entry_id == f"{SUPPLY}#available-to-promise-atp"
    assert any("one step further" in h.text for h in tutor.search("capable-to-promise", k=3))


def test_a_deleted_file_disappears_from_the_index(tmp_path, embeddings):
    settings = make_settings(tmp_path)
    tutor = build_tutor(settings, embeddings=embeddings)
    tutor.index(progress=False)
    gone = {cid for cid in _stored(tutor) if cid.startswith("inventory/")}
    assert gone
    (settings.corpus_dir / "inventory" / "notes.md").unlink()
    report = tutor.index(progress=False)
    assert report.deleted == len(gone) and report.embedded == 0
    assert not any(cid.startswith("inventory/") for cid in _stored(tutor))
    assert "inventory" not in report.per_domain
    assert all(h.domain != "inventory" for h in tutor.search("economic order quantity EOQ", k=5))


def test_search_before_indexing_says_to_run_index(tmp_path, embeddings):
    tutor = build_tutor(make_settings(tmp_path), embeddings=embeddings)
    with pytest.raises(IndexNotBuilt, match="tutor index"):
        tutor.search("ATP")


def test_an_unfinished_index_is_reported_and_repaired(tmp_path, embeddings):
    tutor = build_tutor(make_settings(tmp_path), embeddings=embeddings)
    docs = tutor.chunks()
    col = tutor.index_store._open_for_write()
    tutor.index_store._set_state(col, "building", None)
    tutor.index_store._write(col, docs[:10], progress=False)  # as if killed after one batch
    with pytest.raises(IndexNotBuilt, match="did not finish"):
        tutor.search("ATP")
    report = tutor.index(progress=False)
    assert report.embedded == len(docs) - 10
    assert tutor.search("ATP")[0].heading == "Available-to-promise (ATP)"


def test_a_model_change_triggers_a_rebuild(tmp_path, embeddings):
    tutor = build_tutor(make_settings(tmp_path), embeddings=embeddings)
    total = tutor.index(progress=False).total_chunks
    col = tutor.index_store.client.get_collection(tutor.index_store.collection_name)
    col.modify(metadata={"embedding_model": "some-other-model", "index_state": "complete"})
    tutor._retriever = None
    with pytest.raises(IndexNotBuilt, match="another embedding model"):
        tutor.search("ATP")
    assert tutor.index(progress=False).embedded == total


def test_a_second_indexer_is_refused_while_one_runs(tmp_path, embeddings):
    from filelock import FileLock

    settings = make_settings(tmp_path)
    tutor = build_tutor(settings, embeddings=embeddings)
    with FileLock(str(settings.data_dir / "index.lock")):
        with pytest.raises(IndexStoreError, match="Another `tutor index` is running"):
            tutor.index(progress=False)


def _cli_env(settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUTOR_")}
    env.update(TUTOR_CORPUS_DIR=str(settings.corpus_dir), TUTOR_DATA_DIR=str(settings.data_dir),
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    return env


def _tutor_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tutor", *args], env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.slow
def test_kill_minus_nine_mid_indexing_is_repaired_by_the_next_run(tmp_path):
    settings = make_settings(tmp_path)
    env = _cli_env(settings) | {"TUTOR_INDEX_BATCH_SIZE": "2"}
    proc = subprocess.Popen([sys.executable, "-m", "tutor", "-vv", "index", "--no-progress"], env=env,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert proc.stderr is not None
    deadline = time.monotonic() + 180
    batches = 0
    for line in proc.stderr:
        if "stored batch" in line:
            batches += 1
            if batches == 3:
                break
        assert time.monotonic() < deadline, "indexing never got going"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL and batches == 3

    search = _tutor_cli("search", "ATP", env=env)
    assert search.returncode == 2 and "did not finish" in search.stderr

    repaired = _tutor_cli("index", "--no-progress", env=env)
    assert repaired.returncode == 0, repaired.stderr
    first_line = repaired.stdout.splitlines()[0]
    total = int(first_line.split()[1])
    embedded = int(first_line.split(": ")[1].split()[0])
    assert 0 < embedded <= total - 6  # the 3 stored batches of 2 were kept

    again = _tutor_cli("index", "--no-progress", env=env)
    assert f"Indexed {total} chunks: 0 embedded, 0 deleted, {total} unchanged" in again.stdout
    found = _tutor_cli("search", "available to promise", "-k", "1", env=env)
    assert found.returncode == 0 and "Available-to-promise (ATP)" in found.stdout


@pytest.mark.slow
def test_a_corrupt_index_gives_a_clear_error_and_rebuild_fixes_it(tmp_path):
    settings = make_settings(tmp_path)
    env = _cli_env(settings)
    assert _tutor_cli("index", "--no-progress", env=env).returncode == 0
    db = Path(settings.chroma_dir) / "chroma.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    broken = _tutor_cli("search", "ATP", env=env)
    assert broken.returncode == 2
    assert "tutor index --rebuild" in broken.stderr and "Traceback" not in broken.stderr
    rebuilt = _tutor_cli("index", "--rebuild", "--no-progress", env=env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    found = _tutor_cli("search", "ATP", "-k", "1", env=env)
    assert "Available-to-promise (ATP)" in found.stdout


def test_remove_embedded_index_deletes_the_folder(tmp_path, embeddings):
    settings = make_settings(tmp_path)
    build_tutor(settings, embeddings=embeddings).index(progress=False)
    assert settings.chroma_dir.exists()
    remove_embedded_index(settings)
    assert not settings.chroma_dir.exists()
