"""The composition root: the only code that loads the embedding model or opens Chroma."""

from __future__ import annotations

import logging
import os
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from tutor.config import Settings
from tutor.embeddings import SentenceTransformerEmbeddings
from tutor.errors import IndexStoreError
from tutor.indexing import CorpusIndex
from tutor.service import Tutor

logger = logging.getLogger(__name__)


@lru_cache(maxsize=2)
def load_embeddings(model_path: Path, batch_size: int = 32) -> SentenceTransformerEmbeddings:
    """Load a sentence-transformers model from a local folder, never from the network."""
    # The model ships inside a package; forbid any Hugging Face Hub call at run time.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
    return SentenceTransformerEmbeddings(model, name=model_path.name if model_path.name != "model"
                                         else model_path.parent.name, batch_size=batch_size)


def open_chroma_client(settings: Settings) -> Any:
    """Open the embedded index under `data_dir`, or the Chroma server when `chroma_host` is set.

    Raises:
        IndexStoreError: the server cannot be reached or the embedded index cannot be opened.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if settings.chroma_host:
        where = f"{settings.chroma_host}:{settings.chroma_port}"
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                         ssl=settings.chroma_ssl, settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:
            raise IndexStoreError(
                f"Cannot reach the Chroma server at {where} ({exc}). Start it with "
                f"`chroma run --host {settings.chroma_host} --port {settings.chroma_port} --path DIR`, "
                "or unset TUTOR_CHROMA_HOST to use the embedded index."
            ) from None
        return client
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except Exception as exc:
        raise IndexStoreError(
            f"The search index at {settings.chroma_dir} cannot be opened ({exc}). "
            "Run `tutor index --rebuild` to rebuild it from the corpus."
        ) from None


def remove_embedded_index(settings: Settings) -> None:
    """Delete the embedded index folder (for `tutor index --rebuild` on a broken index)."""
    if settings.chroma_host:
        return
    lock_path = settings.data_dir / "index.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(lock_path), timeout=0):
            from chromadb.api.client import SharedSystemClient

            shutil.rmtree(settings.chroma_dir, ignore_errors=True)
            SharedSystemClient.clear_system_cache()
    except Timeout:
        raise IndexStoreError("Another `tutor index` is running. Wait for it to finish.") from None
    logger.info("removed %s", settings.chroma_dir)


def build_tutor(settings: Settings, embeddings: SentenceTransformerEmbeddings | None = None) -> Tutor:
    """Build the `Tutor` with the real embedding model and Chroma client.

    `embeddings` lets tests and benchmarks share one loaded model.
    """
    embeddings = embeddings or load_embeddings(settings.embedding_model, settings.index_batch_size)
    client = open_chroma_client(settings)
    index = CorpusIndex(client, settings.collection, embeddings, settings.data_dir / "index.lock",
                        batch_size=settings.index_batch_size)
    return Tutor(settings, index, embeddings.count_tokens)
