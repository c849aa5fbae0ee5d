from pathlib import Path

import pytest

from tutor.config import MODEL_MAX_TOKENS, bundled_model_path, load_settings
from tutor.errors import SettingsError


def test_defaults_point_at_the_bundled_model_and_local_folders():
    s = load_settings()
    assert s.corpus_dir == Path("corpus")
    assert s.data_dir == Path(".tutor-data")
    assert s.embedding_model == bundled_model_path()
    assert (s.embedding_model / "config.json").is_file()
    assert s.chroma_host is None and not s.uses_chroma_server
    assert s.chroma_dir == Path(".tutor-data") / "chroma"
    assert s.chunk_tokens <= MODEL_MAX_TOKENS


def test_environment_variables_with_tutor_prefix(monkeypatch, tmp_path):
    monkeypatch.setenv("TUTOR_CORPUS_DIR", str(tmp_path / "notes"))
    monkeypatch.setenv("TUTOR_TOP_K", "9")
    monkeypatch.setenv("TUTOR_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("TUTOR_CHROMA_PORT", "8123")
    s = load_settings()
    assert s.corpus_dir == tmp_path / "notes"
    assert s.top_k == 9
    assert s.uses_chroma_server and s.chroma_port == 8123


def test_blank_chroma_host_means_embedded(monkeypatch):
    monkeypatch.setenv("TUTOR_CHROMA_HOST", "  ")
    assert load_settings().chroma_host is None


def test_every_problem_is_reported_in_one_message(monkeypatch):
    monkeypatch.setenv("TUTOR_TOP_K", "0")
    monkeypatch.setenv("TUTOR_CHUNK_TOKENS", "512")
    monkeypatch.setenv("TUTOR_CHROMA_PORT", "70000")
    monkeypatch.setenv("TUTOR_COLLECTION", "ab")
    monkeypatch.setenv("TUTOR_EMBEDDING_MODEL", "/no/such/model")
    with pytest.raises(SettingsError) as err:
        load_settings()
    message = str(err.value)
    for name in ("TUTOR_TOP_K", "TUTOR_CHUNK_TOKENS", "TUTOR_CHROMA_PORT", "TUTOR_COLLECTION",
                 "TUTOR_EMBEDDING_MODEL"):
        assert name in message
    assert "254" in message  # the token limit is explained
    assert "bundled" in message  # the fix for a bad model path


def test_non_numeric_value_names_the_variable(monkeypatch):
    monkeypatch.setenv("TUTOR_TOP_K", "many")
    with pytest.raises(SettingsError, match="TUTOR_TOP_K"):
        load_settings()
