"""The embedding wrapper under the app's concurrency: several learners embed and count tokens at once."""

from __future__ import annotations

import random
import threading

import pytest

pytestmark = pytest.mark.slow

WORDS = "safety stock kanban takt time master production schedule lead time capacity planning".split()


def test_concurrent_embedding_and_token_counting_never_fail(embeddings):
    """Gradio runs handlers in worker threads: an upload counts tokens while another learner's question is
    embedded. The model's fast tokenizer keeps its padding settings in shared state, so without a lock one
    call's `no_padding()` lands inside another's padded batch ("expected sequence of length ...")."""
    errors: list[BaseException] = []
    stop = threading.Event()

    def text(rng: random.Random) -> str:  # short, of very different lengths: most time goes to the tokenizer
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40)))

    def embed(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for _ in range(150):
                if stop.is_set():
                    return
                batch = [text(rng) for _ in range(rng.randint(2, 6))]
                vectors = embeddings.embed_documents(batch)
                assert len(vectors) == len(batch) and all(len(v) == 384 for v in vectors)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
            stop.set()

    def count(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for _ in range(3000):
                if stop.is_set():
                    return
                sample = text(rng)
                assert embeddings.count_tokens(sample) >= len(sample.split())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
            stop.set()

    threads = [threading.Thread(target=embed, args=(i,)) for i in range(3)]
    threads += [threading.Thread(target=count, args=(100 + i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, f"{type(errors[0]).__name__}: {errors[0]}"
