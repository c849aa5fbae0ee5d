"""Uploaded files before they reach a library: safe names, size and type checks, and text from PDF or Markdown.

Nothing here writes anything: `check_upload` refuses a bad file before it is read, `read_upload`
returns its text page by page (Markdown headings kept in paragraphs of their own), and
`clean_text` normalises whitespace and breaks "words" too long for one chunk.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from pathlib import PurePath

from tutor.errors import QueryError

logger = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
ALLOWED_SUFFIXES = (".pdf", ".md", ".markdown", ".txt")
FIX = "upload a text PDF, Markdown (.md) or plain-text (.txt) file"
"""The fix named in every refusal."""

_NAME_CHARS = 100
_ATX = re.compile(r"^[ \t]{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$", re.M)
_SETEXT = re.compile(r"^[ \t]{0,3}((?![-*+>|#][ \t])\S[^\n]*)\n[ \t]{0,3}(={2,}|-{2,})[ \t]*$", re.M)


def sanitize_filename(name: str) -> str:
    r"""Make an uploaded file's name safe to show and store.

    Keeps the base name only (directories split on `/` or `\`), letters, digits, space, `.`, `_`
    and `-`; anything else becomes `_`; runs are collapsed; the result never starts with a dot,
    is never empty and is at most 100 characters (the suffix is kept).

    Example: "../../etc/pass<wd>.md" -> "pass_wd_.md"; ".hidden.txt" -> "hidden.txt".
    """
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", str(name or "")))[-1]
    kept = "".join(c if c.isalnum() or c in " ._-" else "_" for c in base)
    kept = re.sub(r"_{2,}", "_", re.sub(r"\s+", " ", kept))
    kept = re.sub(r"\.{2,}", ".", kept).strip(" ").lstrip(".").strip(" ")
    path = PurePath(kept) if kept else PurePath("notes")
    suffix = path.suffix if len(path.suffix) <= 12 else ""
    stem = (path.stem if suffix else path.name).strip(" .")
    stem = stem if any(c.isalnum() for c in stem) else "notes"
    return f"{stem[:_NAME_CHARS - len(suffix)].rstrip(' .')}{suffix}"


def check_upload(filename: str, size: int) -> str:
    """The sanitised name of a file of `size` bytes, or QueryError if it is empty, too large or not allowed.

    Called before the file is read, so an oversized upload is refused without loading it.
    """
    name = sanitize_filename(filename)
    suffix = PurePath(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        kind = f"{suffix} files" if suffix else "Files without a type suffix"
        raise QueryError(f"{name}: {kind} cannot be added to the library; {FIX}.")
    if size <= 0:
        raise QueryError(f"{name} is empty; {FIX} that has some text in it.")
    if size > MAX_BYTES:
        raise QueryError(f"{name} is {size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB. "
                         "Split it into smaller files, or upload only the chapters you need.")
    return name


def read_upload(name: str, data: bytes, chunk_tokens: int) -> tuple[int, list[tuple[int, str]]]:
    """Return the page count and (page, text) for each page with text; page 0 means "no pages"."""
    if PurePath(name).suffix.lower() != ".pdf":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise QueryError(f"{name} is not UTF-8 text (it may be a binary file or use another encoding); "
                             f"save it as UTF-8, or {FIX}.") from None
        controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
        if "\x00" in text or controls > len(text) / 100:
            raise QueryError(f"{name} looks like a binary file, not text; {FIX}.")
        if PurePath(name).suffix.lower() in (".md", ".markdown"):
            text = _headings_apart(text)
        cleaned = clean_text(text, chunk_tokens, keep_paragraphs=True)
        if not cleaned:
            raise QueryError(f"{name} has no text in it; {FIX} that has some text in it.")
        return 1, [(0, cleaned)]
    from pypdf import PdfReader

    unreadable = (f"{name} could not be read as a PDF (it may be damaged or scanned images only); {FIX}.")
    try:
        reader = PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and not reader.decrypt("")
        raw = [] if locked else [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types (PdfReadError, ValueError, KeyError, ...)
        logger.info("unreadable PDF %s: %s", name, exc)
        raise QueryError(unreadable) from None
    if locked:
        raise QueryError(f"{name} is password-protected; save a copy without the password, or {FIX}.")
    pages = [(n, text) for n, text in ((n, clean_text(t, chunk_tokens, keep_paragraphs=True))
                                       for n, t in enumerate(raw, 1)) if text]
    if not pages:
        raise QueryError(unreadable.replace("could not be read as a PDF", "has no text that can be extracted"))
    return len(raw), pages


def clean_text(text: str, chunk_tokens: int, keep_paragraphs: bool = False) -> str:
    """Normalise whitespace and break "words" too long for one chunk (URLs, hashes, base64)."""
    text = unicodedata.normalize("NFC", str(text or "")).replace("\r\n", "\n").replace("\r", "\n")
    longest = max(8, chunk_tokens // 2)  # a word-piece covers at least one character

    def chop(match: re.Match[str]) -> str:
        word = match.group(0)
        return " ".join(word[i:i + longest] for i in range(0, len(word), longest))

    text = re.sub(rf"\S{{{longest + 1},}}", chop, text)
    if not keep_paragraphs:
        return " ".join(text.split())
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _headings_apart(text: str) -> str:
    r"""Put each Markdown heading in a paragraph of its own, so it is never run into the text below it.

    Example: "## Receiving\nTrucks are booked." -> "\n\n## Receiving\n\nTrucks are booked."
    Underlined (setext) headings become "#"/"##" headings.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SETEXT.sub(lambda m: f"\n\n{'#' if m.group(2)[0] == '=' else '##'} {m.group(1).strip()}\n\n", text)
    return _ATX.sub(lambda m: f"\n\n{m.group(1)} {(m.group(2) or '').strip()}\n\n", text)
