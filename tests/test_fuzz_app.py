"""Every web-app handler, fed random input by hypothesis: text, numbers, dates, names, chat histories, files, sessions.

A handler may refuse an input only with a `gr.Error` that prints no traceback (a message for the learner);
anything else it raises, and any log record carrying a traceback or logged at ERROR, fails the test. Each
handler gets `TUTOR_FUZZ_EXAMPLES` inputs (2,000 unless set); the counts are printed at the end.
"""

from __future__ import annotations

import copy
import inspect
import logging
import os
from pathlib import Path
from typing import Any

import gradio as gr
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.ui import build_app
from tutor.wiring import assemble_tutor

from .fakes import Faults

pytestmark = pytest.mark.slow
EXAMPLES = int(os.environ.get("TUTOR_FUZZ_EXAMPLES", "2000"))
COUNTS: dict[str, int] = {}

NAMES = st.one_of(st.sampled_from(["Ada", "Bo", "  Cy  ", "Ωmega", "x" * 200, "\x1b[2J", "", "   "]),
                  st.text(max_size=40))
DATES = st.one_of(st.dates().map(str), st.sampled_from(["2000-01-01", "9999-12-31", "2026-13-40", "tomorrow", ""]),
                  st.text(max_size=20))
NUMBERS = st.one_of(st.integers(-10, 60), st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from([0, 1, 8, 150, 10**9, -1]), st.none())
WORDS = st.sampled_from(["what is safety stock?", "and its formula?", "give me an example", "MPS vs MRP",
                         "which one comes first?", "EOQ: annual demand 12,000, $50 per order, 25%, $12?",
                         "A", "b", "true", "False", "42", "1,000 units", "12.5%", "kanban", "😀🎉", "'; DROP TABLE"])
LONG = st.sampled_from(["what is safety stock? " * 100, "x" * 2001, "MRP " * 600])  # past the 2,000-character limit
TEXT = st.one_of(WORDS, st.text(max_size=60), st.text(max_size=400), LONG, DATES, NUMBERS.map(str))


def _parts(text: str) -> Any:
    return [{"type": "text", "text": text}]


MESSAGE = st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant", "system", "", None]),
                                 "content": st.one_of(TEXT, TEXT.map(_parts), st.none(), st.integers(),
                                                      st.dictionaries(st.text(max_size=5), TEXT, max_size=2))})
HISTORY = st.one_of(st.none(), st.lists(MESSAGE, max_size=8), st.lists(TEXT, max_size=3))


def _states(samples: list[dict[str, Any]]) -> st.SearchStrategy[Any]:
    """Real sessions (as handlers made them), mutated; random dicts; odd values."""
    def mutate(pair: tuple[dict[str, Any], str, Any]) -> Any:
        session, key, value = pair
        session = copy.deepcopy(session)
        session[key] = value
        return session

    keys = st.sampled_from(["index", "answers", "items", "done", "deadline", "mode", "learner", "submitted",
                            "results", "started", "item_started"])
    values = st.one_of(NUMBERS, TEXT, st.booleans(), st.lists(st.integers(), max_size=3), st.just({}))
    real = st.sampled_from(samples) if samples else st.just({})
    return st.one_of(real.map(copy.deepcopy), st.tuples(real, keys, values).map(mutate),
                     st.dictionaries(keys, values, max_size=4), st.none(), st.just([]), st.lists(TEXT, max_size=3))


def _file(tmp: Path) -> st.SearchStrategy[str | None]:
    def write(pair: tuple[str, bytes]) -> str:
        suffix, body = pair
        path = tmp / f"upload{len(list(tmp.iterdir()))}{suffix}"
        path.write_bytes(body)
        return str(path)

    bodies = st.one_of(st.binary(max_size=2000), st.text(max_size=1500).map(str.encode),
                       st.sampled_from([b"", b"%PDF-1.4\n%junk", b"# Notes\n\nA kanban loop of 4 totes."]))
    suffixes = st.sampled_from([".pdf", ".md", ".txt", ".markdown", ".exe", ""])
    return st.one_of(st.none(), st.just(str(tmp / "missing.md")), st.tuples(suffixes, bodies).map(write))


def strategy_for(component: Any, samples: list[dict[str, Any]], tmp: Path) -> st.SearchStrategy[Any]:
    """Random values of the kind a component sends, plus values it never should."""
    if isinstance(component, gr.Chatbot):
        return HISTORY
    if isinstance(component, gr.State):
        return _states(samples)
    if isinstance(component, gr.File):
        return _file(tmp)
    if isinstance(component, gr.Slider):
        return NUMBERS
    if isinstance(component, gr.Dropdown | gr.Radio):
        choices = [c[1] if isinstance(c, tuple) else c for c in (component.choices or [])]
        known = st.sampled_from(choices) if choices else TEXT
        return st.one_of(known, st.lists(known, max_size=3), TEXT, st.none(), st.lists(TEXT, max_size=2))
    if isinstance(component, gr.Textbox) and (component.elem_id == "learner" or component.label == "Your name"):
        return NAMES
    return st.one_of(TEXT, st.none())


def call(fn: Any, values: list[Any]) -> None:
    """Call a handler as Gradio would (no request object), draining a generator."""
    params = list(inspect.signature(fn).parameters.values())
    extra = [None for p in params[len(values):] if p.default is inspect.Parameter.empty]
    result = fn(*values, *extra)
    if inspect.isgenerator(result):
        for _ in result:
            pass


@pytest.fixture(scope="module")
def app_under_test(tmp_path_factory, seed_tutor):
    """The app over the whole corpus (as learners use it), with a learner database of its own."""
    tmp = tmp_path_factory.mktemp("fuzz")
    settings = seed_tutor.settings.model_copy(update={"database_url": f"sqlite:///{tmp / 'learners.db'}"})
    tutor = assemble_tutor(settings, seed_tutor.index_store, seed_tutor.index_store.embeddings)
    app = build_app(tutor)
    fns = {f.api_name or f"{f.name}#{i}": f for i, f in enumerate(app.fns.values()) if f.fn is not None}
    samples: list[dict[str, Any]] = []
    for api, values in (("start_quiz", [[], [], 4, "any", "Ada"]), ("start_exam", [8, "Ada"])):
        out = fns[api].fn(*values, None)
        samples.append(copy.deepcopy(out[0]))
    uploads = tmp / "uploads"
    uploads.mkdir()
    yield fns, samples, uploads
    print("\nfuzzed inputs per handler: " + ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items())))


HANDLERS = ["ask", "quiz_me", "start_quiz", "answer", "skip", "start_review", "progress", "start_exam",
            "exam_answer", "exam_skip", "submit_exam", "upload", "retag", "remove_file", "run_search", "tick",
            "drill_this", "list_library", "calc_formula", "calculate", "review_answer", "review_skip"]


def _find(fns: dict[str, Any], api: str) -> Any:
    for key, fn in fns.items():
        if key == api or key.split("#")[0] == api or getattr(fn.fn, "__name__", "") == api:
            return fn
    raise AssertionError(f"no handler {api!r}; handlers: {sorted(fns)}")


@pytest.mark.parametrize("api", HANDLERS)
def test_a_handler_survives_random_input(api, app_under_test):
    fns, samples, uploads = app_under_test
    block = _find(fns, api)
    strategies = [strategy_for(c, samples, uploads) for c in block.inputs]
    faults = Faults()
    logging.getLogger().addHandler(faults)
    count = 0

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        nonlocal count
        count += 1
        values = [data.draw(s) for s in strategies]
        try:
            call(block.fn, values)
        except gr.Error as exc:
            assert not exc.print_exception, f"{api}: a gr.Error that prints a traceback: {exc.message}"

    try:
        run()
    finally:
        logging.getLogger().removeHandler(faults)
    COUNTS[api] = count
    assert count >= EXAMPLES, f"{api}: only {count} inputs were tried"
    assert not faults.records, [f"{r.name}: {r.getMessage()}" for r in faults.records[:5]]
