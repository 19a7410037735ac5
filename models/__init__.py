"""Persistence: SQLAlchemy models, engine and sessions, Alembic migrations. Imports nothing else of ours."""

from models.base import Base, iso, new_id, utcnow
from models.contact import Contact
from models.idempotency import IdempotencyKey
from models.inbound import InboundEmail, MailboxCursor
from models.message import (
    DELIVERED,
    STAMPS,
    TRANSITIONS,
    IllegalTransition,
    Message,
    MessageStatus,
    may_become,
    move,
    move_where,
    sources,
)
from models.onboarding import Objectives, Profile, ResumeUpload, UploadStatus
from models.queue import Queue, backoff
from models.user import AuthSession, RefreshToken, User
from models.webhook import DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent
from models.worker import WorkerHeartbeat

__all__ = [
    "DELIVERED",
    "STAMPS",
    "TRANSITIONS",
    "USER_LOCK",
    "AuthSession",
    "Base",
    "Contact",
    "DeliveryStatus",
    "IdempotencyKey",
    "IllegalTransition",
    "InboundEmail",
    "MailboxCursor",
    "Message",
    "MessageStatus",
    "Objectives",
    "Profile",
    "Queue",
    "RefreshToken",
    "ResumeUpload",
    "UploadStatus",
    "User",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
    "WorkerHeartbeat",
    "backoff",
    "iso",
    "may_become",
    "move",
    "move_where",
    "new_id",
    "sources",
    "utcnow",
]

# How a user's row is locked to serialise their planning, settings and claims: FOR NO KEY UPDATE
# on PostgreSQL, which does not block the foreign-key checks of rows that reference the user (an
# insert of one of their messages takes FOR KEY SHARE on it). FOR UPDATE did, and a worker that held
# a message and inserted its follow-up deadlocked against PATCH /account updating that message.
USER_LOCK = {"key_share": True}
