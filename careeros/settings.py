"""Settings: every CAREEROS_* environment variable is read here, once, into one frozen object."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from limits import parse_many

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "careeros.yaml"


class SettingsError(ValueError):
    """A CAREEROS_* variable holds a value the service cannot run with."""


def _int(env: dict, name: str, default: int, low: int, high: int) -> int:
    raw = env.get(f"CAREEROS_{name}")
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"CAREEROS_{name} must be an integer, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"CAREEROS_{name} must be between {low} and {high}, got {value}")
    return value


def _bool(env: dict, name: str, default: bool) -> bool:
    raw = env.get(f"CAREEROS_{name}")
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"CAREEROS_{name} must be true or false, got {raw!r}")


def _limits(env: dict, name: str, default: str) -> str:
    raw = env.get(f"CAREEROS_{name}") or default
    try:
        parsed = parse_many(raw)
    except ValueError:
        raise SettingsError(
            f"CAREEROS_{name} is not a rate limit string like '100/minute;1000/hour': {raw!r}"
        ) from None
    if not parsed:
        raise SettingsError(f"CAREEROS_{name} names no limit: {raw!r}")
    return raw


def _secret_key(var_dir: Path) -> str:
    """Keep a generated key under var/ so tokens survive restarts without any configuration."""
    path = var_dir / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(64)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race: use its key
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


@dataclass(frozen=True)
class Settings:
    var_dir: Path
    database_url: str
    secret_key: str = field(repr=False)
    host: str = "127.0.0.1"
    port: int = 8080
    rate_limit_storage: str = "memory://"
    rate_limits: str = "100/minute;1000/hour"
    login_limit_account: str = "5/15minutes"
    login_limit_ip: str = "50/15minutes"
    access_token_ttl: int = 15 * 60
    refresh_token_ttl: int = 30 * 24 * 3600
    max_body_bytes: int = 1024 * 1024
    mail_url: str = ""
    llm_url: str = ""
    llm_api_key: str = field(default="", repr=False)
    llm_model: str = ""
    llm_timeout: float = 20.0
    draft_queue: int = 15
    sample_contacts: int = 0
    worker_poll_seconds: float = 1.0
    api_threads: int = 8
    send_lease_seconds: int = 30
    webhook_delivery: bool = True
    webhooks_allow_loopback: bool = False
    webhook_timeout: float = 15.0
    imap_url: str = field(default="", repr=False)
    imap_poll_seconds: int = 60
    log_level: str = "INFO"
    demo_email: str = "demo@careeros.dev"
    demo_password: str = field(default="careeros-demo", repr=False)

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> Settings:
        env = dict(os.environ if env is None else env)
        var_dir = Path(env.get("CAREEROS_VAR_DIR") or ROOT / "var").resolve()
        database_url = env.get("CAREEROS_DATABASE_URL") or f"sqlite:///{var_dir / 'careeros.db'}"
        secret_key = env.get("CAREEROS_SECRET_KEY") or _secret_key(var_dir)
        if len(secret_key) < 32:
            raise SettingsError("CAREEROS_SECRET_KEY must be at least 32 characters (HS256 needs a long key)")
        mail_url = env.get("CAREEROS_MAIL_URL") or f"file://{var_dir / 'outbox'}"
        if not mail_url.startswith(("file://", "smtp://", "smtps://")):
            raise SettingsError(
                f"CAREEROS_MAIL_URL must be file://…, smtp://… or smtps://…, got {mail_url!r}"
            )
        imap_url = env.get("CAREEROS_IMAP_URL") or ""
        if imap_url and not imap_url.startswith(("imap://", "imaps://")):
            raise SettingsError("CAREEROS_IMAP_URL must be imap://… or imaps://…")
        storage = env.get("CAREEROS_RATE_LIMIT_STORAGE") or "memory://"
        if not storage.startswith(("memory://", "redis://", "rediss://", "redis+unix://")):
            raise SettingsError(
                f"CAREEROS_RATE_LIMIT_STORAGE must be memory:// or redis://…, got {storage!r}"
            )
        settings = cls(
            var_dir=var_dir,
            database_url=database_url,
            secret_key=secret_key,
            host=env.get("CAREEROS_HOST") or "127.0.0.1",
            port=_int(env, "PORT", 8080, 1, 65535),
            rate_limit_storage=storage,
            rate_limits=_limits(env, "RATE_LIMITS", "100/minute;1000/hour"),
            login_limit_account=_limits(env, "LOGIN_LIMIT_ACCOUNT", "5/15minutes"),
            login_limit_ip=_limits(env, "LOGIN_LIMIT_IP", "50/15minutes"),
            access_token_ttl=_int(env, "ACCESS_TOKEN_TTL", 15 * 60, 30, 24 * 3600),
            refresh_token_ttl=_int(env, "REFRESH_TOKEN_TTL", 30 * 24 * 3600, 300, 365 * 24 * 3600),
            max_body_bytes=_int(env, "MAX_BODY_BYTES", 1024 * 1024, 1024, 64 * 1024 * 1024),
            mail_url=mail_url,
            llm_url=env.get("CAREEROS_LLM_URL") or "",
            llm_api_key=env.get("CAREEROS_LLM_API_KEY") or "",
            llm_model=env.get("CAREEROS_LLM_MODEL") or "",
            llm_timeout=float(_int(env, "LLM_TIMEOUT", 20, 1, 300)),
            draft_queue=_int(env, "DRAFT_QUEUE", 15, 0, 100),
            sample_contacts=_int(env, "SAMPLE_CONTACTS", 0, 0, 20000),
            worker_poll_seconds=_int(env, "WORKER_POLL_MS", 1000, 10, 60_000) / 1000,
            api_threads=_int(env, "API_THREADS", 8, 1, 256),
            send_lease_seconds=_int(env, "SEND_LEASE_SECONDS", 30, 2, 600),
            webhook_delivery=_bool(env, "WEBHOOK_DELIVERY", True),
            webhooks_allow_loopback=_bool(env, "WEBHOOKS_ALLOW_LOOPBACK", False),
            webhook_timeout=float(_int(env, "WEBHOOK_TIMEOUT", 15, 1, 60)),
            imap_url=imap_url,
            imap_poll_seconds=_int(env, "IMAP_POLL_SECONDS", 60, 1, 3600),
            log_level=(env.get("CAREEROS_LOG_LEVEL") or "INFO").upper(),
            demo_email=env.get("CAREEROS_DEMO_EMAIL") or "demo@careeros.dev",
            demo_password=env.get("CAREEROS_DEMO_PASSWORD") or "careeros-demo",
        )
        return replace(settings, **overrides) if overrides else settings


_current: Settings | None = None


def install(settings: Settings) -> Settings:
    """Make `settings` the ones this process runs with (the app factory and CLI call this)."""
    global _current
    _current = settings
    return settings


def current() -> Settings:
    if _current is None:
        return install(Settings.from_env())
    return _current
