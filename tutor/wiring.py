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
from tutor.domains import load_outline
from tutor.embeddings import SentenceTransformerEmbeddings
from tutor.errors import IndexStoreError, ModelUnavailable
from tutor.indexing import CorpusIndex
from tutor.library import Library
from tutor.service import Tutor
from tutor.store import Store

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


def build_chat_model(settings: Settings) -> Any:
    """Build the configured chat model through `init_chat_model`, or None for the offline backend.

    Raises:
        ModelUnavailable: model requests are switched off, or the backend's package is missing.
    """
    if settings.llm_backend == "offline":
        return None
    if not settings.allow_model_requests:
        raise ModelUnavailable("Model requests are switched off (TUTOR_ALLOW_MODEL_REQUESTS=false).")
    from langchain.chat_models import init_chat_model

    options: dict[str, Any] = {"base_url": settings.llm_base_url, "temperature": 0}
    if settings.llm_backend == "openai":  # any OpenAI-compatible server
        options |= {"api_key": settings.llm_api_key, "timeout": 60}
    try:
        return init_chat_model(settings.llm_model, model_provider=settings.llm_backend, **options)
    except ImportError:
        package = f"langchain-{settings.llm_backend}"
        raise ModelUnavailable(
            f"The {settings.llm_backend} backend needs {package}: run `.venv/bin/pip install {package}` "
            "or set TUTOR_LLM_BACKEND=offline."
        ) from None


def open_store(settings: Settings) -> Store:
    """The learner database (made, and migrated, when first opened)."""
    return Store(settings.learner_db_url)


def assemble_tutor(settings: Settings, index: CorpusIndex, embeddings: SentenceTransformerEmbeddings,
                   chat_model: Any = None) -> Tutor:
    """The `Tutor` over an open index: the learner store, the learners' libraries and the quiz author made here."""
    outline = load_outline(settings.corpus_dir / "outline.yaml")
    library = Library(index.client, embeddings, outline, chunk_tokens=settings.chunk_tokens)
    author = None
    if chat_model is not None and settings.llm_backend != "offline":  # the model writes some quiz items too
        from tutor.quiz.authoring import QuizAuthor

        author = QuizAuthor(chat_model)
    return Tutor(settings, index, embeddings.count_tokens, open_store(settings), library, chat_model=chat_model,
                 author=author)


def build_tutor(settings: Settings, embeddings: SentenceTransformerEmbeddings | None = None,
                chat_model: Any = None) -> Tutor:
    """Build the `Tutor` with the real embedding model, Chroma client and (if configured) chat model.

    `embeddings` lets tests and benchmarks share one loaded model; `chat_model` injects a chat
    model (tests pass langchain-core's fakes) instead of the configured one.
    """
    embeddings = embeddings or load_embeddings(settings.embedding_model, settings.index_batch_size)
    client = open_chroma_client(settings)
    index = CorpusIndex(client, settings.collection, embeddings, settings.data_dir / "index.lock",
                        batch_size=settings.index_batch_size)
    model = chat_model if chat_model is not None else build_chat_model(settings)
    return assemble_tutor(settings, index, embeddings, model)
