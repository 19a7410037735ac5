"""Handlers for the `messages` tag: the review queue, approval, rejection, history."""

from careeros import messages
from handlers import caller, ok


def list_pending(limit=5, offset=0):
    return ok(messages.list_pending(caller(), limit, offset))


def list_messages(status=None, limit=20, offset=0):
    return ok(messages.list_messages(caller(), status, limit, offset))


def get_message(message_id):
    return ok(messages.get_message(caller(), message_id))


def approve_message(message_id, body=None):
    body = body or {}
    return ok(messages.approve(caller(), message_id, body.get("schedule"), body.get("edits")))


def resend_message(message_id, body=None):
    return ok(messages.resend(caller(), message_id, (body or {}).get("schedule")))


def reject_message(message_id, body):
    return ok(messages.reject(caller(), message_id, body["reason"], body.get("feedback")))


def regenerate_message(message_id):
    return ok(messages.regenerate(caller(), message_id), 202)


def bulk_approve(body):
    return ok(messages.bulk_approve(caller(), body["message_ids"], body.get("schedule")))
