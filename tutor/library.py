"""A learner's personal library: their own notes (PDF, Markdown, text), searchable beside the corpus.

Each learner has one Chroma collection, `library-<learner id>`, in cosine space and separate from
the corpus collection. Everything known about a file (name, domain, domain scores, pages, chunk
count) is stored in the metadata of each of its chunks, so the collection is the only record.
An upload is checked, read, chunked and embedded before anything is written; a write that fails
part-way is rolled back, so a failed upload changes nothing. The Chroma client, the embeddings and
the outline are injected; this module builds none of them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import numpy as np
from langchain_core.documents import Document

from tutor.chunking import split_text
from tutor.domains import Domain, Outline
from tutor.embeddings import SentenceTransformerEmbeddings
from tutor.errors import IndexStoreError, QueryError
from tutor.uploads import FIX, check_upload, clean_text, read_upload

logger = logging.getLogger(__name__)

Progress = Callable[[float, str], None]

_MODEL = "embedding_model"
_SUGGEST_WORDS = 2000
_DOMAIN_VECTORS: dict[tuple[str, str], tuple[list[str], np.ndarray]] = {}
_DOMAIN_LOCK = threading.Lock()


@dataclass(frozen=True)
class LibraryFile:
    """One uploaded file as the learner sees it."""

    file_id: str
    """Stable id: the first 12 hex digits of sha256(learner id + content)."""
    filename: str
    """The sanitised file name."""
    domain: str
    """Domain slug, auto-tagged or set by the learner."""
    domain_scores: dict[str, float]
    """Cosine similarity of the file to each domain, by slug (why it was tagged as it was)."""
    pages: int
    """PDF pages (1 for text files)."""
    chunks: int
    """How many passages were stored."""


class Library:
    """Every learner's uploaded notes: add, list, re-tag, remove and search them."""

    def __init__(self, client: Any, embeddings: SentenceTransformerEmbeddings, outline: Outline,
                 chunk_tokens: int = 200, batch_size: int = 64) -> None:
        self.client = client
        self.embeddings = embeddings
        self.outline = outline
        self.chunk_tokens = max(32, min(int(chunk_tokens), embeddings.max_tokens))
        self.batch_size = max(1, int(batch_size))
        self._lock = threading.Lock()

    def suggest_domain(self, text: str) -> tuple[str, dict[str, float]]:
        """Return the domain slug `text` is closest to, and the cosine similarity to every domain.

        The first ~2,000 words are embedded in token-bounded pieces and averaged into one vector.

        Raises:
            QueryError: the text is empty.
        """
        head = " ".join(clean_text(text, self.chunk_tokens).split(" ")[:_SUGGEST_WORDS])
        if not head:
            raise QueryError("There is no text to tag with a domain.")
        pieces = split_text(head, self.embeddings.count_tokens, self.chunk_tokens)
        scores = self._scores(np.asarray(self.embeddings.embed_documents(pieces)))
        return max(scores, key=scores.__getitem__), scores

    def _scores(self, vectors: np.ndarray) -> dict[str, float]:
        slugs, matrix = self._domain_vectors()
        sims = matrix @ _unit(vectors.mean(axis=0))
        return {slug: round(float(s), 4) for slug, s in zip(slugs, sims, strict=True)}

    def _domain_vectors(self) -> tuple[list[str], np.ndarray]:
        """One unit vector per domain (its name, subtopic names and descriptions), embedded once."""
        key = (self.embeddings.name, hashlib.sha256(self.outline.model_dump_json().encode()).hexdigest())
        with _DOMAIN_LOCK:
            if key not in _DOMAIN_VECTORS:
                domains = self.outline.domains
                texts = [[d.name, *(f"{d.name}: {s.name}. {s.description}" for s in d.subtopics)] for d in domains]
                rows = [_unit(np.asarray(self.embeddings.embed_documents(t)).mean(axis=0)) for t in texts]
                _DOMAIN_VECTORS[key] = ([d.slug.value for d in domains], np.vstack(rows))
            return _DOMAIN_VECTORS[key]

    def add(self, learner_id: int, filename: str, data: bytes, domain: str | None = None,
            progress: Progress | None = None) -> LibraryFile:
        """Read, chunk, tag and store one file; re-adding the same content replaces the earlier copy.

        Args:
            learner_id: whose library.
            filename: the uploaded file's name (sanitised before use).
            data: the file's bytes.
            domain: a domain slug or name to tag the file with; None or "" tags it automatically.
            progress: called as `progress(fraction, message)` while reading, embedding and saving.

        Raises:
            QueryError: the file is empty, too large, of a type not allowed or unreadable.
            UnknownDomainError: `domain` is not a CPIM domain.
            IndexStoreError: the library could not be written (nothing was changed).
        """
        report = progress or (lambda _fraction, _message: None)
        collection = _collection_name(learner_id)
        name = check_upload(filename, len(data or b""))
        chosen = Domain.parse(domain).value if domain else None
        report(0.0, f"Reading {name}")
        pages, texts = read_upload(name, data, self.chunk_tokens)
        chunks = self._chunk(name, texts)
        report(0.1, f"Read {pages} page(s) of {name}; embedding {len(chunks)} passages")
        vectors: list[list[float]] = []
        for start in range(0, len(chunks), self.batch_size):
            vectors.extend(self.embeddings.embed_documents([t for _, t in chunks[start:start + self.batch_size]]))
            report(0.1 + 0.75 * len(vectors) / len(chunks), f"Embedding {len(vectors)}/{len(chunks)} passages")
        scores = self._scores(np.asarray(vectors[:_head_count(chunks)]))
        file_id = hashlib.sha256(f"{learner_id}\n".encode() + data).hexdigest()[:12]
        info = LibraryFile(file_id=file_id, filename=name, domain=chosen or max(scores, key=scores.__getitem__),
                           domain_scores=scores, pages=pages, chunks=len(chunks))
        metadatas = [_metadata(info, learner_id, page, index) for index, (page, _) in enumerate(chunks)]
        ids = [m["chunk_id"] for m in metadatas]
        report(0.85, f"Saving {name}")
        with self._lock:
            col = self.client.get_or_create_collection(
                collection, configuration={"hnsw": {"space": "cosine"}},
                metadata={_MODEL: self.embeddings.name}, embedding_function=None)
            self._replace(col, info, ids, vectors, [t for _, t in chunks], metadatas, report)
        report(1.0, f"Added {name}: {len(chunks)} passages")
        logger.info("library %s: added %s (%s, %d chunks, %s)", collection, name, file_id, len(chunks), info.domain)
        return info

    def _chunk(self, name: str, pages: list[tuple[int, str]]) -> list[tuple[int, str]]:
        chunks: list[tuple[int, str]] = []
        for page, text in pages:
            try:
                chunks += [(page, piece) for piece in split_text(text, self.embeddings.count_tokens, self.chunk_tokens)]
            except ValueError as exc:  # a single "word" longer than a chunk; _clean breaks those, so rare
                raise QueryError(f"{name} could not be split into passages ({exc}); {FIX}.") from None
        if not chunks:
            raise QueryError(f"{name} has no text to add; {FIX}.")
        return chunks

    def _replace(self, col: Any, info: LibraryFile, ids: list[str], vectors: list[list[float]], texts: list[str],
                 metadatas: list[dict[str, Any]], report: Progress) -> None:
        """Swap the file's old chunks (if any) for the new ones; on failure put everything back."""
        old = col.get(where={"file_id": info.file_id}, include=["embeddings", "documents", "metadatas"])
        written: list[str] = []
        try:
            if old["ids"]:
                col.delete(ids=old["ids"])
            for start in range(0, len(ids), self.batch_size):
                part = slice(start, start + self.batch_size)
                col.add(ids=ids[part], embeddings=vectors[part], documents=texts[part], metadatas=metadatas[part])
                written.extend(ids[part])
                report(0.85 + 0.15 * len(written) / len(ids), f"Saving {len(written)}/{len(ids)} passages")
        except Exception as exc:
            self._rollback(col, written, old)
            raise IndexStoreError(
                f"{info.filename} could not be saved to your library ({exc}); nothing was changed. Try again."
            ) from exc

    def _rollback(self, col: Any, written: list[str], old: dict[str, Any]) -> None:
        try:
            if written:
                col.delete(ids=written)
            for start in range(0, len(old["ids"]), self.batch_size):
                end = start + self.batch_size
                col.upsert(ids=old["ids"][start:end], embeddings=np.asarray(old["embeddings"][start:end]).tolist(),
                           documents=old["documents"][start:end], metadatas=old["metadatas"][start:end])
        except Exception:
            logger.exception("could not roll back a failed library write in %s", col.name)

    def files(self, learner_id: int) -> list[LibraryFile]:
        """The learner's files, sorted by name (empty when they have none)."""
        col = self._open(learner_id)
        if col is None:
            return []
        got = col.get(where={"chunk_index": 0}, include=["metadatas"])
        found = {m["file_id"]: _file(m) for m in got["metadatas"] if m}
        return sorted(found.values(), key=lambda f: (f.filename.casefold(), f.file_id))

    def set_domain(self, learner_id: int, file_id: str, domain: str | None) -> LibraryFile:
        """Tag a file with another domain (slug or name) and return it as updated.

        `domain` None or "" goes back to the detected domain: the one the file's text is closest to
        (from the scores stored at upload, so nothing is re-embedded).

        Raises:
            QueryError: the learner has no file with that id.
            UnknownDomainError: `domain` is not a CPIM domain.
        """
        slug = Domain.parse(domain).value if domain else None
        with self._lock:
            col, got = self._file_chunks(learner_id, file_id)
            scores = _file(got["metadatas"][0]).domain_scores
            slug = slug or max(scores, key=scores.__getitem__)
            metadatas = [{**m, "domain": slug} for m in got["metadatas"]]
            col.update(ids=got["ids"], metadatas=metadatas)
        return _file(metadatas[0])

    def remove(self, learner_id: int, file_id: str) -> None:
        """Delete one file's chunks from the learner's library.

        Raises:
            QueryError: the learner has no file with that id.
        """
        with self._lock:
            col, got = self._file_chunks(learner_id, file_id)
            col.delete(ids=got["ids"])
        logger.info("library %s: removed %s", col.name, file_id)

    def _file_chunks(self, learner_id: int, file_id: str) -> tuple[Any, dict[str, Any]]:
        key = " ".join(str(file_id or "").split()).lower()
        if not key:
            raise QueryError("Type a file id first: copy it from the first column of the list of your files.")
        col = self._open(learner_id)
        got = col.get(where={"file_id": key}, include=["metadatas"]) if col is not None else None
        if not got or not got["ids"]:
            shown = "".join(c if c.isprintable() else "?" for c in key[:24]) + ("…" if len(key) > 24 else "")
            raise QueryError(f"Your library has no file with the id “{shown}”. Copy the id from the first column "
                             "of the list of your files (12 letters and digits, like 3ceb15b81a34).")
        return col, got

    def _open(self, learner_id: int) -> Any | None:
        name = _collection_name(learner_id)
        try:
            return self.client.get_collection(name)
        except Exception as exc:  # chromadb raises NotFoundError/ValueError by version
            if "does not exist" in str(exc) or "not found" in str(exc).lower():
                return None
            raise IndexStoreError(f"Your library cannot be read ({exc}).") from exc

    def count(self, learner_id: int) -> int:
        """How many passages the learner's library holds (0 when they have none)."""
        col = self._open(learner_id)
        return col.count() if col is not None else 0

    def search(self, learner_id: int, query: str, k: int = 4) -> list[Document]:
        """The learner's `k` passages closest to `query`, best first, each with `score` (cosine, 0-1).

        Raises:
            QueryError: the query is empty.
        """
        text, col = self._searchable(learner_id, query)
        size = col.count() if col is not None else 0
        if size == 0 or k < 1:
            return []
        got = col.query(query_embeddings=[self.embeddings.embed_query(text)], n_results=min(k, size),
                        include=["documents", "metadatas", "distances"])
        docs = [_passage(cid, content, meta, 1.0 - float(distance)) for cid, content, meta, distance
                in zip(got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0], strict=True)]
        return sorted(docs, key=lambda d: -d.metadata["score"])

    def matching(self, learner_id: int, query: str, pattern: str, limit: int = 200) -> list[Document]:
        """Up to `limit` of the learner's passages whose text matches `pattern`, each with its `score` to `query`.

        `pattern` is a regular expression in Chroma's (Rust) syntax, e.g. "(?i)fbk|water spider"; `score` is
        the cosine similarity of the passage to `query`, as in `search`.

        Raises:
            QueryError: the query is empty.
        """
        text, col = self._searchable(learner_id, query)
        if col is None or not pattern or limit < 1:
            return []
        try:
            got = col.get(where_document={"$regex": pattern}, include=["documents", "metadatas", "embeddings"],
                          limit=limit)
        except Exception as exc:  # e.g. a Chroma server without $regex: matching by words is only an extra
            logger.warning("library %s: no word search (%s); passages are found by meaning only", col.name, exc)
            return []
        if not got["ids"]:
            return []
        vectors = np.asarray(got["embeddings"], dtype=float)
        sims = (vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)) @ _unit(
            np.asarray(self.embeddings.embed_query(text), dtype=float))
        return [_passage(cid, content, meta, float(sim))
                for cid, content, meta, sim in zip(got["ids"], got["documents"], got["metadatas"], sims, strict=True)]

    def _searchable(self, learner_id: int, query: str) -> tuple[str, Any | None]:
        """The cleaned query and the learner's collection (None when missing or embedded with another model)."""
        text = " ".join((query or "").split())
        if not text:
            raise QueryError("The search is empty. Type a question or a few search words.")
        col = self._open(learner_id)
        model = (col.metadata or {}).get(_MODEL) if col is not None else self.embeddings.name
        if model != self.embeddings.name:
            logger.warning("library %s was embedded with %s, not %s; skipped", col.name, model, self.embeddings.name)
            return text, None
        return text, col



def _collection_name(learner_id: int) -> str:
    if isinstance(learner_id, bool) or not isinstance(learner_id, int) or learner_id < 0:
        raise ValueError(f"learner_id must be a non-negative int, got {learner_id!r}")
    return f"library-{learner_id}"


def _head_count(chunks: list[tuple[int, str]]) -> int:
    """How many leading chunks cover the first ~2,000 words (at least one)."""
    words = accumulate(len(text.split()) for _, text in chunks)
    return next((n for n, total in enumerate(words, 1) if total >= _SUGGEST_WORDS), len(chunks))


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _passage(cid: str, content: str | None, meta: dict[str, Any] | None, similarity: float) -> Document:
    """A passage of the library with its `score`: the cosine similarity to the query, clamped to 0-1."""
    return Document(page_content=content or "", id=cid,
                    metadata={**(meta or {}), "score": round(min(1.0, max(0.0, similarity)), 4)})


def _metadata(info: LibraryFile, learner_id: int, page: int, index: int) -> dict[str, Any]:
    return {
        "chunk_id": f"lib:{learner_id}:{info.file_id}:{page}:{index}", "entry_id": f"lib:{info.file_id}",
        "source": info.filename, "heading": f"{info.filename}, p. {page}" if page else info.filename,
        "title": info.filename, "domain": info.domain, "subtopic": "", "kind": "library", "page": page,
        "chunk_index": index, "file_id": info.file_id, "filename": info.filename,
        "domain_scores": json.dumps(info.domain_scores), "pages": info.pages, "chunks": info.chunks,
    }


def _file(meta: dict[str, Any]) -> LibraryFile:
    return LibraryFile(file_id=str(meta["file_id"]), filename=str(meta["filename"]), domain=str(meta["domain"]),
                       domain_scores={str(k): float(v) for k, v in json.loads(str(meta["domain_scores"])).items()},
                       pages=int(meta["pages"]), chunks=int(meta["chunks"]))
