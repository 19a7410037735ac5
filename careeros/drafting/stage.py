"""The drafting stages of the worker.

`fill_due` keeps each active user's review queue topped up (CAREEROS_DRAFT_QUEUE, default 15
drafts pending or being written): it picks the best-matching reachable contacts who have never
had a message and reserves a `generating` message for each. `draft_due` claims one generating
message under a lease, writes it outside any transaction, and commits it as `pending`, unless
meanwhile the user paused (it waits) or the contact was marked do-not-contact (it fails).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select, update

from careeros import matching
from careeros.drafting import llm
from careeros.drafting.facts import ContactFacts, SenderFacts, sender_from
from careeros.drafting.params import Params, seed_for
from careeros.drafting.scoring import words
from careeros.drafting.writer import DraftFailed, steer, user_defaults, write, write_follow_up
from models import (
    USER_LOCK,
    Contact,
    Message,
    MessageStatus,
    Objectives,
    Profile,
    Queue,
    ResumeUpload,
    UploadStatus,
    User,
    db,
    move,
    utcnow,
)

log = logging.getLogger("careeros.drafting")

LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 3
USERS_PER_PASS = 20
DRAFTS_PER_PASS = 10
IN_QUEUE = (MessageStatus.PENDING, MessageStatus.GENERATING)
WITHDRAWN = "The contact was marked do-not-contact"


def _recent_reasons(session, user_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Message.rejection_reason)
            .where(Message.user_id == user_id, Message.rejection_reason.is_not(None))
            .order_by(Message.rejected_at.desc())
            .limit(10)
        )
    )


def fill_for(session, user: User, now: datetime, target: int) -> int:
    """Reserve messages for the user's best new matches until the queue holds `target`."""
    queued = session.scalar(
        select(func.count()).where(Message.user_id == user.id, Message.status.in_(IN_QUEUE))
    )
    need = target - (queued or 0)
    criteria = matching.criteria_for(session, user.id)
    if need <= 0 or criteria is None:
        return 0
    messaged = select(Message.contact_id).where(Message.user_id == user.id)
    found = matching.matches(
        session, criteria, user.id, extra_where=[Contact.email.is_not(None), Contact.id.not_in(messaged)]
    )
    chosen = matching.best(found, need, user.id)
    defaults = user_defaults(_recent_reasons(session, user.id))
    for match in chosen:
        params = Params(seed=seed_for(user.id, match.contact_id) % (2**31), **defaults)
        session.add(
            Message(
                user_id=user.id,
                contact_id=match.contact_id,
                draft_params=params.as_dict(),
                created_at=now,
                updated_at=now,
            )
        )
    if chosen:
        session.execute(
            update(Contact)
            .where(Contact.id.in_([m.contact_id for m in chosen]), Contact.discovered_at.is_(None))
            .values(discovered_at=now)
            .execution_options(synchronize_session=False)
        )
    return len(chosen)


def fill_due(now: datetime, target: int) -> int:
    """Worker stage: top up the queues of active users who have objectives to `target` drafts."""
    if target <= 0:
        return 0
    queued = (
        select(func.count())
        .where(Message.user_id == User.id, Message.status.in_(IN_QUEUE))
        .correlate(User)
        .scalar_subquery()
    )
    with db.reading() as session:
        due = session.scalars(
            select(User.id)
            .join(Objectives, Objectives.user_id == User.id)
            .where(User.paused.is_(False), queued < target)
            .limit(USERS_PER_PASS)
        ).all()
    reserved = 0
    for user_id in due:
        with db.writing() as session:
            user = session.get(User, user_id, with_for_update=USER_LOCK)
            if user is None or user.paused:  # paused between the two transactions
                continue
            reserved += fill_for(session, user, now, target)
    return reserved


@dataclass(frozen=True)
class _Job:
    message_id: str
    sender: SenderFacts
    contact: ContactFacts
    params: Params
    feedback: str | None
    follow_up_step: int = 0
    previous_subject: str = ""
    previous_body: str = ""


def _fail_draft(_session, message: Message, now: datetime) -> None:
    move(message, MessageStatus.FAILED, now)
    message.failure_reason = (
        WITHDRAWN
        if message.contact.do_not_contact
        else f"The draft could not be written after {message.attempts} attempts"
    )
    message.lease_until = None


DRAFTS = Queue(
    Message,
    lease=LEASE,
    attempts="attempts",
    max_attempts=MAX_ATTEMPTS,
    spent=lambda message: message.contact.do_not_contact,
    give_up=_fail_draft,
)


def _claim(now: datetime, user_id: str | None = None) -> _Job | None:
    """Take the oldest waiting draft under a lease; one that ran out of attempts, or whose
    contact became do-not-contact, fails instead."""
    query = (
        select(Message)
        .join(User, User.id == Message.user_id)
        .where(
            Message.status == MessageStatus.GENERATING,
            User.paused.is_(False),
            # A resume being read will change what the draft can say: wait for it.
            ~exists().where(
                ResumeUpload.user_id == Message.user_id,
                ResumeUpload.status == UploadStatus.PROCESSING,
            ),
        )
        .order_by(Message.created_at)
    )
    if user_id is not None:
        query = query.where(Message.user_id == user_id)
    with db.writing() as session:
        for message in DRAFTS.claim(session, query, now):
            contact = message.contact
            user = session.get_one(User, message.user_id)
            sender = sender_from(user.name, session.get(Profile, user.id), session.get(Objectives, user.id))
            facts = ContactFacts(
                name=contact.name,
                title=contact.title,
                company=contact.company,
                location=contact.location,
                notes=contact.notes,
            )
            feedback = None
            if message.regenerated_from_id:
                previous = session.get(Message, message.regenerated_from_id)
                feedback = previous.rejection_feedback if previous else None
            followed = session.get(Message, message.follows_id) if message.follows_id else None
            # what the thread already said, so the follow-up adds something new
            said = (
                session.scalars(
                    select(Message.body).where(
                        Message.thread_id == message.thread_id,
                        Message.follow_up_step < message.follow_up_step,
                        Message.body.is_not(None),
                    )
                ).all()
                if message.follow_up_step and message.thread_id
                else []
            )
            return _Job(
                message.id,
                sender,
                facts,
                Params.from_dict(message.draft_params),
                feedback,
                message.follow_up_step,
                followed.subject if followed else "",
                "\n\n".join(said),
            )
    return None


def draft_one(now: datetime, user_id: str | None = None, *, endpoint: llm.Endpoint | None = None) -> bool:
    """Write one waiting draft (of `user_id`, if given; with the LLM at `endpoint`, if any); False
    when none is waiting."""
    job = _claim(now, user_id)
    if job is None:
        return False
    try:
        if job.follow_up_step:
            written = write_follow_up(
                job.sender,
                job.contact,
                job.params,
                job.previous_subject,
                job.previous_body,
                job.follow_up_step,
            )
        else:
            written = write(job.sender, job.contact, job.params, job.feedback, endpoint=endpoint)
        failure = None
    except DraftFailed as exc:
        written, failure = None, str(exc)
    finished = utcnow()
    with db.writing() as session:
        message = session.get(Message, job.message_id, with_for_update=True)
        if message is None or message.status != MessageStatus.GENERATING:
            return True
        message.lease_until = None
        if session.scalar(select(User.paused).where(User.id == message.user_id)):
            return True  # paused while writing: it waits, and is written afresh after resume
        if message.contact.do_not_contact:
            move(message, MessageStatus.FAILED, finished)
            message.failure_reason = WITHDRAWN
            return True
        if failure or written is None:
            move(message, MessageStatus.FAILED, finished)
            message.failure_reason = failure
            log.warning("draft %s failed: %s", job.message_id, failure)
            return True
        message.subject, message.body = written.subject, written.body
        message.quality_score, message.personalization_score = written.quality, written.personalization
        message.angle, message.drafter = written.angle, written.drafter
        message.score_reasons = list(written.reasons)
        message.draft_params = written.params.as_dict()
        move(message, MessageStatus.PENDING, finished)
    return True


def draft_due(now: datetime, *, endpoint: llm.Endpoint | None = None) -> int:
    """Worker stage: write up to DRAFTS_PER_PASS waiting drafts, one transaction each."""
    written = 0
    while written < DRAFTS_PER_PASS and draft_one(now, endpoint=endpoint):
        written += 1
    return written


def replacement_params(previous: Message) -> dict:
    """Parameters for the draft that replaces `previous`, steered by why it was rejected."""
    params = steer(
        Params.from_dict(previous.draft_params),
        previous.angle,
        previous.rejection_reason,
        previous.rejection_feedback,
        len(words(previous.body)) if previous.body else None,
    )
    return params.as_dict()
