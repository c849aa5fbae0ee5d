"""Learner names are not private without a users file, and the app says so instead of serving them to a network.

The refusal is checked through the README's launch commands (`app.py`, which `python3 dev.py run` starts, and
`tutor app`) in real subprocesses; the ways past it (the flag, the setting, a users file, a loopback host)
through the same check function the launch path calls, and once through `app.py` itself up to the next step.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tutor import users
from tutor.config import load_settings
from tutor.errors import SettingsError
from tutor.users import check_open_names, is_loopback, open_names_notice

from .conftest import REPO, free_port


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a launch command from the repository with only these TUTOR_* settings (and data in tmp_path)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TUTOR_")}
    clean |= {"TUTOR_DATA_DIR": str(tmp_path / "data"), "TUTOR_SERVER_PORT": str(free_port()), **env}
    return subprocess.run([sys.executable, *args], cwd=REPO, env=clean, capture_output=True, text=True, timeout=240,
                          stdin=subprocess.DEVNULL)


def _refused(result: subprocess.CompletedProcess[str], tmp_path: Path) -> None:
    assert result.returncode == 2, result.stderr
    err = result.stderr
    assert "error: Refusing to serve the web app on '0.0.0.0' without logins" in err, err
    for fix in ("TUTOR_USERS_FILE=", "tutor user add NAME", "TUTOR_ALLOW_OPEN_NAMES=true", "--allow-open-names",
                "TUTOR_SERVER_HOST=127.0.0.1"):
        assert fix in err, fix
    assert "Traceback" not in err and "Loading" not in err  # a clear message, before any model is loaded
    assert not (tmp_path / "data").exists(), "nothing was indexed or stored"


@pytest.mark.slow
def test_app_py_on_all_interfaces_without_a_users_file_refuses_to_start(tmp_path):
    _refused(_run(["app.py"], tmp_path, TUTOR_SERVER_HOST="0.0.0.0"), tmp_path)


@pytest.mark.slow
def test_tutor_app_with_host_0000_without_a_users_file_refuses_to_start(tmp_path):
    _refused(_run(["-m", "tutor", "app", "--host", "0.0.0.0"], tmp_path), tmp_path)


@pytest.mark.slow
def test_the_flag_gets_app_py_past_the_check(tmp_path):
    """With --allow-open-names the launch goes on to the next step: here a missing corpus, its own clear error."""
    result = _run(["app.py", "--allow-open-names"], tmp_path, TUTOR_SERVER_HOST="0.0.0.0",
                  TUTOR_CORPUS_DIR=str(tmp_path / "no-corpus"))
    assert result.returncode == 2, result.stderr
    assert "Refusing to serve" not in result.stderr and "the taxonomy file is missing" in result.stderr


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "tutor.example.org", "[::]"])
def test_a_network_host_without_a_users_file_is_refused_unless_allowed(host, tmp_path):
    with pytest.raises(SettingsError, match="Refusing to serve") as refused:
        check_open_names(host, None, allow_open_names=False)
    assert "TUTOR_USERS_FILE" in str(refused.value) and "TUTOR_ALLOW_OPEN_NAMES=true" in str(refused.value)
    check_open_names(host, None, allow_open_names=True)  # the flag: names are not private, and that is accepted
    check_open_names(host, tmp_path / "users.json", allow_open_names=False)  # logins: names are private


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST", "::1", "[::1]", "127.0.1.1"])
def test_loopback_hosts_need_neither(host):
    assert is_loopback(host)
    check_open_names(host, None, allow_open_names=False)


def test_the_setting_reads_tutor_allow_open_names(monkeypatch):
    assert load_settings().allow_open_names is False
    monkeypatch.setenv("TUTOR_ALLOW_OPEN_NAMES", "true")
    settings = load_settings()
    assert settings.allow_open_names is True
    check_open_names("0.0.0.0", settings.users_file, settings.allow_open_names)
    monkeypatch.setenv("TUTOR_ALLOW_OPEN_NAMES", "maybe")
    with pytest.raises(SettingsError, match="TUTOR_ALLOW_OPEN_NAMES"):
        load_settings()


def test_serve_refuses_too_before_it_listens(tmp_path):
    from tutor.ui import serve

    class NeverServed:
        def __getattr__(self, name):
            raise AssertionError(f"the app was touched ({name}) before the check")

    settings = load_settings(data_dir=tmp_path / "data", server_host="0.0.0.0")
    with pytest.raises(SettingsError, match="Refusing to serve"):
        serve(NeverServed(), settings)


def test_the_notice_says_names_are_not_private_only_without_a_users_file(tmp_path):
    notice = open_names_notice(None)
    assert notice is not None and "not private" in notice and "your name" in notice and "TUTOR_USERS_FILE" in notice
    assert open_names_notice(tmp_path / "users.json") is None
    assert users.open_names_notice is open_names_notice
