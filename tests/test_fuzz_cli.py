"""Every `tutor` command, fed random argv by hypothesis and run in-process: text, numbers, dates, names, files, flags.

A command may end only by returning 0, 1 or 2 (2 with an `error:` line) or by argparse's SystemExit 0 or 2;
any other exception, a "Traceback" on stderr, or a log record carrying a traceback or logged at ERROR
fails the test. Each command gets `TUTOR_FUZZ_EXAMPLES` inputs (2,000 unless set). Commands that load the
index or run an evaluation cost 0.2-2 s a call, so most of their inputs also carry one value the command
refuses before that (an unknown domain, a bad flag, an unreadable thresholds file); the rest run the whole
command with bounded sizes. Counts and seconds per command are printed at the end.
"""

from __future__ import annotations

import copy
import functools
import getpass
import io
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor import cli
from tutor.domains import Domain

from .conftest import REPO, make_settings
from .fakes import Faults

pytestmark = pytest.mark.slow
EXAMPLES = int(os.environ.get("TUTOR_FUZZ_EXAMPLES", "2000"))
STATS: dict[str, dict[str, float]] = {}
TODAY = datetime.now(UTC).date()
KNOWN = ["Ada", "ada ", "Bo"]

WORDS = st.sampled_from(["what is safety stock?", "MPS vs MRP", "EOQ: annual demand 12,000, $50 per order, 25%, $12?",
                         "kanban", "A", "b", "true", "42", "1,000 units", "12.5%", "😀🎉", "'; DROP TABLE learners;--"])
CONTROL = st.sampled_from(["\x1b[2J\x1b[H", "\x1b]0;pwned\x07", "\r", "\t", "\x7f", "\u202e", "\ufeff", "a\nb", "\x08"])
UNDECODABLE = st.binary(min_size=1, max_size=6).map(lambda b: os.fsdecode(b"\xff" + b))  # argv bytes that are not UTF-8
HUGE = st.sampled_from(["x" * 5000, "what is safety stock? " * 300, "é" * 3000])
NUMBER = st.one_of(st.integers(-10, 600), st.integers(), st.floats(), st.sampled_from(
    ["1e3", "1.5", "nan", "-0", "0x10", "١٢", "１２", " 5 ", "1_000", "", "ten"])).map(str)
DATE = st.one_of(st.dates().map(str), st.integers(-400, 900).map(lambda d: str(TODAY + timedelta(days=d))),
                 st.sampled_from(["2026-13-40", "2026-02-30", "tomorrow", "31/12/2026", "20261231", "", " ",
                                  "9999-12-31", "+2027-01-01", "2027-1-1", "２０２７-01-01"]))
TEXT = st.one_of(WORDS, st.text(max_size=30), st.text(max_size=200), CONTROL, UNDECODABLE, HUGE, NUMBER, DATE)
NAME = st.one_of(st.sampled_from([*KNOWN, "", "   ", "x" * 81, "Eve\x1b[2J", "Ωmega"]), st.text(max_size=30),
                 UNDECODABLE)
BAD_SLUG = st.one_of(st.sampled_from(["nope", "all", "\x1b[2J", "inventory,demand", ""]), TEXT.map(lambda t: "zz" + t))
SLUG = st.one_of(st.sampled_from([str(d) for d in Domain]), st.sampled_from(["SOP", " demand ", "Inventory"]), BAD_SLUG)
KINDS = st.one_of(st.lists(st.sampled_from(["mcq", "true_false", "cloze", "numeric", "scenario", "MCQ", "essay", "",
                                            " "]), max_size=4).map(",".join), TEXT)
JUNK = st.one_of(st.sampled_from(["--bogus", "-x", "--json=yes", "-", "--", "-h", "--help", "-k", "--domain"]), TEXT)
STDIN = st.lists(st.one_of(st.sampled_from(["A", "b", "3", "true", "False", "zzz", "", "42", "3.5", "Ada"]), TEXT),
                 max_size=12).map("\n".join)
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
                    max_leaves=8)


class Stdin(io.StringIO):
    """A stdin that is, or is not, a terminal."""

    def __init__(self, text: str, tty: bool) -> None:
        super().__init__(text)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def _argv_safe(text: str) -> str:
    return text.replace("\x00", "")  # a real argv never holds NUL (C strings)


def _paths_in(obj: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path in a JSON document, to depth 4."""
    found = [at]
    if len(at) < 4 and isinstance(obj, dict):
        found += [p for k, v in obj.items() for p in _paths_in(v, (*at, k))]
    elif len(at) < 4 and isinstance(obj, list):
        found += [p for i, v in enumerate(obj[:3]) for p in _paths_in(v, (*at, i))]
    return found


def _mutated(doc: Any) -> st.SearchStrategy[Any]:
    """A real document with one value (or the whole of it) replaced by random JSON."""
    def put(pair: tuple[tuple[Any, ...], Any]) -> Any:
        at, value = pair
        if not at:
            return value
        out = copy.deepcopy(doc)
        parent = functools.reduce(lambda o, k: o[k], at[:-1], out)
        parent[at[-1]] = value
        return out

    return st.tuples(st.sampled_from(_paths_in(doc)), JSON).map(put)


@dataclass
class Files:
    """Files and folders under the module's tmp dir that the path strategies draw from."""

    root: Path
    fixed: list[Path] = field(default_factory=list)
    made: int = 0

    def write(self, pair: tuple[str, bytes]) -> str:
        self.made += 1
        path = self.root / "made" / f"f{self.made}{pair[0]}"
        path.write_bytes(pair[1])
        return str(path)

    def inputs(self, docs: list[Any]) -> st.SearchStrategy[str]:
        """Files to read: missing, a folder, real ones, random bytes, random JSON lines, UTF-16, mutated JSON."""
        lines = st.lists(st.one_of(JSON.map(json.dumps), st.text(max_size=40)), max_size=4).map("\n".join)
        bodies = st.one_of(st.binary(max_size=300), lines.map(str.encode), lines.map(lambda t: t.encode("utf-16")),
                           st.one_of(*[_mutated(d) for d in docs]).map(lambda d: json.dumps(d).encode()))
        made = st.tuples(st.sampled_from([".json", ".jsonl", ".toml", ".csv", ""]), bodies).map(self.write)
        return st.one_of(st.sampled_from([str(p) for p in self.fixed]), made)

    def outputs(self) -> st.SearchStrategy[str]:
        """Places to write: a new file of random name and suffix, a folder, below a file, a too-long name."""
        stem = st.text(min_size=1, max_size=20).map(lambda t: _argv_safe(t).replace("/", "_").strip(".") or "x")
        suffix = st.sampled_from([".json", ".csv", ".apkg", ".txt", "", ".JSON"])
        new = st.tuples(stem, suffix).map(lambda p: str(self.root / "out" / f"{p[0]}{p[1]}"))
        odd = [self.root / "out", self.root / "fixed" / "u16.jsonl" / "below.json", self.root / "out" / ("n" * 300),
               self.root / "out" / "new-dir" / "deeper" / "x.json"]
        return st.one_of(new, st.sampled_from([str(p) for p in odd]))


@dataclass
class Spec:
    """How to build argv for one command: its words, flags (value strategy or None for a switch) and limits."""

    head: list[str]
    options: dict[str, Any]
    positional: Any = None
    refuse: Any = None  # argv groups the command refuses before its slow part
    full: int = 100  # percent of inputs that may run the whole command
    bound: Any = st.just([])  # argv groups appended to inputs that run the whole command (bounded sizes)

    def draw(self, data: st.DataObject) -> tuple[list[str], bool]:
        """Random argv, and whether it may run the whole command (False: it ends in a refusal)."""
        groups: list[list[str]] = []
        if self.positional is not None:
            groups += [[v] for v in data.draw(st.lists(self.positional, max_size=2), label="positional")]
        flags = st.lists(st.sampled_from(sorted(self.options)), max_size=4) if self.options else st.just([])
        for flag in data.draw(flags, label="flags"):
            value = self.options[flag]
            groups.append([flag] if value is None else [flag, data.draw(value, label=flag)])
        if data.draw(st.integers(0, 9), label="junk?") == 0:
            groups.append([data.draw(JUNK, label="junk")])
        slow = self.refuse is None or data.draw(st.integers(0, 99), label="full?") < self.full
        last = data.draw(self.bound if slow else self.refuse, label="last")  # last: a later flag would override it
        order = data.draw(st.permutations(range(len(groups))), label="order")
        verbose = ["-v"] * data.draw(st.integers(0, 2), label="-v")
        argv = [*verbose, *self.head, *(x for i in order for x in groups[i])]
        end = argv.index("--") if "--" in argv else len(argv)  # after "--" the bound would be read as positionals
        return [_argv_safe(a) for a in argv[:end] + last + argv[end:]], slow


def _specs(files: Files, docs: list[Any], tiny: Path) -> dict[str, Spec]:
    read, write = files.inputs(docs), files.outputs()
    argparse_error = st.one_of(st.just(["--bogus"]), st.just(["-n", "many"]), TEXT.map(lambda t: ["--zz" + t]))
    missing = str(files.root / "missing.jsonl")
    bad_thresholds = st.sampled_from([missing, str(files.root / "fixed"), str(files.root / "fixed" / "random.bin")])
    eval_options = {"--dataset": read, "--out": write, "--backend": st.sampled_from(["offline", "openai", "x"]),
                    "--limit": NUMBER, "--quiz-items": st.one_of(st.integers(-3, 12).map(str), NUMBER),
                    "--thresholds": read}
    eval_refusal = st.one_of(bad_thresholds.map(lambda p: ["--thresholds", p]), st.sampled_from(
        [["--limit", "0"], ["--limit", "-3"], ["--limit", "x"]]), argparse_error)
    eval_bound = st.just(["--limit", "1", "--quiz-items", "4", "--dataset", str(tiny), "--thresholds",
                          str(REPO / "eval" / "thresholds.toml")])
    users_file = st.one_of(read, write)
    small = st.one_of(st.integers(-3, 30), st.sampled_from([0, 7, 501, 10**9])).map(str)  # 500 items take 20 s
    count = st.one_of(small, st.sampled_from(["x", "1.5", "", "١٢", "1e3"]))
    specs = {
        "index": Spec(["index"], {"--no-progress": None}, refuse=argparse_error, full=3),
        "search": Spec(["search"], {"--domain": SLUG, "-k": NUMBER, "--mode": st.sampled_from(["hybrid", "dense",
                       "bm25", "fast"]), "--json": None}, positional=TEXT, full=3,
                       refuse=st.one_of(BAD_SLUG.map(lambda s: ["--domain", s]), argparse_error)),
        "ask": Spec(["ask"], {"--file": read, "--domain": SLUG, "--json": None, "--learner": NAME,
                    "--backend": st.sampled_from(["offline", "ollama", "x"])}, positional=TEXT, full=3,
                    refuse=st.one_of(BAD_SLUG.map(lambda s: ["--domain", s]), argparse_error)),
        "domains": Spec(["domains"], {}, positional=st.one_of(JUNK, st.just("--json"))),
        "stats": Spec(["stats"], {}, refuse=argparse_error, full=3),
        "quiz": Spec(["quiz"], {"--domain": SLUG, "-n": count, "--kinds": KINDS, "--difficulty": NUMBER,
                     "--seed": NUMBER, "--json": None, "--export": write, "--learner": NAME, "--adaptive": None},
                     full=5, refuse=st.one_of(BAD_SLUG.map(lambda s: ["--domain", s]), argparse_error,
                                              st.sampled_from([["--kinds", ",,"], ["--kinds", "essay"]]))),
        "exam": Spec(["exam"], {"-n": count, "--seed": NUMBER, "--json": None}, refuse=argparse_error, full=3,
                     bound=small.map(lambda n: ["-n", n])),  # not the default 150 items (4 s)
        "progress": Spec(["progress"], {"--learner": NAME, "--json": None}),
        "review": Spec(["review"], {"--learner": NAME, "-n": NUMBER}, full=20,
                       refuse=st.one_of(NAME.map(lambda n: ["--learner", "zz" + n]), argparse_error)),
        "plan": Spec(["plan"], {"--exam-date": DATE, "--learner": NAME, "--json": None}),
        "learner list": Spec(["learner", "list"], {"--out": write, "--yes": None}, positional=NAME),
        "learner export": Spec(["learner", "export"], {"--out": write}, positional=NAME),
        "learner import": Spec(["learner", "import"], {"--yes": None}, positional=st.one_of(read, NAME)),
        "learner delete": Spec(["learner", "delete"], {"--yes": None}, positional=NAME),
        "eval compare": Spec(["eval", "compare"], {"--thresholds": read}, positional=read),
        "user add": Spec(["user", "add"], {"--file": users_file, "--password-stdin": None}, positional=NAME),
        "user remove": Spec(["user", "remove"], {"--file": users_file}, positional=NAME),
        "user list": Spec(["user", "list"], {"--file": users_file}),
        "app": Spec(["app"], {"--host": st.sampled_from(["127.0.0.1", "localhost", "::1"]), "--port": NUMBER},
                    full=0, refuse=st.one_of(
                        st.one_of(st.integers(max_value=0), st.integers(min_value=65536))
                        .map(lambda p: ["--port", str(p)]),
                        st.one_of(TEXT.map(lambda t: "p" + t), st.sampled_from(["", "1.5", "80a", "0x50"]))
                        .map(lambda t: ["--port", t]),
                        st.one_of(TEXT.map(lambda t: t + " !"), st.sampled_from(["", " ", "-", "a..b", "999.1.1.1"]))
                        .map(lambda h: ["--host", h]))),
    }
    for part in ("retrieval", "answers", "calc", "quiz", "all"):
        specs[f"eval {part}"] = Spec(["eval", part], eval_options, full=2, refuse=eval_refusal, bound=eval_bound)
    return specs


@pytest.fixture(scope="module")
def world(tmp_path_factory, embeddings):
    """The indexed mini corpus, a learner database with due reviews, and files for the path strategies."""
    from tutor.cli_eval import run
    from tutor.coach import export_data
    from tutor.evaluation import report
    from tutor.wiring import build_tutor, load_embeddings

    tmp = tmp_path_factory.mktemp("fuzz-cli")
    settings = make_settings(tmp, database_url=f"sqlite:///{tmp / 'learners.db'}")
    assert load_embeddings(settings.embedding_model, settings.index_batch_size) is embeddings  # build_tutor reuses it
    tutor = build_tutor(settings)
    tutor.index(progress=False)
    ada = tutor.store.learner("Ada")
    past = datetime.now(UTC) - timedelta(days=30)
    for n, item in enumerate(tutor.quiz(n=6, seed=1)):
        tutor.store.record_attempt(ada.id, item, "x", n % 2 == 0, past)
    fixed = tmp / "fixed"
    for sub in ("made", "out", "fixed", "empty-dir"):
        (tmp / sub).mkdir()
    questions = "\n".join(json.dumps({"id": f"q{i}", "question": q}) for i, q in enumerate(["what is MRP?", "kanban"]))
    tiny = fixed / "tiny.jsonl"
    tiny.write_text("\n".join((REPO / "eval" / "datasets" / "questions" / "inventory.jsonl").read_text(
        encoding="utf-8").splitlines()[:2]) + "\n", encoding="utf-8")
    export = export_data(tutor.store, ada, datetime.now(UTC))
    results = run(settings, "all", [tiny], limit=1, quiz_items=4)
    report.write(results, tmp / "run")
    results = json.loads((tmp / "run" / "results.json").read_text(encoding="utf-8"))
    contents = {"questions.jsonl": questions.encode(), "u16.jsonl": questions.encode("utf-16"),
                "bom.jsonl": b"\xef\xbb\xbf" + questions.encode(), "latin1.jsonl": "café?".encode("latin-1"),
                "random.bin": bytes(range(256)) * 3, "empty.json": b"", "export.json": json.dumps(export).encode(),
                "export16.json": json.dumps(export).encode("utf-16"), "results.json": json.dumps(results).encode(),
                "users.json": b'{"version": 1, "users": {}}', "thresholds.toml": b"[minimum]\nx = 'a'\n",
                "surrogate.jsonl": b'{"id": 1, "question": "safety stock \\ud800?"}',
                "export-surrogate.json": json.dumps(export | {"learner": {"name": "Eve\udc80"}}).encode()}
    for name, body in contents.items():
        (fixed / name).write_bytes(body)
    files = Files(tmp, [*(fixed / n for n in contents), tiny, tmp / "missing.jsonl", tmp / "empty-dir", fixed])
    yield settings, _specs(files, [export, results], tiny), tiny
    print("\nfuzzed CLI inputs per command (inputs / may run in full / exit 2 / seconds): " + "; ".join(
        f"{k} {v['n']:.0f}/{v['full']:.0f}/{v['refused']:.0f}/{v['seconds']:.1f}" for k, v in sorted(STATS.items())))


@pytest.fixture
def cli_env(world, monkeypatch, tmp_path):
    """Point the CLI at the module's index and database; a users file; passwords read from stdin; no server."""
    from tutor import cli_eval, ui, users

    settings, specs, tiny = world
    real_run = cli_eval.run

    def bounded_run(settings: Any, part: str, datasets: list[Path], limit: int | None = None,
                    backend: str | None = None,
                    quiz_items: int = 400, split: str = "dev") -> dict:
        """The real evaluation on one question and at most four quiz items, whatever flags got through."""
        return real_run(settings, part, datasets or [tiny], min(limit or 1, 1), backend, min(quiz_items, 4), split)

    monkeypatch.setattr(cli_eval, "run", bounded_run)
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("TUTOR_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("TUTOR_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("TUTOR_USERS_FILE", str(tmp_path / "users.json"))
    monkeypatch.setattr(cli, "_parser", functools.cache(cli._parser))  # the same parser, built once, not per call
    monkeypatch.setattr(users, "SCRYPT_N", 16)  # a cheap hash: the file handling is under test, not scrypt

    def stdin_getpass(prompt: str = "Password: ") -> str:  # what getpass does without a terminal, minus the warning
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    def no_server(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"`tutor app` got as far as starting a server: {args} {kwargs}")

    monkeypatch.setattr(getpass, "getpass", stdin_getpass)
    monkeypatch.setattr(ui, "launch", no_server)
    return specs


@pytest.mark.parametrize("command", ["index", "search", "ask", "domains", "stats", "quiz", "exam", "progress", "review",
                                     "plan", "learner list", "learner export", "learner import", "learner delete",
                                     "eval retrieval", "eval answers", "eval calc", "eval quiz", "eval all",
                                     "eval compare",
                                     "user add", "user remove", "user list", "app"])
def test_a_command_survives_random_argv(command, cli_env, capsys, monkeypatch):
    spec = cli_env[command]
    faults = Faults()
    logging.getLogger().addHandler(faults)
    stats = {"n": 0, "full": 0, "refused": 0}

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        argv, full = spec.draw(data)
        monkeypatch.setattr(sys, "stdin", Stdin(data.draw(STDIN, label="stdin"), data.draw(st.booleans(), label="tty")))
        stats["n"] += 1
        stats["full"] += full
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
            assert exc.code in (0, 2), f"{argv!r}: SystemExit({exc.code!r})"
            code = exc.code
        out, err = capsys.readouterr()
        assert "Traceback" not in err, f"{argv!r}:\n{err}"
        assert code in (0, 1, 2), f"{argv!r}: exit {code!r}"
        if code == 2:
            assert err.strip(), f"{argv!r}: exit 2 without a message"
            stats["refused"] += 1
        if command == "app":
            assert code == 2 or out.startswith("usage: tutor app"), f"{argv!r}: `tutor app` took what it must refuse"

    started = time.perf_counter()
    try:
        run()
    finally:
        logging.getLogger().removeHandler(faults)
        STATS[command] = {**stats, "seconds": time.perf_counter() - started}
    assert stats["n"] >= EXAMPLES, f"{command}: only {stats['n']} inputs were tried"
    assert not faults.records, [f"{r.name}: {r.getMessage()}" for r in faults.records[:5]]
