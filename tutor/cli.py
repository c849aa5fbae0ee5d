"""The `tutor` command line: index the corpus, search it, run the web app."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Callable, Sequence

from tutor.config import Settings, load_settings
from tutor.domains import Domain
from tutor.errors import QueryError, TutorError
from tutor.indexing import IndexReport

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor", description="CPIM Tutor: an offline study tutor for the ASCM CPIM 8.0 exam."
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("index", help="build or update the search index from the corpus")
    p.add_argument("--rebuild", action="store_true", help="drop the index and embed everything again")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    p = sub.add_parser("search", help="rank corpus passages for a query")
    p.add_argument("query", help='what to look for, e.g. "available to promise"')
    p.add_argument("--domain", help=f"limit to one domain: {', '.join(d.value for d in Domain)}")
    p.add_argument("-k", type=int, default=None, help="number of results (default: TUTOR_TOP_K)")
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid",
                   help="retriever to use (default: hybrid)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("ask", help="ask a question; answered from the notes with citations")
    p.add_argument("question", nargs="?", help='e.g. "what is the difference between MPS and MRP?"')
    p.add_argument("--file", help="JSONL file of {id, question} lines; answers go to stdout, one JSON per line")
    p.add_argument("--domain", help="limit retrieval to one domain slug")
    p.add_argument("--backend", choices=["offline", "openai", "ollama"], default=None,
                   help="answer backend (default: TUTOR_LLM_BACKEND; offline is the grounded composer, no LLM)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--learner", help="log the question for this learner (engagement per domain, not mastery)")

    p = sub.add_parser("scope", help="train the 'is this about CPIM?' classifier on corpus/SCOPE.yaml")
    p.add_argument("--write", action="store_true", help="write it to corpus/SCOPE_MODEL.json (the shipped copy)")

    sub.add_parser("domains", help="list the eight CPIM domains and their subtopics")
    sub.add_parser("stats", help="entries, words, worked examples and chunks per domain")

    from tutor import cli_eval, cli_learner, cli_quiz, users

    cli_eval.add_parsers(sub)
    cli_quiz.add_parsers(sub)
    cli_learner.add_parsers(sub)
    users.add_parsers(sub)

    p = sub.add_parser("app", help="build the index if needed and start the web app")
    p.add_argument("--host", default=None, help="address to listen on (default: TUTOR_SERVER_HOST)")
    p.add_argument("--port", type=int, default=None, help="port (default: TUTOR_SERVER_PORT)")
    p.add_argument("--allow-open-names", action="store_true",
                   help="serve beyond this machine without TUTOR_USERS_FILE, accepting that names are not private")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    for arg in argv:  # bytes typed in a non-UTF-8 terminal arrive as lone surrogates, which no file or database takes
        if any("\ud800" <= c <= "\udfff" for c in arg):
            from tutor.cli_learner import printable

            shown = printable(arg if len(arg) <= 60 else arg[:60] + "…")
            print(f"error: the argument {shown} is not UTF-8 text. Set the terminal to UTF-8 (e.g. LANG=C.UTF-8) "
                  "and type it again.", file=sys.stderr)
            return 2
    args = _parser().parse_args(argv)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        return COMMANDS[args.command](settings, args)
    except TutorError as exc:
        from tutor.cli_learner import printable

        print(f"error: {printable(str(exc), keep=chr(10))}", file=sys.stderr)  # names typed in the app may hold escapes
        return 2
    except OSError as exc:  # a folder or file of the setup that cannot be made, read or written
        logger.debug("file system error", exc_info=True)
        from tutor.cli_learner import printable

        message = (f"error: {exc.strerror or exc}: {exc.filename or ''}. Check TUTOR_DATA_DIR, TUTOR_CORPUS_DIR "
                   "and the paths you gave, and their permissions (-vv shows where it happened).")
        print(printable(message), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; run `tutor index` again to finish the index", file=sys.stderr)
        return 130


def _index(settings: Settings, args: argparse.Namespace) -> int:
    from tutor.wiring import build_tutor, remove_embedded_index

    if args.rebuild:
        remove_embedded_index(settings)
    tutor = build_tutor(settings)
    report = tutor.index(rebuild=args.rebuild, progress=not args.no_progress)
    print(format_report(report))
    return 0


def format_report(report: IndexReport) -> str:
    """Describe an index run with a chunks-per-domain table."""
    lines = [
        f"Indexed {report.total_chunks} chunks: {report.embedded} embedded, {report.deleted} deleted, "
        f"{report.unchanged} unchanged ({report.seconds:.1f} s"
        + (f", {report.chunks_per_second:.1f} chunks/s" if report.embedded else "") + ").",
        "",
        f"{'domain':<26}{'chunks':>7}",
    ]
    for domain in Domain:
        lines.append(f"{domain.value:<26}{report.per_domain.get(domain.value, 0):>7}")
    return "\n".join(lines)


def _search(settings: Settings, args: argparse.Namespace) -> int:
    from tutor.wiring import build_tutor

    domain = Domain.parse(args.domain) if args.domain else None  # fail before loading the model
    hits = build_tutor(settings).search(args.query, domain=domain, k=args.k, mode=args.mode)
    if args.json:
        print(json.dumps([h.model_dump() for h in hits], indent=2, ensure_ascii=False))
        return 0
    if not hits:
        print("No passages found.")
    for hit in hits:
        print(f"{hit.rank}. {hit.heading}  [{hit.domain} · {hit.subtopic}]  score {hit.score:.3f}")
        print(f"   {hit.source}:{hit.line}  ({hit.title})")
        print(f"   {hit.snippet}\n")
    return 0


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    from tutor.models import NotInCorpus
    from tutor.wiring import build_tutor

    if args.file is not None and args.question is not None:
        raise QueryError("Give a question or --file FILE, not both.")
    if args.file is None and args.question is None:
        raise QueryError('Give a question, e.g. tutor ask "what is safety stock?", or --file FILE (JSONL).')
    if args.file is None and not args.question.strip():
        raise QueryError('The question is empty: type what you want to know, e.g. tutor ask "what is safety stock?".')
    domain = Domain.parse(args.domain) if args.domain else None
    lines = read_text_file(args.file).splitlines() if args.file is not None else []  # before loading models
    if args.backend:
        settings = settings.model_copy(update={"llm_backend": args.backend})
    tutor = build_tutor(settings)
    if args.file is None:
        result = tutor.ask(args.question, domain=domain)
        if args.learner:
            tutor.record_question(tutor.learner(args.learner), args.question, getattr(result, "domain", None))
        if args.json:
            print(json.dumps(_ask_record(None, result), ensure_ascii=False, indent=2))
        elif isinstance(result, NotInCorpus):
            print(result.message + "\nNearest topics: " + "; ".join(result.nearest_topics))
        else:
            print(result.text + "\n")
            for n, c in enumerate(result.citations, 1):
                print(f"[{n}] {c.title} ({c.source})")
        return 0
    return _ask_batch(tutor, lines, domain)


def _ask_batch(tutor: object, lines: list[str], domain: Domain | None) -> int:
    """Answer the lines of a JSONL file of questions, one JSON object out per line; bad lines are reported, not fatal.

    Every record carries the line's own `id` (null when the line has none or cannot be read) and its
    `line` number, so a report about a bad line never takes another question's id.
    """
    failures = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        qid: object = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise TypeError(line)
            qid = item.get("id")
            question = item["question"]
            if not isinstance(question, str):
                raise TypeError(question)
            record = _ask_record(qid, tutor.ask(question, domain=domain))  # type: ignore[attr-defined]
        except (json.JSONDecodeError, KeyError, TypeError):
            failures += 1
            record = {"id": qid, "error": f"line {number}: expected a JSON object with a \"question\" string"}
        except TutorError as exc:
            failures += 1
            record = {"id": qid, "error": str(exc)}
        print(json.dumps(record | {"line": number}, ensure_ascii=False), flush=True)
    return 1 if failures else 0


def read_text_file(path: str) -> str:
    """A text file's contents: UTF-8 (a byte-order mark is dropped), or UTF-16/UTF-32 with a byte-order mark.

    Raises:
        QueryError: the file cannot be read, or is not text in one of those encodings.
    """
    import codecs

    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise QueryError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    encoding = "utf-8"
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            encoding = name
            break
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path} is not readable as {encoding.upper()} text (bad byte at offset {exc.start}). "
                         "Save it as UTF-8 (or UTF-16 with a byte-order mark) and try again.") from None


def _ask_record(qid: object, result: object) -> dict[str, object]:
    from tutor.models import NotInCorpus

    if isinstance(result, NotInCorpus):
        return {"id": qid, "answer": result.message, "domain": None, "citations": [], "numeric_answer": None,
                "not_in_corpus": True, "nearest_topics": result.nearest_topics, "backend": result.backend,
                "latency_ms": result.latency_ms}
    return {"id": qid, "answer": result.text, "domain": result.domain,  # type: ignore[attr-defined]
            "citations": [c.model_dump() for c in result.citations],  # type: ignore[attr-defined]
            "numeric_answer": result.numeric_answer, "not_in_corpus": False,  # type: ignore[attr-defined]
            "backend": result.backend, "latency_ms": result.latency_ms}  # type: ignore[attr-defined]


def _scope(settings: Settings, args: argparse.Namespace) -> int:
    from tutor import scope
    from tutor.corpus import load_corpus
    from tutor.domains import load_outline
    from tutor.wiring import load_embeddings

    entries = load_corpus(settings.corpus_dir, load_outline(settings.corpus_dir / "outline.yaml"))
    embeddings = load_embeddings(settings.embedding_model, settings.index_batch_size)
    judge = scope.load_judge(settings.corpus_dir, settings.data_dir, entries, embeddings.name,
                             embeddings.embed_documents)  # shipped, saved in the data folder, or trained there
    if judge is None:
        raise QueryError(f"{settings.corpus_dir} has no {scope.EXAMPLES_FILE}: write one (on_topic and off_topic "
                         "lists of questions) to train the scope classifier.")
    shipped = settings.corpus_dir / scope.MODEL_FILE
    if scope.read(shipped, judge.key) is not None:
        print(f"{shipped} is up to date (key {judge.key}).")
    elif args.write:
        scope.write(judge, shipped)
        print(f"Wrote {shipped} (key {judge.key}).")
    else:
        print(f"Saved in {settings.data_dir / scope.MODEL_FILE} (key {judge.key}); `tutor scope --write` ships it.")
    return 0


def _domains(settings: Settings, args: argparse.Namespace) -> int:
    from tutor.domains import load_outline

    outline = load_outline(settings.corpus_dir / "outline.yaml")
    for d in outline.domains:
        print(f"{d.number}. {d.slug.value:<24} {d.name}")
        for s in d.subtopics:
            print(f"     {s.id:<34} {s.name}")
    return 0


def _stats(settings: Settings, args: argparse.Namespace) -> int:
    from collections import Counter

    from tutor.chunking import chunk_entries
    from tutor.corpus import EntryKind, load_corpus
    from tutor.domains import load_outline
    from tutor.wiring import load_embeddings

    entries = load_corpus(settings.corpus_dir, load_outline(settings.corpus_dir / "outline.yaml"))
    embeddings = load_embeddings(settings.embedding_model, settings.index_batch_size)
    chunks = Counter(str(d.metadata["domain"]) for d in
                     chunk_entries(entries, embeddings.count_tokens, settings.chunk_tokens))
    rows = {d: [0, 0, 0] for d in Domain}
    for e in entries:
        rows[e.domain][0] += 1
        rows[e.domain][1] += e.word_count
        rows[e.domain][2] += e.kind is EntryKind.WORKED_EXAMPLE
    print(f"{'domain':<26}{'entries':>8}{'words':>8}{'worked':>8}{'chunks':>8}")
    for d, (n, words, worked) in rows.items():
        print(f"{d.value:<26}{n:>8}{words:>8}{worked:>8}{chunks[d.value]:>8}")
    totals = [sum(r[i] for r in rows.values()) for i in range(3)]
    print(f"{'total':<26}{totals[0]:>8}{totals[1]:>8}{totals[2]:>8}{sum(chunks.values()):>8}")
    return 0


def _app(settings: Settings, args: argparse.Namespace) -> int:
    check_server_address(args.host, args.port)  # before the model loads and the index is checked
    from tutor.ui import launch

    if args.allow_open_names:
        settings = settings.model_copy(update={"allow_open_names": True})
    launch(settings, host=args.host, port=args.port)
    return 0


_HOST_NAME = re.compile(r"(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?")


def check_server_address(host: str | None, port: int | None) -> None:
    """Check `tutor app --host/--port` (None: the configured default).

    Raises:
        QueryError: the port is outside 1-65535, or the host is neither an IP address nor a host name.
    """
    import ipaddress

    if port is not None and not 1 <= port <= 65535:
        raise QueryError(f"--port takes a TCP port from 1 to 65535; got {port}.")
    if host is None:
        return
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not _HOST_NAME.fullmatch(host) or re.fullmatch(r"[\d.]+", host):  # digits and dots: a mistyped IPv4
            raise QueryError(f"--host takes an IP address or a host name, e.g. 127.0.0.1, 0.0.0.0 or localhost; "
                             f"got {host[:60]!r}.") from None  # repr escapes control characters


def _lazy(module: str, function: str) -> Callable[[Settings, argparse.Namespace], int]:
    """A command whose module is imported only when it runs (so `tutor --help` stays quick)."""
    def run(settings: Settings, args: argparse.Namespace) -> int:
        import importlib

        command = getattr(importlib.import_module(f"tutor.{module}"), function)
        return int(command(settings.users_file if module == "users" else settings, args))

    return run


COMMANDS = {"index": _index, "search": _search, "ask": _ask, "scope": _scope, "domains": _domains, "stats": _stats,
            "app": _app,
            "quiz": _lazy("cli_quiz", "quiz_command"), "exam": _lazy("cli_quiz", "exam_command"),
            "eval": _lazy("cli_eval", "eval_command"), "user": _lazy("users", "user_command"),
            **{name: _lazy("cli_learner", f"{name}_command") for name in ("progress", "review", "plan", "learner")}}
