"""LangChain `Embeddings` over an injected sentence-transformers model, plus its token counter.

The model is built in `tutor.wiring` (the only place that loads weights) and passed in, so
tests and benchmarks can share one loaded model.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer


class SentenceTransformerEmbeddings(Embeddings):
    """Normalised sentence embeddings (cosine similarity = dot product); safe to share between threads.

    The model's fast tokenizer keeps its padding and truncation settings in shared state that every
    call resets, so two calls at once (the app serves several learners in worker threads) can pad one
    batch with the other's settings and fail. One lock serialises the model's calls; torch already
    spreads each call over the cores.
    """

    def __init__(self, model: SentenceTransformer, name: str, batch_size: int = 32) -> None:
        self.model = model
        self.name = name
        """Identifies the model in the index, so a model change forces a rebuild."""
        self.batch_size = batch_size
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages."""
        if not texts:
            return []
        with self._lock:
            vectors = self.model.encode(
                texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
            )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed one query."""
        return self.embed_documents([text])[0]

    def count_tokens(self, text: str) -> int:
        """Count the model's word-piece tokens in `text`, without the [CLS]/[SEP] markers."""
        with self._lock:
            return len(self.model.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    @property
    def max_tokens(self) -> int:
        """How many content tokens the model reads before it truncates."""
        return int(self.model.max_seq_length) - 2
