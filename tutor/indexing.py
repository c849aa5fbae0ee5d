"""Keep a Chroma collection in step with the corpus chunks, embedding only what changed.

Each chunk is stored under its `chunk_id` with a `content_hash`; a sync deletes chunks that are
gone, embeds chunks that are new or changed and leaves the rest alone, so it is idempotent and
also repairs an index left half-written by a killed run. The collection's metadata records the
embedding model and whether the last sync finished. The Chroma client and the embeddings are
injected; this module builds neither.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from langchain_chroma import Chroma
from langchain_core.documents import Document
from pydantic import BaseModel
from tqdm import tqdm

from tutor.embeddings import SentenceTransformerEmbeddings
from tutor.errors import IndexNotBuilt, IndexStoreError

logger = logging.getLogger(__name__)

_STATE = "index_state"
_MODEL = "embedding_model"
_FINGERPRINT = "corpus_fingerprint"


class IndexReport(BaseModel):
    """What one sync did."""

    total_chunks: int
    embedded: int
    deleted: int
    unchanged: int
    per_domain: dict[str, int]
    seconds: float
    embed_seconds: float

    @property
    def chunks_per_second(self) -> float:
        """Embedding-and-write throughput of this sync (0 when nothing was embedded)."""
        return self.embedded / self.embed_seconds if self.embed_seconds > 0 else 0.0


def fingerprint(docs: Sequence[Document]) -> str:
    """Hash the set of (chunk id, content hash) pairs: equal fingerprints mean equal indexes."""
    pairs = sorted(f"{d.metadata['chunk_id']}={d.metadata['content_hash']}" for d in docs)
    return hashlib.sha256("\n".join(pairs).encode()).hexdigest()[:32]


class CorpusIndex:
    """The corpus collection in Chroma: sync, inspect and open it for search."""

    def __init__(
        self,
        client: Any,
        collection: str,
        embeddings: SentenceTransformerEmbeddings,
        lock_path: Path,
        batch_size: int = 32,
    ) -> None:
        self.client = client
        self.collection_name = collection
        self.embeddings = embeddings
        self.lock_path = lock_path
        self.batch_size = batch_size

    # -- reading -------------------------------------------------------------------------

    def _collection(self) -> Any | None:
        try:
            return self.client.get_collection(self.collection_name)
        except Exception as exc:  # chromadb raises NotFoundError/ValueError by version
            if "does not exist" in str(exc) or "not found" in str(exc).lower():
                return None
            raise IndexStoreError(
                f"The search index cannot be read ({exc}). Run `tutor index --rebuild` to rebuild "
                "it from the corpus."
            ) from exc

    def status(self) -> dict[str, Any]:
        """Return the collection's state: exists, complete, model, chunk count."""
        col = self._collection()
        if col is None:
            return {"exists": False, "complete": False, "chunks": 0, "model": None}
        meta = col.metadata or {}
        return {
            "exists": True,
            "complete": meta.get(_STATE) == "complete",
            "chunks": col.count(),
            "model": meta.get(_MODEL),
            "fingerprint": meta.get(_FINGERPRINT),
        }

    def vectorstore(self) -> Chroma:
        """Open the collection for dense search.

        Raises:
            IndexNotBuilt: the collection is missing, unfinished or built with another model.
        """
        state = self.status()
        if not state["exists"] or state["chunks"] == 0:
            raise IndexNotBuilt("The search index has not been built yet. Run `tutor index` first.")
        if state["model"] != self.embeddings.name:
            raise IndexNotBuilt(
                f"The search index was built with another embedding model ({state['model']}). "
                "Run `tutor index` to rebuild it."
            )
        if not state["complete"]:
            raise IndexNotBuilt(
                "The last indexing run did not finish, so the index is incomplete. Run `tutor index` "
                "to repair it (only the missing chunks are embedded)."
            )
        return Chroma(client=self.client, collection_name=self.collection_name,
                      embedding_function=self.embeddings, create_collection_if_not_exists=False)

    def documents(self) -> list[Document]:
        """Return every stored chunk (text and metadata), sorted by chunk id."""
        col = self._collection()
        if col is None:
            return []
        got = col.get(include=["documents", "metadatas"])
        docs = [Document(page_content=text or "", metadata=meta or {}, id=cid)
                for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)]
        return sorted(docs, key=lambda d: d.id or "")

    def vectors(self, ids: list[str]) -> dict[str, list[float]]:
        """The stored embeddings of the given chunk ids (ids not in the index are left out)."""
        col = self._collection()
        if col is None or not ids:
            return {}
        got = col.get(ids=ids, include=["embeddings"])
        return {cid: list(vec) for cid, vec in zip(got["ids"], got["embeddings"], strict=True)}

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.lock_path))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise IndexStoreError(
                f"Another `tutor index` is running (lock {self.lock_path}). Wait for it to finish."
            ) from None
        try:
            yield
        finally:
            lock.release()

    def rebuild(self, docs: Sequence[Document], progress: bool = True) -> IndexReport:
        """Drop the collection and index everything again."""
        with self._locked():
            self._drop()
        return self.sync(docs, progress=progress)

    def _drop(self) -> None:
        try:
            self.client.delete_collection(self.collection_name)
        except Exception as exc:
            logger.debug("nothing to drop: %s", exc)

    def sync(self, docs: Sequence[Document], progress: bool = True) -> IndexReport:
        """Make the collection hold exactly `docs`, embedding only new or changed chunks."""
        start = time.perf_counter()
        ids = [str(d.metadata["chunk_id"]) for d in docs]
        if len(set(ids)) != len(ids):
            dupes = sorted(i for i, n in Counter(ids).items() if n > 1)
            raise IndexStoreError(f"Duplicate chunk ids: {dupes[:5]}")
        with self._locked():
            col = self._open_for_write()
            got = col.get(include=["metadatas"])
            stored = {cid: (m or {}).get("content_hash") for cid, m in zip(got["ids"], got["metadatas"],
                                                                             strict=True)}
            wanted = {str(d.metadata["chunk_id"]): d for d in docs}
            stale = sorted(set(stored) - set(wanted))
            todo = [d for cid, d in wanted.items() if stored.get(cid) != d.metadata["content_hash"]]
            self._set_state(col, "building", None)
            if stale:
                col.delete(ids=stale)
            embed_start = time.perf_counter()
            self._write(col, todo, progress)
            embed_seconds = time.perf_counter() - embed_start
            self._set_state(col, "complete", fingerprint(docs))
        per_domain = Counter(str(d.metadata["domain"]) for d in docs)
        report = IndexReport(
            total_chunks=len(docs), embedded=len(todo), deleted=len(stale),
            unchanged=len(docs) - len(todo), per_domain=dict(sorted(per_domain.items())),
            seconds=time.perf_counter() - start, embed_seconds=embed_seconds,
        )
        logger.info("index synced: %d chunks, %d embedded, %d deleted", report.total_chunks,
                    report.embedded, report.deleted)
        return report

    def _open_for_write(self) -> Any:
        col = self._collection()
        if col is not None and (col.metadata or {}).get(_MODEL) != self.embeddings.name:
            logger.warning("index was built with %s; rebuilding with %s",
                           (col.metadata or {}).get(_MODEL), self.embeddings.name)
            self._drop()
            col = None
        if col is None:
            col = self.client.create_collection(
                self.collection_name,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={_MODEL: self.embeddings.name, _STATE: "building"},
                embedding_function=None,
            )
        return col

    def _set_state(self, col: Any, state: str, print_: str | None) -> None:
        meta = {_MODEL: self.embeddings.name, _STATE: state}
        if print_:
            meta[_FINGERPRINT] = print_
        col.modify(metadata=meta)

    def _write(self, col: Any, docs: list[Document], progress: bool) -> None:
        batches = [docs[i:i + self.batch_size] for i in range(0, len(docs), self.batch_size)]
        bar = tqdm(total=len(docs), unit="chunk", desc="Embedding", disable=not progress or not docs)
        with bar:
            for n, batch in enumerate(batches, 1):
                texts = [d.page_content for d in batch]
                col.upsert(
                    ids=[str(d.metadata["chunk_id"]) for d in batch],
                    embeddings=self.embeddings.embed_documents(texts),
                    documents=texts,
                    metadatas=[dict(d.metadata) for d in batch],
                )
                bar.update(len(batch))
                logger.debug("stored batch %d/%d", n, len(batches))
