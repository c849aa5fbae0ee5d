import json
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.domains import Domain

from .conftest import make_settings

TUTOR = Path(sys.executable).parent / "tutor"


@pytest.fixture
def seed_env(seed_tutor, monkeypatch):
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(seed_tutor.settings.corpus_dir))
    monkeypatch.setenv("TUTOR_DATA_DIR", str(seed_tutor.settings.data_dir))


def test_console_script_help_lists_the_commands():
    out = subprocess.run([str(TUTOR), "--help"], capture_output=True, text=True, check=True).stdout
    for command in ("index", "search", "domains", "stats", "app"):
        assert command in out
    search_help = subprocess.run([str(TUTOR), "search", "--help"], capture_output=True, text=True).stdout
    assert "--domain" in search_help and "--json" in search_help and "-k" in search_help


def test_search_available_to_promise_returns_the_atp_entry_first(seed_env, capsys):
    assert main(["search", "available to promise"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("1. Available-to-promise (ATP)") and "[supply · supply/atp-ctp]" in first


def test_search_json_is_valid_and_has_the_documented_fields(seed_env, capsys):
    assert main(["search", "available to promise", "--json", "-k", "4"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 4
    for hit in hits:
        for key in ("chunk_id", "title", "domain", "source", "score", "text"):
            assert key in hit
    assert hits[0]["heading"] == "Available-to-promise (ATP)"
    assert hits[0]["source"].startswith("supply/") and hits[0]["domain"] == "supply"


def test_search_with_domain_filter(seed_env, capsys):
    assert main(["search", "planning", "--domain", "distribution", "--json"]) == 0
    assert {h["domain"] for h in json.loads(capsys.readouterr().out)} == {"distribution"}


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["search", "ATP", "--domain", "logistics"], "Use one of: supply-chains-strategy"),
        (["search", "   "], "The question is empty"),
        (["search", "ATP", "-k", "0"], "between 1 and 100"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(seed_env, capsys, argv, says):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and says in err


def test_bad_settings_exit_2_listing_every_problem(monkeypatch, capsys):
    monkeypatch.setenv("TUTOR_TOP_K", "-1")
    monkeypatch.setenv("TUTOR_CHUNK_TOKENS", "1000")
    assert main(["domains"]) == 2
    err = capsys.readouterr().err
    assert "TUTOR_TOP_K" in err and "TUTOR_CHUNK_TOKENS" in err


def test_index_prints_chunks_per_domain(tmp_path, monkeypatch, capsys, embeddings):
    settings = make_settings(tmp_path)
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("TUTOR_DATA_DIR", str(settings.data_dir))
    assert main(["index", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Indexed ") and " embedded, 0 deleted, 0 unchanged" in out
    for domain in Domain:
        line = next(line for line in out.splitlines() if line.startswith(domain.value + " "))
        assert int(line.split()[-1]) >= 3
    assert main(["index", "--no-progress"]) == 0
    assert ": 0 embedded, 0 deleted" in capsys.readouterr().out


def test_corpus_errors_reach_the_user_with_file_and_line(tmp_path, monkeypatch, capsys, embeddings):
    settings = make_settings(tmp_path)
    (settings.corpus_dir / "demand" / "broken.md").write_text("---\ndomain: demand\ntitle: x\n---\n")
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("TUTOR_DATA_DIR", str(settings.data_dir))
    assert main(["index"]) == 2
    assert "demand/broken.md:1: front matter 'subtopics': missing" in capsys.readouterr().err


def test_stats_counts_entries_words_and_chunks(capsys, monkeypatch, tmp_path, embeddings):
    settings = make_settings(tmp_path)
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(settings.corpus_dir))
    assert main(["stats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["domain", "entries", "words", "worked", "chunks"]
    supply = next(line.split() for line in lines if line.startswith("supply "))
    assert supply[1] == "4" and int(supply[2]) > 900 and int(supply[4]) >= 4
    assert lines[-1].startswith("total")


def test_domains_lists_slugs_and_subtopics(capsys, monkeypatch, tmp_path):
    settings = make_settings(tmp_path)
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(settings.corpus_dir))
    assert main(["domains"]) == 0
    out = capsys.readouterr().out
    assert "2. sop" in out and "supply/atp-ctp" in out
