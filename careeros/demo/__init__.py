"""Demo data: an account with a realistic directory and drafts written by the real drafter."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from careeros import security
from careeros.demo.directory import people
from careeros.drafting import builtin, scoring
from careeros.drafting.facts import ContactFacts, SenderFacts
from models import Contact, Message, MessageStatus, User, db, utcnow

DEMO_NAME = "Dana Demo"

# The demo job seeker: a data engineer moving toward senior data and ML engineering roles.
DEMO_SENDER = SenderFacts(
    name=DEMO_NAME,
    current_title="Data Engineer",
    current_company="Northwind Logistics",
    skills=("Python", "Apache Spark", "Airflow", "dbt", "SQL", "Kafka", "Kubernetes", "Machine Learning"),
    past_companies=("Contoso Health",),
    schools=("University of Michigan",),
    target_roles=("Senior Data Engineer", "Machine Learning Engineer"),
)
TARGET_FUNCTIONS = ("data", "ml", "platform")


@dataclass
class DemoResult:
    email: str
    password: str
    created: bool
    contacts: int = 0
    drafts: int = 0


def contact_facts(contact: Contact) -> ContactFacts:
    return ContactFacts(
        name=contact.name,
        title=contact.title,
        company=contact.company,
        location=contact.location,
        notes=contact.notes,
    )


def write_draft(message: Message, contact: Contact, sender: SenderFacts, seed: int) -> None:
    """Fill a message with a built-in draft and its scores."""
    facts = contact_facts(contact)
    draft = builtin.compose(sender, facts, seed=seed)
    result = scoring.score(draft.subject, draft.body, facts, sender)
    message.subject, message.body, message.angle = draft.subject, draft.body, draft.angle
    message.quality_score, message.personalization_score = result.quality, result.personalization
    message.drafter = "builtin"


def populate(
    user_id: str,
    *,
    contacts: int = 300,
    drafts: int = 24,
    history: bool = True,
    seed: int = 7,
    sender: SenderFacts = DEMO_SENDER,
) -> tuple[int, int]:
    """Give a user a directory and pending drafts (and, with `history`, a week of past outreach)."""
    rng = random.Random(seed)
    now = utcnow()
    with db.writing() as session:
        rows = []
        for person in people(contacts, seed=seed):
            rows.append(
                Contact(
                    user_id=user_id,
                    name=person.name,
                    title=person.title,
                    company=person.company,
                    email=person.email or None,
                    linkedin_url=person.linkedin_url,
                    location=person.location,
                    notes=person.notes,
                    source="demo",
                    created_at=now,
                    updated_at=now,
                )
            )
        session.add_all(rows)
        session.flush()

        # The best matches for the demo objectives: target functions, reachable, ideally with notes.
        by_fit = sorted(
            (c for c in rows if c.email),
            key=lambda c: (
                not any(
                    f in (c.title or "").lower()
                    for f in ("data", "machine", "ml", "platform", "scientist", "infrastructure")
                ),
                c.notes is None,
                rng.random(),
            ),
        )
        chosen = by_fit[: drafts + (16 if history else 0)]
        written = 0
        for index, contact in enumerate(chosen):
            generated = now - timedelta(minutes=7 * (len(chosen) - index))
            message = Message(
                user_id=user_id,
                contact_id=contact.id,
                status=MessageStatus.PENDING,
                created_at=generated,
                generated_at=generated,
            )
            write_draft(message, contact, sender, seed=seed * 1000 + index)
            contact.discovered_at = generated
            if index >= drafts:  # the older ones become last week's outreach
                _as_history(message, rng, now, index - drafts)
            else:
                written += 1
            session.add(message)
    return len(rows), written


def _as_history(message: Message, rng: random.Random, now, position: int) -> None:
    days_ago = 1 + position % 6
    when = now - timedelta(days=days_ago, hours=rng.randrange(1, 8))
    message.created_at = message.generated_at = when - timedelta(hours=2)
    if position % 8 == 7:
        message.status = MessageStatus.REJECTED
        message.rejected_at = when
        message.rejection_reason = "too_generic"
        return
    message.status = MessageStatus.SENT
    message.approved_at = message.scheduled_at = when - timedelta(minutes=30)
    message.sent_at = when
    if position % 4 == 1:
        message.status = MessageStatus.REPLIED
        message.replied_at = when + timedelta(hours=5)


def ensure_demo(
    email: str, password: str, *, contacts: int = 300, drafts: int = 24, reset: bool = False
) -> DemoResult:
    """Create the demo account and its data unless it is already there."""
    email = email.strip().lower()
    with db.writing() as session:
        existing = session.scalar(select(User).where(User.email == email))
        if existing is not None and reset:
            session.delete(existing)
            existing = None
        if existing is not None:
            return DemoResult(email, password, created=False)
        user = User(
            email=email,
            name=DEMO_NAME,
            password_hash=security.hash_password(password),
            timezone="Europe/Berlin",
        )
        session.add(user)
        session.flush()
        user_id = user.id
    n_contacts, n_drafts = populate(user_id, contacts=contacts, drafts=drafts)
    return DemoResult(email, password, created=True, contacts=n_contacts, drafts=n_drafts)
