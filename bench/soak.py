"""Soak the web app: 20 learners over gradio_client, 1,200 requests, the server's resident memory recorded.

Run (from the repo root):

    .venv/bin/python bench/soak.py                          # temp data dir: indexes the corpus first
    .venv/bin/python bench/soak.py --data-dir /tmp/soak     # reuse (or build once) an index there
    .venv/bin/python bench/soak.py --requests 300 --profile # tracemalloc: what grew from middle to end

The app runs as the real `tutor app` entry point (`tutor.ui.launch`, offline backend) in a child
process (`bench/soak_server.py`) on 127.0.0.1 at a free port; its RSS (children included) is read
with psutil. Each learner is a thread with its own `gradio_client.Client` and loops over: a
question, a follow-up with the chat history, a calculation or an off-topic question, a 3-item quiz
answered in full, a progress view (checked against the learner's own count), a search every 2nd
loop, an upload of a generated ~6,000-word Markdown file (`--upload-words`) every 3rd loop from the
first on, a mock exam (3 answers, submitted twice: the second records nothing) every 4th loop, and a
page reload (a new Gradio session) every 3rd loop. The run is bounded by `--requests` and
`--minutes`. With `--without-bounds` the app runs without its memory bounds
(`tutor.ui.bound_native_memory`, Gradio's session capacity), to compare.

At the end the learner database is read: each learner's questions and quiz attempts must match
exactly what the script did. Exit status 1 on any error, a count mismatch or RSS still growing
over the last half of the run (end more than max(5%, 30 MB) above the middle).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1024 * 1024
TERMS = ["safety stock", "kanban", "takt time", "master production schedule", "available-to-promise",
         "bill of materials", "economic order quantity", "lead time", "capacity requirements planning",
         "sales and operations planning", "cycle counting", "ABC classification", "theory of constraints",
         "drum-buffer-rope", "demand management", "rough-cut capacity planning", "lot sizing", "pull system",
         "hedge inventory", "vendor-managed inventory"]
FOLLOW_UPS = ["and what's its formula?", "give me an example", "which one comes first?", "why does it matter?"]
OFF_TOPIC = ["what is the capital of France?", "how do I bake sourdough bread?", "who won the 1998 world cup?"]


class Stop(Exception):
    """The request budget or the time limit is used up."""


class Failed(Exception):
    """A request failed; it is recorded as an error."""


class Run:
    """The shared request budget, RSS samples and (with --profile) the snapshot signals."""

    def __init__(self, args: argparse.Namespace, server: Any, snap_dir: Path) -> None:
        import psutil

        self.total, self.every, self.profile = args.requests, args.sample_every, args.profile
        self.deadline = time.monotonic() + args.minutes * 60
        self.server, self.snap_dir = server, snap_dir
        self.proc = psutil.Process(server.pid)
        self.lock = threading.Lock()
        self.started = self.done = 0
        self.t0 = time.monotonic()
        self.samples: list[tuple[int, float, float]] = [(0, 0.0, self.rss())]
        self.latency: dict[str, list[float]] = {}
        self.timed_out = False

    def rss(self) -> float:
        """Resident memory of the server and its children, in MB."""
        procs = [self.proc, *self.proc.children(recursive=True)]
        total = 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except Exception:  # noqa: BLE001 - a child that just exited
                pass
        return total / MB

    def take(self) -> None:
        with self.lock:
            if self.started >= self.total:
                raise Stop
            if time.monotonic() > self.deadline:
                self.timed_out = True
                raise Stop
            self.started += 1

    def finish(self, api: str, seconds: float) -> None:
        with self.lock:
            self.done += 1
            self.latency.setdefault(api, []).append(seconds)
            n = self.done
        if n % self.every == 0 or n == self.total // 2:
            self.samples.append((n, time.monotonic() - self.t0, self.rss()))
        if self.profile and n in (self.every, self.total // 2):  # trace from the first sample on
            self.snapshot("trace" if n == self.every else "middle")

    def snapshot(self, tag: str) -> None:
        """Ask the server to start tracemalloc ("trace") or write a snapshot, and wait until it has."""
        target = self.snap_dir / f"soak-{tag}.json"
        target.unlink(missing_ok=True)
        (self.snap_dir / "soak-tag").write_text(tag)
        os.kill(self.server.pid, signal.SIGUSR1)
        for _ in range(600):
            if target.exists():
                return
            time.sleep(0.5)
        print(f"warning: no {tag} snapshot from the server", file=sys.stderr)


@dataclass
class Learner:
    """One simulated learner and what it did, as the store should record it."""

    name: str
    questions: int = 0
    attempts: int = 0
    uploads: int = 0
    requests: int = 0
    errors: list[str] = field(default_factory=list)


def learner_loop(run: Run, who: Learner, index: int, url: str, tmp: Path, args: argparse.Namespace) -> None:
    from gradio_client import Client, handle_file

    client = Client(url, verbose=False, analytics_enabled=False, download_files=False,
                    httpx_kwargs={"timeout": args.timeout})

    def call(*inputs: Any, api: str) -> Any:
        run.take()
        start = time.perf_counter()
        try:
            return client.submit(*inputs, api_name=api).result(timeout=args.timeout)
        except Exception as exc:  # noqa: BLE001 - every failure is an error of the soak
            who.errors.append(f"{api}: {type(exc).__name__}: {str(exc)[:300]}")
            raise Failed from None
        finally:
            who.requests += 1
            run.finish(api, time.perf_counter() - start)

    def ask(question: str, history: list[Any]) -> list[Any]:
        chat = call(question, "All domains", history, who.name, api="/ask")[0]
        who.questions += 1
        return chat

    def respond(md: Any) -> tuple[str | None, str]:
        md = md if isinstance(md, str) else ""
        if "Type a number" in md:
            return None, "1"
        if "Type the missing term" in md:
            return None, "inventory"
        return "A", ""

    loop = 0
    while len(who.errors) < args.max_errors:
        try:
            term = TERMS[(index * 7 + loop) % len(TERMS)]
            chat = ask(f"what is {term}?", [])
            ask(FOLLOW_UPS[loop % len(FOLLOW_UPS)], chat)
            if loop % 2 == 0:
                ask(f"Annual demand {12_000 + 100 * loop:,} units, ${50 + index} per order, carrying cost 25%, "
                    f"unit cost $12. What is the EOQ?", [])
            else:
                ask(OFF_TOPIC[loop % len(OFF_TOPIC)], [])
            md = call([], [], 3, "any", who.name, api="/start_quiz")[0]
            for _ in range(3):
                if not md:
                    break
                choice, typed = respond(md)
                md = call(choice, typed, who.name, api="/answer")[0]
                who.attempts += 1
            when = "" if loop % 2 else (datetime.now(UTC).date() + timedelta(days=60)).isoformat()
            summary = call(when, who.name, api="/progress")[3]
            if summary["attempts"] != who.attempts:
                who.errors.append(f"/progress shows {summary['attempts']} attempts, the script made {who.attempts}")
            if loop % 2 == 1:
                call(term, "All domains", api="/run_search")
            if loop % 3 == 0:
                who.uploads += 1
                notes = tmp / f"{who.name.replace(' ', '-')}-{loop}.md"
                notes.write_text(notes_text(who.name, index, loop, args.upload_words))
                rows = call(handle_file(str(notes)), "Auto-detect", who.name, api="/upload")[1]
                if len(rows["data"]) != who.uploads:
                    who.errors.append(f"/upload lists {len(rows['data'])} files, the script uploaded {who.uploads}")
            if loop % 4 == 3:
                md = call(8, who.name, api="/start_exam")[0]
                answered = 0
                for _ in range(3):
                    choice, typed = respond(md)
                    md = call(choice, typed, who.name, api="/exam_answer")[0]
                    answered += 1
                call(who.name, api="/submit_exam")
                call(who.name, api="/submit_exam")  # a second click records nothing more
                who.attempts += answered
            if loop % args.reload_every == args.reload_every - 1:
                client.reset_session()  # a page reload: a new Gradio session for the same learner
        except Failed:
            pass
        except Stop:
            break
        loop += 1
    client.close()


def notes_text(name: str, index: int, loop: int, words: int) -> str:
    """A learner's own study notes in Markdown, about `words` long, different for every learner and loop."""
    parts = [f"# {name}: plant notes, week {loop}\n"]
    count, n = 0, 0
    while count < words:
        term, other = TERMS[(index + n) % len(TERMS)], TERMS[(index + 3 * n + loop) % len(TERMS)]
        if n % 6 == 0:
            parts.append(f"\n## {term.title()} on line {index}-{n}\n")
        sentence = (f"On press line {index} we review {term} every {n + loop + 2} days with the planner, and the "
                    f"water spider collects {n + 10} empty totes; {other} changed our lead time from {n + 3} to "
                    f"{n + 2} days after kanban loop {loop}-{n} was resized to {12 + n % 9} brackets per tote.")
        parts.append(sentence)
        count += len(sentence.split())
        n += 1
    return "\n".join(parts) + "\n"


# -- the driver -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_env(data_dir: Path, corpus: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUTOR_")}
    env.update(TUTOR_DATA_DIR=str(data_dir), TUTOR_CORPUS_DIR=str(corpus), TUTOR_LLM_BACKEND="offline",
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", GRADIO_ANALYTICS_ENABLED="False",
               ANONYMIZED_TELEMETRY="False", PYTHONPATH=str(ROOT))
    return env


def start_server(args: argparse.Namespace, data_dir: Path, env: dict[str, str]) -> tuple[Any, str, Path]:
    port = free_port()
    log = data_dir / "soak-server.log"
    cmd = [sys.executable, str(Path(__file__).with_name("soak_server.py")), "--port", str(port), "--snap-dir",
           str(data_dir), "--profile-frames", str(args.profile * args.profile_frames)]
    cmd += ["--without-bounds"] * args.without_bounds
    server = subprocess.Popen(cmd, env=env, cwd=data_dir, stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(1200):
        if server.poll() is not None:
            sys.exit(f"the app exited with status {server.returncode}; see {log}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return server, url, log
        except OSError:
            time.sleep(0.5)
    server.kill()
    sys.exit(f"the app did not answer on {url} within 10 minutes; see {log}")


def check_counts(data_dir: Path, corpus: Path, learners: list[Learner]) -> list[str]:
    """Each learner's questions and attempts in the store, against what the script did."""
    from tutor.config import load_settings
    from tutor.store import Store

    settings = load_settings(data_dir=data_dir, corpus_dir=corpus, database_url=None)
    store = Store(settings.learner_db_url)
    problems = []
    for who in learners:
        events = store.events(store.learner(who.name, create=False).id)
        kinds = [e["type"] for e in events]
        got = (kinds.count("question"), kinds.count("attempt") + kinds.count("review"))
        if got != (who.questions, who.attempts):
            problems.append(f"{who.name}: store has {got[0]} questions / {got[1]} attempts, "
                            f"the script made {who.questions} / {who.attempts}")
    store.engine.dispose()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="data folder (index + learner db); default: a temp dir")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--requests", type=int, default=1200)
    parser.add_argument("--learners", type=int, default=20)
    parser.add_argument("--minutes", type=float, default=60, help="wall-clock limit for the request loop")
    parser.add_argument("--sample-every", type=int, default=50, help="read the server's RSS every N requests")
    parser.add_argument("--upload-words", type=int, default=6000, help="length of each uploaded Markdown file")
    parser.add_argument("--reload-every", type=int, default=3, help="new Gradio session every N loops")
    parser.add_argument("--timeout", type=float, default=300, help="seconds one request may take")
    parser.add_argument("--max-errors", type=int, default=5, help="a learner stops after this many errors")
    parser.add_argument("--profile", action="store_true",
                        help="tracemalloc in the server from the first RSS sample on; compare middle and end")
    parser.add_argument("--profile-frames", type=int, default=6)
    parser.add_argument("--without-bounds", action="store_true", help="serve without the app's memory bounds")
    args = parser.parse_args(argv)
    data_dir = (args.data_dir or Path(tempfile.mkdtemp(prefix="cpim-soak-"))).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    env = server_env(data_dir, args.corpus.resolve())
    print(f"data dir {data_dir}; indexing the corpus if needed", flush=True)
    t = time.monotonic()
    subprocess.run([sys.executable, "-m", "tutor", "index"], env=env, cwd=data_dir, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"index ready in {time.monotonic() - t:.0f} s; starting the app", flush=True)
    server, url, log = start_server(args, data_dir, env)
    tag = datetime.now(UTC).strftime("%H%M%S")
    learners = [Learner(f"Soak {tag} {i:02d}") for i in range(args.learners)]
    run = Run(args, server, data_dir)
    print(f"app at {url}, RSS {run.samples[0][2]:.0f} MB; {args.learners} learners, {args.requests} requests",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="cpim-soak-files-") as tmp:
        threads = [threading.Thread(target=learner_loop, args=(run, who, i, url, Path(tmp), args), daemon=True)
                   for i, who in enumerate(learners)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    elapsed = time.monotonic() - run.t0
    if run.samples[-1][0] != run.done:
        run.samples.append((run.done, elapsed, run.rss()))
    if args.profile:
        run.snapshot("end")
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
    errors = [f"{who.name} {e}" for who in learners for e in who.errors]
    problems = check_counts(data_dir, args.corpus.resolve(), learners)
    tracebacks = log.read_text(errors="replace").count("Traceback (most recent call last)")
    report(run, learners, errors, problems, elapsed, tracebacks)
    if args.profile:
        from soak_server import compare_snapshots  # bench/ is on sys.path: this script's folder

        compare_snapshots(data_dir)
    start, middle, end = rss_points(run)
    flat = end - middle <= max(0.05 * middle, 30)
    print(f"verdict: {'PASS' if flat and not errors and not problems else 'FAIL'} · {run.done} requests, "
          f"{len(errors)} errors, {len(problems)} count mismatches, RSS start {start:.0f} / middle {middle:.0f} / "
          f"end {end:.0f} MB ({'flat' if flat else 'GROWING'} over the last half) in {elapsed:.0f} s")
    return 0 if flat and not errors and not problems else 1


def rss_points(run: Run) -> tuple[float, float, float]:
    """RSS after the first sample (warm), at the middle request and at the end, in MB."""
    warm = run.samples[1] if len(run.samples) > 1 else run.samples[0]
    middle = min(run.samples, key=lambda s: abs(s[0] - run.done / 2))
    return warm[2], middle[2], run.samples[-1][2]


def report(run: Run, learners: list[Learner], errors: list[str], problems: list[str], elapsed: float,
           tracebacks: int) -> None:
    print(f"\n{run.done} requests in {elapsed:.0f} s ({run.done / max(elapsed, 1e-9):.1f}/s)"
          + (" · stopped by the time limit" if run.timed_out else ""))
    print("RSS (MB) by requests done: " + " ".join(f"{n}:{mb:.0f}" for n, _, mb in run.samples))
    for api, values in sorted(run.latency.items()):
        ordered = sorted(values)
        print(f"  {api:<13} n={len(values):4d}  median {ordered[len(ordered) // 2]:.2f} s  max {ordered[-1]:.2f} s")
    print(f"learners: {len(learners)} · questions {sum(w.questions for w in learners)} · attempts "
          f"{sum(w.attempts for w in learners)} · uploads {sum(w.uploads for w in learners)} · requests per learner "
          f"{min(w.requests for w in learners)}-{max(w.requests for w in learners)}")
    print(f"errors: {len(errors)}; count mismatches: {len(problems)}; tracebacks in the server log: {tracebacks}")
    for line in (errors + problems)[:20]:
        print(f"  {line}")


if __name__ == "__main__":
    sys.exit(main())
