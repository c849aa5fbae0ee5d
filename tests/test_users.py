"""The users file behind the web app's login, and `tutor user add | remove | list`."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import stat
from pathlib import Path

import pytest

from tutor import users
from tutor.errors import QueryError
from tutor.users import UsersFile, add_parsers, gradio_auth, main, user_command

DEFAULTS = (users.SCRYPT_N, users.SCRYPT_R, users.SCRYPT_P)
PASSWORD = "correct horse"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap scrypt for every test but the one that checks the real defaults."""
    monkeypatch.setattr(users, "SCRYPT_N", 16)
    monkeypatch.setattr(users, "SCRYPT_R", 1)
    monkeypatch.setattr(users, "SCRYPT_P", 1)
    monkeypatch.delenv("TUTOR_USERS_FILE", raising=False)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "conf" / "users.json"


def _data(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_add_then_verify(path: Path) -> None:
    uf = UsersFile(path)
    assert uf.names() == [] and not path.exists()  # a missing file is no users
    uf.add("Ada", PASSWORD)
    assert uf.verify("Ada", PASSWORD)
    assert not uf.verify("Ada", PASSWORD + "!")
    assert not uf.verify("Grace", PASSWORD)
    assert not uf.verify("", PASSWORD)  # an invalid name is just a failed login


def test_default_scrypt_parameters_and_file_format(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert DEFAULTS == (16384, 8, 1)
    monkeypatch.setattr(users, "SCRYPT_N", DEFAULTS[0])
    monkeypatch.setattr(users, "SCRYPT_R", DEFAULTS[1])
    monkeypatch.setattr(users, "SCRYPT_P", DEFAULTS[2])
    UsersFile(path).add("Ada Lovelace", PASSWORD)
    data = _data(path)
    assert data["version"] == 1 and list(data["users"]) == ["ada lovelace"]
    user = data["users"]["ada lovelace"]
    assert {k: user[k] for k in ("name", "kdf", "n", "r", "p")} == {
        "name": "Ada Lovelace", "kdf": "scrypt", "n": 16384, "r": 8, "p": 1}
    salt = bytes.fromhex(user["salt"])
    assert len(salt) == 16
    expected = hashlib.scrypt(PASSWORD.encode(), salt=salt, n=16384, r=8, p=1, dklen=32)
    assert user["hash"] == expected.hex()
    assert UsersFile(path).verify("ada lovelace", PASSWORD)


def test_names_are_case_and_space_insensitive(path: Path) -> None:
    uf = UsersFile(path)
    uf.add("  Ada   Lovelace ", PASSWORD)
    assert uf.names() == ["Ada Lovelace"]
    assert uf.verify("ADA LOVELACE", PASSWORD)
    assert uf.verify("ada\tlovelace", PASSWORD)
    uf.add("ADA LOVELACE", "another password")
    assert list(_data(path)["users"]) == ["ada lovelace"]
    assert uf.names() == ["ADA LOVELACE"]


def test_password_change_replaces_the_old_one(path: Path) -> None:
    uf = UsersFile(path)
    uf.add("Ada", PASSWORD)
    old = _data(path)["users"]["ada"]
    uf.add("ada", "brand new password")
    assert not uf.verify("Ada", PASSWORD)
    assert uf.verify("Ada", "brand new password")
    new = _data(path)["users"]["ada"]
    assert len(_data(path)["users"]) == 1 and new["salt"] != old["salt"] and new["hash"] != old["hash"]


def test_remove(path: Path) -> None:
    uf = UsersFile(path)
    uf.add("Ada", PASSWORD)
    uf.add("Grace", PASSWORD)
    assert uf.remove(" ADA ") is True
    assert uf.remove("Ada") is False
    assert not uf.verify("Ada", PASSWORD)
    assert uf.names() == ["Grace"] and uf.verify("Grace", PASSWORD)


def test_names_are_sorted_display_names(path: Path) -> None:
    uf = UsersFile(path)
    for name in ("carol", "Bob", "alice"):
        uf.add(name, PASSWORD)
    assert uf.names() == ["alice", "Bob", "carol"]
    data = _data(path)  # a hand-edited file in any order still lists sorted
    data["users"] = dict(reversed(data["users"].items()))
    path.write_text(json.dumps(data), encoding="utf-8")
    assert uf.names() == ["alice", "Bob", "carol"]


def test_file_is_private_json_without_the_password(path: Path) -> None:
    UsersFile(path).add("Ada", PASSWORD)
    raw = path.read_bytes()
    assert PASSWORD.encode() not in raw and PASSWORD.encode().hex().encode() not in raw
    assert _data(path)["users"]["ada"]["name"] == "Ada"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    UsersFile(path).add("Grace", PASSWORD)  # rewrites keep the mode and leave no temp files behind
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["users.json"]


def test_same_password_gets_different_salts_and_hashes(path: Path) -> None:
    uf = UsersFile(path)
    uf.add("Ada", PASSWORD)
    uf.add("Grace", PASSWORD)
    ada, grace = _data(path)["users"]["ada"], _data(path)["users"]["grace"]
    assert ada["salt"] != grace["salt"] and ada["hash"] != grace["hash"]


def test_short_password_and_bad_names_are_rejected(path: Path) -> None:
    uf = UsersFile(path)
    with pytest.raises(QueryError, match="at least 8 characters"):
        uf.add("Ada", "1234567")
    for name in ("   ", "x" * 81):
        with pytest.raises(QueryError, match="1 to 80 characters"):
            uf.add(name, PASSWORD)
    assert not path.exists()
    uf.add("x" * 80, "12345678")  # the limits themselves are fine
    assert uf.verify("X" * 80, "12345678")


def test_passwords_are_unicode_normalised(path: Path) -> None:
    UsersFile(path).add("Zoé", "caf\u00e9 au lait")  # composed é
    assert UsersFile(path).verify("zoé", "cafe\u0301 au lait")  # decomposed é, as some keyboards send it
    assert not UsersFile(path).verify("zoé", "cafe au lait")


def test_unknown_user_costs_the_same_scrypt_work(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    UsersFile(path).add("Ada", PASSWORD)
    calls: list[tuple[int, int, int]] = []
    real = users._scrypt

    def spy(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        calls.append((n, r, p))
        return real(password, salt, n, r, p)

    monkeypatch.setattr(users, "_scrypt", spy)
    assert not UsersFile(path).verify("Nobody", PASSWORD)
    assert not UsersFile(path).verify("", PASSWORD)
    assert not UsersFile(path).verify("Ada", "wrong password")
    assert calls == [(16, 1, 1)] * 3


MALFORMED = {
    "not json": ("{nope", "not JSON"),
    "not an object": ("[]", "version"),
    "wrong version": ('{"version": 2, "users": {}}', "version"),
    "users not an object": ('{"version": 1, "users": []}', "version"),
    "no salt": ('{"version": 1, "users": {"ada": {"name": "Ada", "hash": "' + "00" * 32
                + '", "kdf": "scrypt", "n": 16, "r": 1, "p": 1}}}', "salt"),
    "key mismatch": ('{"version": 1, "users": {"bob": {"name": "Ada", "salt": "00", "hash": "' + "00" * 32
                     + '", "kdf": "scrypt", "n": 16, "r": 1, "p": 1}}}', "normalise"),
    "empty name": ('{"version": 1, "users": {"": {"name": "", "salt": "00", "hash": "' + "00" * 32
                   + '", "kdf": "scrypt", "n": 16, "r": 1, "p": 1}}}', "normalise"),
    "bad cost": ('{"version": 1, "users": {"ada": {"name": "Ada", "salt": "00", "hash": "' + "00" * 32
                 + '", "kdf": "scrypt", "n": "16", "r": 1, "p": 1}}}', '"n"'),
    "zero cost": ('{"version": 1, "users": {"ada": {"name": "Ada", "salt": "00", "hash": "' + "00" * 32
                  + '", "kdf": "scrypt", "n": 16, "r": 0, "p": 1}}}', '"r"'),
    "n not a power of 2": ('{"version": 1, "users": {"ada": {"name": "Ada", "salt": "00", "hash": "' + "00" * 32
                           + '", "kdf": "scrypt", "n": 15, "r": 1, "p": 1}}}', "power of 2"),
    "other kdf": ('{"version": 1, "users": {"ada": {"name": "Ada", "kdf": "md5"}}}', "scrypt"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_file_is_a_query_error_naming_the_file(case: str, path: Path) -> None:
    text, what = MALFORMED[case]
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    uf = UsersFile(path)
    for call in (uf.names, lambda: uf.verify("Ada", PASSWORD), lambda: uf.add("Grace", PASSWORD)):
        with pytest.raises(QueryError, match="malformed") as err:
            call()
        assert str(path) in str(err.value) and what in str(err.value)
    assert path.read_text(encoding="utf-8") == text  # a broken file is never overwritten


def test_gradio_auth_sees_users_added_and_removed_later(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    auth = gradio_auth(path)  # no file yet
    assert auth("Ada", PASSWORD) is False
    UsersFile(path).add("Ada", PASSWORD)
    assert auth("ada", PASSWORD) is True
    assert auth("ada", "wrong password") is False
    UsersFile(path).add("Ada", "a new password")  # same-size file: the change is still seen
    assert auth("Ada", PASSWORD) is False and auth("Ada", "a new password") is True
    UsersFile(path).add("Grace", PASSWORD)
    UsersFile(path).remove("Ada")
    assert auth("Grace", PASSWORD) is True and auth("Ada", PASSWORD) is False

    loads: list[Path] = []
    real = UsersFile._load
    monkeypatch.setattr(UsersFile, "_load", lambda self: loads.append(self.path) or real(self))
    assert auth("Grace", PASSWORD) and auth("Grace", PASSWORD)
    assert loads == []  # unchanged file: not re-read


def test_gradio_auth_fails_loudly_at_start_and_closed_later(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("{nope", encoding="utf-8")
    with pytest.raises(QueryError, match="malformed"):
        gradio_auth(path)
    path.unlink()
    UsersFile(path).add("Ada", PASSWORD)
    auth = gradio_auth(path)
    assert auth("Ada", PASSWORD)
    path.write_text('{"version": 1, "users": {"ada": "broken, but edited by hand"}}', encoding="utf-8")
    assert auth("Ada", PASSWORD) is False  # logged and denied, never a traceback at the login form


def test_main_add_list_remove_with_password_stdin(path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["add", "Ada Lovelace", "--password-stdin", "--file", str(path)]) == 0
    assert UsersFile(path).verify("ada lovelace", PASSWORD)  # the newline is not part of the password
    assert "added Ada Lovelace" in capsys.readouterr().err
    monkeypatch.setenv("TUTOR_USERS_FILE", str(path))  # --file defaults to TUTOR_USERS_FILE
    monkeypatch.setattr("sys.stdin", io.StringIO("a new password\n"))
    assert main(["add", "ADA LOVELACE", "--password-stdin"]) == 0
    assert "changed the password" in capsys.readouterr().err
    assert main(["list"]) == 0
    assert capsys.readouterr().out == "ADA LOVELACE\n"
    assert main(["remove", "ada lovelace"]) == 0
    assert main(["list"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "no users" in out.err
    assert main(["remove", "ada lovelace"]) == 1
    assert "no user" in capsys.readouterr().err


def test_main_getpass_asks_twice(path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter(["password one", "password two"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["add", "Ada", "--file", str(path)]) == 1
    assert "do not match" in capsys.readouterr().err
    assert not path.exists()
    answers = iter([PASSWORD, PASSWORD])
    assert main(["add", "Ada", "--file", str(path)]) == 0
    assert UsersFile(path).verify("Ada", PASSWORD)


def test_main_reports_errors_without_traceback(path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["add", "Ada", "--password-stdin", "--file", str(path)]) == 2
    assert "error: A password needs at least 8 characters" in capsys.readouterr().err
    assert main(["list"]) == 2  # no --file and no TUTOR_USERS_FILE
    assert "TUTOR_USERS_FILE" in capsys.readouterr().err
    path.parent.mkdir(parents=True)
    path.write_text("{nope", encoding="utf-8")
    assert main(["list", "--file", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "malformed" in err and "Traceback" not in err


def test_mounts_as_a_subcommand_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="tutor")
    add_parsers(parser.add_subparsers(dest="command", required=True))
    settings_file, other = tmp_path / "settings.json", tmp_path / "other.json"
    UsersFile(settings_file).add("Ada", PASSWORD)
    UsersFile(other).add("Grace", PASSWORD)
    args = parser.parse_args(["user", "list"])
    assert args.command == "user" and user_command(settings_file, args) == 0
    assert capsys.readouterr().out == "Ada\n"
    assert user_command(settings_file, parser.parse_args(["user", "list", "--file", str(other)])) == 0
    assert capsys.readouterr().out == "Grace\n"
    with pytest.raises(QueryError, match="TUTOR_USERS_FILE"):
        user_command(None, args)
    with pytest.raises(SystemExit):
        parser.parse_args(["user", "rename", "Ada"])
