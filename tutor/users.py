"""The users file behind the web app's login (TUTOR_USERS_FILE) and `tutor user add | remove | list`.

Without a users file, learners are told names are not private (`open_names_notice`), and the app refuses
to listen on an address other than loopback unless TUTOR_ALLOW_OPEN_NAMES accepts that (`check_open_names`).

A JSON file `{"version": 1, "users": {<name key>: {name, salt, hash, kdf, n, r, p}}}` holding one scrypt
hash per user (16-byte random salt, 32-byte key); passwords are never stored or logged. User names follow
`tutor.store.name_key`, so a login maps to exactly one learner. Writes are atomic (temp file + `os.replace`)
with mode 0600, so the running app never reads a half-written file.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import hmac
import json
import logging
import os
import secrets
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tutor.errors import QueryError, SettingsError, TutorError
from tutor.store import name_key

logger = logging.getLogger(__name__)

SCRYPT_N, SCRYPT_R, SCRYPT_P = 16384, 8, 1  # scrypt cost for new hashes; tests may lower them
KEY_BYTES, SALT_BYTES, MIN_PASSWORD = 32, 16, 8
_DUMMY_SALT = secrets.token_bytes(SALT_BYTES)  # unknown users are hashed against this: same work, no oracle


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    maxmem = min(256 * r * n * p + (1 << 20), 2**31 - 1)  # room for the stored cost, within hashlib's cap
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=KEY_BYTES)


def _key_or_none(name: str) -> str | None:
    try:
        return name_key(name)
    except QueryError:
        return None


class UsersFile:
    """The users file at `path`, read afresh on every call (it may not exist yet)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _bad(self, what: str) -> QueryError:
        return QueryError(f"The users file {self.path} is malformed: {what}. Fix it, or delete it and add the "
                          "users again with `tutor user add NAME`.")

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"Cannot read the users file {self.path}: {exc}") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise self._bad(f"not JSON ({exc})") from exc
        if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("users"), dict):
            raise self._bad('expected {"version": 1, "users": {...}}')
        for key, user in data["users"].items():
            if not isinstance(user, dict) or user.get("kdf") != "scrypt":
                raise self._bad(f'user {key!r} is not an object with "kdf": "scrypt"')
            if not isinstance(user.get("name"), str) or _key_or_none(user["name"]) != key:
                raise self._bad(f'user {key!r} has a "name" that does not normalise to its key')
            n, r, p = (user.get(k) for k in ("n", "r", "p"))
            if any(type(v) is not int or v < 1 for v in (n, r, p)) or n < 2 or n & (n - 1):
                raise self._bad(f'user {key!r} needs positive integers "n" (a power of 2), "r" and "p"')
            try:
                if not bytes.fromhex(user["salt"]) or len(bytes.fromhex(user["hash"])) != KEY_BYTES:
                    raise ValueError
            except (KeyError, TypeError, ValueError) as exc:
                raise self._bad(f'user {key!r} needs a hex "salt" and a {KEY_BYTES}-byte hex "hash"') from exc
        return data["users"]

    def _save(self, users: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                os.fchmod(fh.fileno(), 0o600)
                json.dump({"version": 1, "users": users}, fh, indent=2, sort_keys=True, ensure_ascii=False)
                fh.write("\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def add(self, name: str, password: str) -> None:
        """Add a user, or replace their password (and display name) if the name is taken.

        Raises:
            QueryError: the name is not 1-80 characters, the password is shorter than 8, or the file is malformed.
        """
        key = name_key(name)
        if len(password) < MIN_PASSWORD:
            raise QueryError(f"A password needs at least {MIN_PASSWORD} characters.")
        users = self._load()
        salt = secrets.token_bytes(SALT_BYTES)
        digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        users[key] = {"name": " ".join(name.split()), "salt": salt.hex(), "hash": digest.hex(), "kdf": "scrypt",
                      "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
        self._save(users)

    def remove(self, name: str) -> bool:
        """Remove a user; False if there was no such user."""
        users = self._load()
        if users.pop(name_key(name), None) is None:
            return False
        self._save(users)
        return True

    def names(self) -> list[str]:
        """The users' display names, sorted case-insensitively."""
        return [user["name"] for _, user in sorted(self._load().items())]

    def verify(self, name: str, password: str) -> bool:
        """Whether the password is the user's; an unknown or invalid name costs the same scrypt work."""
        return _check(self._load(), name, password)


def _check(users: dict[str, dict[str, Any]], name: str, password: str) -> bool:
    user = users.get(_key_or_none(name) or "")
    if user is None:
        hmac.compare_digest(_scrypt(password, _DUMMY_SALT, SCRYPT_N, SCRYPT_R, SCRYPT_P), bytes(KEY_BYTES))
        return False
    try:
        digest = _scrypt(password, bytes.fromhex(user["salt"]), user["n"], user["r"], user["p"])
    except (ValueError, MemoryError):  # scrypt parameters OpenSSL refuses
        logger.error("cannot check the password of user %r: unusable scrypt parameters", user["name"])
        return False
    return hmac.compare_digest(digest, bytes.fromhex(user["hash"]))


def gradio_auth(path: Path) -> Callable[[str, str], bool]:
    """An `auth=` callable for `gr.Blocks.launch` that re-reads the file whenever it changes.

    Raises:
        QueryError: the file is malformed now (checked at start-up); later breakage logs an error and denies.
    """
    users_file, lock = UsersFile(path), threading.Lock()

    def _stamp() -> tuple[int, int, int] | None:
        try:
            st = os.stat(users_file.path)
        except FileNotFoundError:
            return None
        return st.st_mtime_ns, st.st_size, st.st_ino  # inode: os.replace within one mtime tick

    state: dict[str, Any] = {"users": users_file._load(), "stamp": _stamp()}

    def auth(username: str, password: str) -> bool:
        with lock:
            stamp = _stamp()
            if stamp != state["stamp"]:
                try:
                    state["users"] = users_file._load()
                except TutorError as exc:
                    logger.error("login refused: %s", exc)
                    state["users"] = {}
                state["stamp"] = stamp
            users = state["users"]
        return _check(users, username, password)

    return auth


LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


def is_loopback(host: str) -> bool:
    """Whether `host` is only reachable from this computer: 127.0.0.1 (any 127.x address), ::1 or localhost.

    Example: is_loopback("127.0.0.1") and is_loopback("[::1]") are True; "0.0.0.0", "::" and "192.168.1.5" are not.
    """
    import ipaddress

    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.split("%", 1)[0]).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to any address


def check_open_names(host: str, users_file: Path | None, allow_open_names: bool) -> None:
    """Refuse to serve names that are not private to anyone but this computer (call it before loading models).

    Without a users file a learner is whoever types their name, so on an address other than loopback anyone
    who reaches the app could read and change every learner's progress, answers and uploads.

    Raises:
        SettingsError: `host` is not loopback, no users file is set and `allow_open_names` is off; the
            message says how to fix it.
    """
    if users_file is not None or allow_open_names or is_loopback(host):
        return
    raise SettingsError(
        f"Refusing to serve the web app on {host!r} without logins: without TUTOR_USERS_FILE a learner is "
        "whoever types their name, so anyone who can reach this address could read and change any learner's "
        "progress, answers and uploads. Fix it one of these ways:\n"
        "  - require logins: set TUTOR_USERS_FILE=/path/users.json and add each learner with "
        "`tutor user add NAME`;\n"
        "  - accept that names are not private: set TUTOR_ALLOW_OPEN_NAMES=true (or pass --allow-open-names "
        "to app.py: `python3 dev.py run --allow-open-names`);\n"
        "  - serve this computer only: TUTOR_SERVER_HOST=127.0.0.1 (or `tutor app --host 127.0.0.1`).")


def open_names_notice(users_file: Path | None) -> str | None:
    """The notice the web app must show beside the name box when there is no users file (None: logins are on)."""
    if users_file is not None:
        return None
    return ("**Names are not private.** Anyone who can open this app and types your name sees and can change "
            "your progress, answers and uploads. To keep them yours, ask whoever runs the app to turn on logins "
            "(TUTOR_USERS_FILE).")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `user add | remove | list` to a CLI's subcommands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--file", type=Path, default=None, help="users file (default: TUTOR_USERS_FILE)")
    user = sub.add_parser("user", help="add, remove or list the web app's login users")
    actions = user.add_subparsers(dest="user_action", required=True, metavar="ACTION")
    p = actions.add_parser("add", parents=[common], help="add a user or change their password")
    p.add_argument("name", help="user name; the learner they study as")
    p.add_argument("--password-stdin", action="store_true", help="read the password from one line of stdin")
    p = actions.add_parser("remove", parents=[common], help="remove a user")
    p.add_argument("name")
    actions.add_parser("list", parents=[common], help="list the users")


def user_command(settings_users_file: Path | None, args: argparse.Namespace) -> int:
    """Run `tutor user ...`; messages go to stderr, `list` prints one name a line to stdout.

    Raises:
        QueryError: no users file is configured, or a name, password or the file is invalid.
    """
    path = args.file or settings_users_file
    if path is None:
        raise QueryError("No users file: set TUTOR_USERS_FILE or pass --file PATH.")
    users = UsersFile(path)
    if args.user_action == "list":
        names = users.names()
        sys.stdout.write("".join(f"{n}\n" for n in names))
        if not names:
            sys.stderr.write(f"no users in {users.path}\n")
        return 0
    if args.user_action == "remove":
        removed = users.remove(args.name)
        sys.stderr.write(f"removed {args.name} from {users.path}\n" if removed else f"error: no user {args.name}\n")
        return 0 if removed else 1
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            password = getpass.getpass(f"Password for {args.name}: ")
            repeated = getpass.getpass("Repeat the password: ")
        except EOFError:  # no terminal and nothing on stdin
            sys.stderr.write("\n")  # end the prompt's line
            raise QueryError("No password was typed (end of input). Type it at the prompt, or pipe it as one "
                             "line with --password-stdin.") from None
        if repeated != password:
            sys.stderr.write("error: the passwords do not match; nothing was changed\n")
            return 1
    existed = name_key(args.name) in users._load()
    users.add(args.name, password)
    sys.stderr.write(f"{'changed the password of' if existed else 'added'} {args.name} in {users.path}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run `tutor user ...` on its own; returns the exit code (2 for a user error)."""
    parser = argparse.ArgumentParser(prog="tutor")
    add_parsers(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(["user", *(sys.argv[1:] if argv is None else argv)])
    env = os.environ.get("TUTOR_USERS_FILE", "").strip()
    try:
        return user_command(Path(env) if env else None, args)
    except TutorError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
