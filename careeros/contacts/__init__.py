"""Contacts: the user's pool of people, browsing it, and marking someone never to be contacted."""

from __future__ import annotations

from sqlalchemy import func, select, update

from careeros.timefmt import iso
from models import Contact, Message, MessageStatus, db, move, utcnow
from models.errors import NotFound
from models.paging import page
from webhooks import events

WITHDRAWN = "The contact was marked do-not-contact"


def contact_view(contact: Contact) -> dict:
    return {
        **contact.summary(),
        "email": contact.email,
        "linkedin_url": contact.linkedin_url,
        "location": contact.location,
        "notes": contact.notes,
        "source": contact.source,
        "do_not_contact": contact.do_not_contact,
        "undeliverable": contact.undeliverable,
        "discovered_at": iso(contact.discovered_at),
        "created_at": iso(contact.created_at),
    }


def _contains(column, text: str):
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(func.coalesce(column, "")).like(f"%{escaped}%", escape="\\")


def list_contacts(
    user_id: str, company: str | None = None, title: str | None = None, limit: int = 20, offset: int = 0
) -> dict:
    query = select(Contact).where(Contact.user_id == user_id)
    if company:
        query = query.where(_contains(Contact.company, company.strip()))
    if title:
        query = query.where(_contains(Contact.title, title.strip()))
    with db.reading() as session:
        return page(session, query, (Contact.name, Contact.id), limit, offset, "contacts", contact_view)


def _owned(session, user_id: str, contact_id: str, *, lock: bool = False) -> Contact:
    query = select(Contact).where(Contact.id == contact_id, Contact.user_id == user_id)
    contact = session.scalar(query.with_for_update() if lock else query)
    if contact is None:
        raise NotFound("Contact not found")
    return contact


def get_contact(user_id: str, contact_id: str) -> dict:
    with db.reading() as session:
        return contact_view(_owned(session, user_id, contact_id))


def do_not_contact(user_id: str, contact_id: str) -> dict:
    """Never contact this person: and withdraw whatever was about to reach them."""
    now = utcnow()
    with db.writing() as session:
        contact = _owned(session, user_id, contact_id, lock=True)
        contact.do_not_contact = True
        contact.updated_at = now
        withdrawn = session.scalars(
            select(Message)
            .where(
                Message.user_id == user_id,
                Message.contact_id == contact_id,
                Message.status.in_([MessageStatus.PENDING, MessageStatus.APPROVED, MessageStatus.GENERATING]),
            )
            .with_for_update(of=Message)
        ).all()
        for message in withdrawn:
            if message.follow_up_step:
                move(message, MessageStatus.WITHDRAWN, now)  # a follow-up: the sequence stops
                message.failure_reason = WITHDRAWN
                message.lease_until = None
                continue
            if message.status == MessageStatus.PENDING:
                move(message, MessageStatus.REJECTED, now)
                message.rejection_reason = "wrong_contact"
                message.rejection_feedback = WITHDRAWN
                events.rejected(session, message, now)
                continue
            # Approved ones and drafts still being written fail: they never leave.
            was_approved = message.status == MessageStatus.APPROVED
            move(message, MessageStatus.FAILED, now)
            message.failure_reason = WITHDRAWN
            message.lease_until = None
            if was_approved:
                events.failed(session, message, now)
        # no thread to this contact waits for a follow-up any more
        session.execute(
            update(Message)
            .where(Message.contact_id == contact_id, Message.follow_up_due_at.is_not(None))
            .values(follow_up_due_at=None)
            .execution_options(synchronize_session="fetch")
        )
        return {**contact_view(contact), "messages_withdrawn": len(withdrawn)}
