"""LangChain `Embeddings` over an injected sentence-transformers model, plus its token counter.

The model is built in `tutor.wiring` (the only place that loads weights) and passed in, so
tests and benchmarks can share one loaded model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer


class SentenceTransformerEmbeddings(Embeddings):
    """Normalised sentence embeddings (cosine similarity = dot product)."""

    def __init__(self, model: SentenceTransformer, name: str, batch_size: int = 32) -> None:
        self.model = model
        self.name = name
        """Identifies the model in the index, so a model change forces a rebuild."""
        self.batch_size = batch_size

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages."""
        if not texts:
            return []
        vectors = self.model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed one query."""
        return self.embed_documents([text])[0]

    def count_tokens(self, text: str) -> int:
        """Count the model's word-piece tokens in `text`, without the [CLS]/[SEP] markers."""
        return len(self.model.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    @property
    def max_tokens(self) -> int:
        """How many content tokens the model reads before it truncates."""
        return int(self.model.max_seq_length) - 2
