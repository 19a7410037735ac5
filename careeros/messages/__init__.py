"""Messages: the review queue, approval with edits and schedules, rejection, and the history."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Integer, bindparam, func, select

from careeros.sending.schedule import Planner
from careeros.timefmt import iso, parse_rfc3339
from models import USER_LOCK, Contact, Message, MessageStatus, User, db, move, utcnow
from models.contact import summary
from models.errors import Conflict, InvalidRequest, NotFound, SystemPaused
from models.paging import page
from models.text import shorten, tidy, trim
from webhooks import events

PREVIEW_CHARS = 140
MAX_SCHEDULE_AHEAD = timedelta(days=366)
NO_EMAIL = "The contact has no email address, so this message cannot be sent"


# ---- views ---------------------------------------------------------------------------------


def preview(body: str) -> str:
    return shorten(body, PREVIEW_CHARS)


def contact_view(message: Message) -> dict:
    return {**message.contact.summary(), "linkedin_url": message.contact.linkedin_url}


def _content(subject: str, body: str) -> dict:
    return {"subject": subject, "body": body, "preview": preview(body)}


def content_view(message: Message) -> dict:
    return _content(message.subject, message.body)


def _draft(
    message_id, contact: dict, subject, body, quality, personalization, generated_at, step, follows, reasons
) -> dict:
    return {
        "id": message_id,
        "contact": contact,
        "message": _content(subject, body),
        "quality_score": quality or 0,
        "personalization_score": personalization or 0,
        "generated_at": iso(generated_at),
        "follow_up_step": step or 0,
        "follows": follows,
        "score_reasons": list(reasons or []),
    }


def draft_view(message: Message) -> dict:
    return _draft(
        message.id,
        contact_view(message),
        message.subject,
        message.body,
        message.quality_score,
        message.personalization_score,
        message.generated_at or message.created_at,
        message.follow_up_step,
        message.follows_id,
        message.score_reasons,
    )


# The review queue is the hottest read: plain columns (no ORM objects), one join.
_QUEUE_COLUMNS = (
    Message.id,
    Message.subject,
    Message.body,
    Message.quality_score,
    Message.personalization_score,
    func.coalesce(Message.generated_at, Message.created_at).label("generated"),
    Message.follow_up_step,
    Message.follows_id,
    Message.score_reasons,
    Contact.id.label("contact_id"),
    Contact.name,
    Contact.title,
    Contact.company,
    Contact.linkedin_url,
)


def _queue_row(row) -> dict:
    contact = {**summary(row.contact_id, row.name, row.title, row.company), "linkedin_url": row.linkedin_url}
    return _draft(
        row.id, contact, row.subject, row.body, row.quality_score, row.personalization_score,
        row.generated, row.follow_up_step, row.follows_id, row.score_reasons,
    )  # fmt: skip


def message_view(message: Message) -> dict:
    rejection = None
    if message.rejection_reason:
        rejection = {"reason": message.rejection_reason, "feedback": message.rejection_feedback}
    return {
        "id": message.id,
        "status": message.status,
        "contact": contact_view(message),
        "message": content_view(message),
        "quality_score": message.quality_score,
        "personalization_score": message.personalization_score,
        "edited": message.edited,
        "generated_at": iso(message.generated_at),
        "approved_at": iso(message.approved_at),
        "scheduled_at": iso(message.scheduled_at),
        "sent_at": iso(message.sent_at),
        "rejected_at": iso(message.rejected_at),
        "replied_at": iso(message.replied_at),
        "rejection": rejection,
        "failure_reason": message.failure_reason,
        "regenerated_from": message.regenerated_from_id,
        "superseded_by": message.superseded_by_id,
        "email_message_id": message.email_message_id,
        "next_attempt_at": iso(message.next_attempt_at),
        "angle": message.angle,
        "drafter": message.drafter,
        "response_preview": message.response_preview,
        "bounced_at": iso(message.bounced_at),
        "follow_up_step": message.follow_up_step or 0,
        "follows": message.follows_id,
        "thread_id": message.thread_id or message.id,
        "next_follow_up_at": iso(message.follow_up_due_at),
        "score_reasons": list(message.score_reasons or []),
    }


def approved_view(message: Message) -> dict:
    return {"id": message.id, "status": message.status, "scheduled_at": iso(message.scheduled_at)}


# ---- reads ---------------------------------------------------------------------------------


# The review queue's two statements, built once (the console polls them): bound per call.
_PENDING = (Message.user_id == bindparam("user_id"), Message.status == MessageStatus.PENDING)
_PENDING_COUNT = select(func.count()).select_from(Message).where(*_PENDING)
_PENDING_PAGE = (
    select(*_QUEUE_COLUMNS)
    .join(Contact, Contact.id == Message.contact_id)
    .where(*_PENDING)
    .order_by(Message.generated_at, Message.id)
    .limit(bindparam("limit", type_=Integer))
    .offset(bindparam("offset", type_=Integer))
)


def list_pending(user_id: str, limit: int = 5, offset: int = 0) -> dict:
    values = {"user_id": user_id, "limit": limit, "offset": offset}
    with db.querying() as connection:
        total = connection.execute(_PENDING_COUNT, values).scalar_one()
        rows = connection.execute(_PENDING_PAGE, values).all()
    drafts = [_queue_row(row) for row in rows]
    return {"drafts": drafts, "total": total, "has_more": offset + len(drafts) < total}


def list_messages(user_id: str, status: str | None = None, limit: int = 20, offset: int = 0) -> dict:
    query = select(Message).where(Message.user_id == user_id)
    if status:
        query = query.where(Message.status == status)
    with db.reading() as session:
        order = (Message.created_at.desc(), Message.id.desc())
        return page(session, query, order, limit, offset, "messages", message_view)


def _owned(session, user_id: str, message_id: str, *, lock: bool = False) -> Message:
    query = select(Message).where(Message.id == message_id, Message.user_id == user_id)
    if lock:
        query = query.with_for_update(of=Message)
    message = session.scalar(query)
    if message is None:
        raise NotFound("Message not found")
    return message


def get_message(user_id: str, message_id: str) -> dict:
    with db.reading() as session:
        return message_view(_owned(session, user_id, message_id))


# ---- approval ------------------------------------------------------------------------------


def resolve_schedule(schedule: str | None, now: datetime) -> tuple[datetime, bool]:
    """The earliest time an approved message may leave, and whether to aim for the sending
    window (`optimal`): now, the window, or a future time at most a year ahead."""
    if schedule is None or schedule == "immediate":
        return now, False
    if schedule == "optimal":
        return now, True
    try:
        when = parse_rfc3339(schedule)
    except ValueError:
        raise InvalidRequest(
            "schedule must be 'immediate', 'optimal' or an RFC 3339 date-time with an offset, "
            "like 2026-02-15T21:30:00Z",
            field="schedule",
        ) from None
    if when <= now:
        raise InvalidRequest("schedule must be in the future", field="schedule")
    if when - now > MAX_SCHEDULE_AHEAD:
        raise InvalidRequest("schedule must be at most a year ahead", field="schedule")
    return when, False


def _not_pending(message: Message) -> Conflict:
    return Conflict(f"Message is {message.status}, not pending")


def _approve(
    session,
    message: Message,
    planner: Planner,
    requested: datetime,
    optimal: bool,
    now: datetime,
    edits: dict | None,
) -> Conflict | None:
    """Approve one locked message and emit its event; return the conflict instead of raising
    so callers decide whether the transaction still commits (a missing address marks the
    draft failed)."""
    if message.status != MessageStatus.PENDING:
        return _not_pending(message)
    if not message.contact.email:
        move(message, MessageStatus.FAILED, now)
        message.failure_reason = NO_EMAIL
        events.failed(session, message, now)
        return Conflict(NO_EMAIL)
    if edits:
        subject = tidy(edits.get("subject", message.subject))
        body = trim(edits.get("body", message.body))
        if (subject, body) != (message.subject, message.body):
            if not message.edited:
                message.original_subject, message.original_body = message.subject, message.body
            message.subject, message.body, message.edited = subject, body, True
    move(message, MessageStatus.APPROVED, now)
    _schedule(message, planner, requested, optimal)
    events.approved(session, message, now)
    return None


def _schedule(message: Message, planner: Planner, requested: datetime, optimal: bool) -> None:
    # Only approvals take a slot in the plan; what was asked for is kept, to plan it again when
    # the daily limit, window or time zone changes.
    message.schedule_requested_at, message.schedule_optimal = requested, optimal
    message.scheduled_at = planner.plan(requested, optimal=optimal)
    message.next_attempt_at = None


def _planner(session, user_id: str, now: datetime) -> Planner:
    # The user's row is locked so that two approvals at once cannot plan the same slot. Lock
    # order, everywhere: the user's row before any of their messages (PATCH /account and the
    # sender hold the user and then update messages), or two transactions can deadlock.
    user = session.get(User, user_id, with_for_update=USER_LOCK)
    return Planner(session, user, now, seed=int(now.timestamp()))


def approve(user_id: str, message_id: str, schedule: str | None = None, edits: dict | None = None) -> dict:
    now = utcnow()
    requested, optimal = resolve_schedule(schedule, now)
    with db.writing() as session:
        planner = _planner(session, user_id, now)  # the user before the message: see _planner
        message = _owned(session, user_id, message_id, lock=True)
        conflict = _approve(session, message, planner, requested, optimal, now, edits)
        view = approved_view(message)
    if conflict:
        raise conflict
    return {"message": view}


def bulk_approve(user_id: str, message_ids: list[str], schedule: str | None = None) -> dict:
    now = utcnow()
    requested, optimal = resolve_schedule(schedule, now)
    approved, failures = [], []
    with db.writing() as session:
        planner = _planner(session, user_id, now)
        found = {
            m.id: m
            for m in session.scalars(
                select(Message)
                .where(Message.user_id == user_id, Message.id.in_(message_ids))
                .with_for_update(of=Message)
            )
        }
        for message_id in message_ids:
            message = found.get(message_id)
            if message is None:
                failures.append(
                    {"message_id": message_id, "code": "NOT_FOUND", "message": "Message not found"}
                )
                continue
            conflict = _approve(session, message, planner, requested, optimal, now, None)
            if conflict:
                failures.append(
                    {"message_id": message_id, "code": conflict.code, "message": conflict.message}
                )
            else:
                approved.append(approved_view(message))
    return {"approved": len(approved), "failed": len(failures), "messages": approved, "failures": failures}


def resend(user_id: str, message_id: str, schedule: str | None = None) -> dict:
    """Send again a message whose send was interrupted (`unknown`), once the person has checked
    that it did not leave. It keeps its Message-ID, so a mail client that did get the first copy
    can tell the two apart."""
    now = utcnow()
    requested, optimal = resolve_schedule(schedule, now)
    with db.writing() as session:
        planner = _planner(session, user_id, now)  # the user before the message: see _planner
        message = _owned(session, user_id, message_id, lock=True)
        if message.status != MessageStatus.UNKNOWN:
            raise Conflict(
                f"Message is {message.status}; only a message whose send was interrupted (unknown) "
                "can be resent"
            )
        move(message, MessageStatus.APPROVED, now)
        message.claim_token = message.handed_over_at = message.send_started_at = None
        message.failure_reason = None
        _schedule(message, planner, requested, optimal)
        return {"message": approved_view(message)}


def reject(user_id: str, message_id: str, reason: str, feedback: str | None = None) -> dict:
    now = utcnow()
    with db.writing() as session:
        message = _owned(session, user_id, message_id, lock=True)
        if message.status != MessageStatus.PENDING:
            conflict = _not_pending(message)
        else:
            conflict = None
            move(message, MessageStatus.REJECTED, now)
            message.rejection_reason = reason
            message.rejection_feedback = trim(feedback or "") or None
            events.rejected(session, message, now)
            if reason == "wrong_contact" and message.follow_up_step:
                from careeros.followups import withdraw_thread

                withdraw_thread(
                    session,
                    message.thread_id,
                    "Withdrawn: the contact was rejected as the wrong contact",
                    now,
                )
    if conflict:
        raise conflict
    return {"message_id": message_id, "status": MessageStatus.REJECTED.value}


# ---- regeneration --------------------------------------------------------------------------

REGENERABLE = (MessageStatus.PENDING, MessageStatus.REJECTED)


def regenerate(user_id: str, message_id: str) -> dict:
    """Replace a pending or rejected draft with a new one, written by the worker and steered by
    the rejection's reason and feedback. The old draft becomes `superseded`."""
    from careeros.drafting.stage import replacement_params

    now = utcnow()
    with db.writing() as session:
        message = _owned(session, user_id, message_id, lock=True)
        if session.scalar(select(User.paused).where(User.id == user_id)):
            raise SystemPaused(
                "Outreach is paused; resume it (POST /system/resume) to regenerate drafts", retry_after=None
            )
        if message.status not in REGENERABLE:
            raise Conflict(f"Message is {message.status}; only pending or rejected drafts can be regenerated")
        if message.rejection_reason == "wrong_contact":
            raise Conflict("This contact was rejected as the wrong contact and is not drafted again")
        if message.contact.do_not_contact:
            raise Conflict("The contact is marked do-not-contact")
        replacement = Message(
            user_id=user_id,
            contact_id=message.contact_id,
            follow_up_step=message.follow_up_step,
            follows_id=message.follows_id,
            thread_id=message.thread_id,
            regenerated_from_id=message.id,
            draft_params=replacement_params(message),
            created_at=now,
            updated_at=now,
        )
        session.add(replacement)
        session.flush()
        move(message, MessageStatus.SUPERSEDED, now)
        message.superseded_by_id = replacement.id
        return {
            "new_message_id": replacement.id,
            "status": MessageStatus.GENERATING.value,
            "regenerated_from": message.id,
        }
