"""Demo data: an account with a parsed resume, objectives, a generated directory of thousands of
people, and drafts to the best matches written and scored by the real drafter."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert, select

from careeros import followups, matching, security
from careeros.demo.directory import people
from careeros.drafting.stage import draft_one, fill_for
from careeros.onboarding.extract import read_text
from careeros.onboarding.parser import parse
from careeros.onboarding.resumes import store_profile
from models import (
    Contact,
    Message,
    MessageStatus,
    Objectives,
    ResumeUpload,
    UploadStatus,
    User,
    db,
    move,
    new_id,
    utcnow,
)

DEMO_NAME = "Dana Demo"
DEMO_OBJECTIVES = {
    "target_roles": ["Senior Data Engineer", "Data Platform Engineer", "Machine Learning Engineer"],
    "target_companies": [],
    "locations": [],
    "exclusions": {"companies": ["Northwind Logistics"], "keywords": ["recruiter"]},
}


def demo_resume() -> str:
    """The demo job seeker's resume, as plain text: parsed like any upload."""
    return """Dana Demo
Data Engineer
dana.demo@example.com | +49 30 5550 1234 | Berlin, Germany

Summary
Data engineer who builds reliable batch and streaming pipelines and the platforms that run them.

Experience
Data Engineer, Northwind Logistics | 2021 – Present
- Built the Kafka and Apache Spark pipelines behind real-time shipment tracking.
- Moved nightly batch jobs to Airflow and dbt, halving their run time.
Software Engineer, Contoso Health | 2018 – 2021
- Developed Python services for clinical data exchange on Kubernetes.

Education
BSc in Computer Science, University of Michigan, 2018

Skills
Python, SQL, Apache Spark, Kafka, Airflow, dbt, Kubernetes, Machine Learning
"""


@dataclass
class DemoResult:
    email: str
    password: str
    created: bool
    contacts: int = 0
    drafts: int = 0


def add_directory(session, user_id: str, count: int, seed: int, source: str = "demo") -> int:
    """Insert `count` generated people in bulk, normalised for matching. Their addresses are at
    reserved domains (RFC 2606: `stripe.example`), so no guess at a real person's address exists."""
    now = utcnow()
    rows = []
    for person in people(count, seed=seed, reserved_domains=True):
        contact = Contact(
            user_id=user_id,
            name=person.name,
            title=person.title,
            company=person.company,
            email=person.email or None,
            linkedin_url=person.linkedin_url,
            location=person.location,
            notes=person.notes,
        )
        matching.apply_normalized(contact)
        rows.append(
            {
                "id": new_id("contact"),
                "user_id": user_id,
                "name": contact.name,
                "title": contact.title,
                "company": contact.company,
                "email": contact.email,
                "linkedin_url": contact.linkedin_url,
                "location": contact.location,
                "notes": contact.notes,
                "source": source,
                "do_not_contact": False,
                "undeliverable": False,
                "title_norm": contact.title_norm,
                "company_norm": contact.company_norm,
                "location_norm": contact.location_norm,
                "linkedin_norm": contact.linkedin_norm,
                "created_at": now,
                "updated_at": now,
            }
        )
    for start in range(0, len(rows), 1000):
        session.execute(insert(Contact), rows[start : start + 1000])
    return len(rows)


def add_profile(session, user_id: str, resume: str) -> None:
    data = resume.encode()
    parsed = parse(read_text(data))
    now = utcnow()
    upload = ResumeUpload(
        user_id=user_id,
        filename="dana-demo-resume.txt",
        kind="text",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        status=UploadStatus.COMPLETE,
        extracted=parsed,
        created_at=now,
        completed_at=now,
    )
    session.add(upload)
    session.flush()
    store_profile(session, upload, parsed, now)


def add_objectives(session, user_id: str, objectives: dict) -> Objectives:
    row = Objectives(
        user_id=user_id,
        target_roles=objectives["target_roles"],
        target_companies=objectives["target_companies"],
        locations=objectives["locations"],
        excluded_companies=objectives["exclusions"]["companies"],
        excluded_keywords=objectives["exclusions"]["keywords"],
    )
    session.add(row)
    session.flush()
    return row


def populate(
    user_id: str,
    *,
    contacts: int = 300,
    drafts: int = 15,
    history: bool = True,
    seed: int = 7,
    objectives: dict | None = None,
    resume: str | None = None,
) -> tuple[int, int]:
    """Give a user a resume-based profile, objectives, a directory and pending drafts to their best
    matches, written by the drafting stage itself (and, with `history`, a week of past outreach)."""
    rng = random.Random(seed)
    now = utcnow()
    with db.writing() as session:
        add_profile(session, user_id, resume or demo_resume())
        add_objectives(session, user_id, objectives or DEMO_OBJECTIVES)
        added = add_directory(session, user_id, contacts, seed)
    past = 16 if history else 0
    with db.writing() as session:
        user = session.get_one(User, user_id)
        fill_for(session, user, now, drafts + past)
    while draft_one(now, user_id):
        pass
    with db.writing() as session:
        written = session.scalars(
            select(Message)
            .where(Message.user_id == user_id, Message.status == MessageStatus.PENDING)
            .order_by(Message.created_at, Message.id)
        ).all()
        for index, message in enumerate(written):
            message.generated_at = message.created_at = now - timedelta(minutes=7 * (len(written) - index))
        user = session.get_one(User, user_id)
        for index, message in enumerate(written):
            if index < past:  # the oldest become last week's outreach
                _as_history(message, rng, now, index)
            if message.status == MessageStatus.SENT:  # their follow-ups come due like anyone's
                message.thread_id = message.id
                followups.schedule_after(message, user)
        user.discovery_due_at = now  # discovery finds the remaining matches
    return added, len(written) - past


def _as_history(message: Message, rng: random.Random, now, position: int) -> None:
    days_ago = 1 + position % 6
    when = now - timedelta(days=days_ago, hours=rng.randrange(1, 8))
    message.created_at = message.generated_at = when - timedelta(hours=2)
    if position % 8 == 7:
        move(message, MessageStatus.REJECTED, now, at=when)
        message.rejection_reason = "too_generic"
        return
    # the path every sent message takes: approved, handed to a sender, accepted
    move(message, MessageStatus.APPROVED, now, at=when - timedelta(minutes=30))
    message.scheduled_at = message.approved_at
    move(message, MessageStatus.SENDING, now)
    message.send_started_at = when
    move(message, MessageStatus.SENT, now, at=when)
    if position % 4 == 1:
        move(message, MessageStatus.REPLIED, now, at=when + timedelta(hours=5))


def ensure_demo(
    email: str, password: str, *, contacts: int = 5000, drafts: int = 24, reset: bool = False
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
