"""Standard Webhooks signatures (https://www.standardwebhooks.com), made by the reference library.

`webhook-signature` is a space-separated list of `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`,
one per secret that currently signs: the endpoint's secret, and after a rotation the previous
one too until it expires, so a receiver can switch secrets without missing an event.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterable
from datetime import datetime

from standardwebhooks import Webhook

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def headers(event_id: str, timestamp: datetime, body: str, signing_secrets: Iterable[str]) -> dict[str, str]:
    signatures = [Webhook(secret).sign(event_id, timestamp, body) for secret in signing_secrets]
    return {
        "webhook-id": event_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": " ".join(signatures),
    }
