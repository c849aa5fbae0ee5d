"""Shared fixtures: no network but loopback, settings in tmp_path, one real MiniLM per session."""

from __future__ import annotations

import ipaddress
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.config import Settings, load_settings
from tutor.embeddings import SentenceTransformerEmbeddings
from tutor.service import Tutor

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
MINI_CORPUS = Path(__file__).resolve().parent / "data" / "mini_corpus"


class NetworkBlocked(RuntimeError):
    """Raised when code under test opens a socket to a non-loopback address."""


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False  # a host name other than localhost would need DNS


@pytest.fixture(scope="session", autouse=True)
def block_network() -> Iterator[None]:
    """Fail any connection to a non-loopback address, proving nothing is downloaded at run time."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to reach {address!r}")
        return real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to reach {address!r}")
        return real_connect_ex(self, address)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", guarded_connect)
        mp.setattr(socket.socket, "connect_ex", guarded_connect_ex)
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        mp.setenv("ANONYMIZED_TELEMETRY", "False")
        mp.setenv("GRADIO_ANALYTICS_ENABLED", "False")
        yield


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep the developer's TUTOR_* variables and .env out of tests; run in tmp_path."""
    import os

    for key in list(os.environ):
        if key.startswith("TUTOR_") and not key.startswith("TUTOR_TEST_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("TUTOR_ALLOW_MODEL_REQUESTS", "false")  # no test may call a real LLM by accident
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def embeddings() -> SentenceTransformerEmbeddings:
    """The real bundled all-MiniLM-L6-v2, loaded once per test session."""
    from tutor.config import bundled_model_path
    from tutor.wiring import load_embeddings

    return load_embeddings(bundled_model_path(), 32)  # same cache key as build_tutor's default


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_corpus(dest: Path, mini: bool = True) -> Path:
    """Copy the mini corpus (default) or the project's whole corpus into `dest`."""
    if mini:
        shutil.copytree(MINI_CORPUS, dest)
        shutil.copy(CORPUS / "outline.yaml", dest / "outline.yaml")
    else:
        shutil.copytree(CORPUS, dest)
    return dest


def make_settings(tmp: Path, corpus: Path | None = None, mini: bool = True, **overrides: object) -> Settings:
    """Settings whose corpus (a copy of the mini corpus unless `mini=False`) and data live under `tmp`."""
    corpus = corpus or copy_corpus(tmp / "corpus", mini=mini)
    return load_settings(corpus_dir=corpus, data_dir=tmp / "data", **overrides)


@pytest.fixture(scope="session")
def seed_tutor(tmp_path_factory: pytest.TempPathFactory, embeddings: SentenceTransformerEmbeddings) -> Tutor:
    """A Tutor over an indexed copy of the project's whole corpus, shared by read-only tests."""
    import os

    from tutor.wiring import build_tutor

    tmp = tmp_path_factory.mktemp("seed")
    cache = os.environ.get("TUTOR_TEST_INDEX_CACHE")  # developers: a data dir indexed before, copied, then synced
    if cache and Path(cache, "chroma").is_dir():
        shutil.copytree(Path(cache, "chroma"), tmp / "data" / "chroma")
    tutor = build_tutor(make_settings(tmp, mini=False), embeddings=embeddings)
    tutor.ensure_index(progress=False)
    return tutor
