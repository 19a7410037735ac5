"""People a user may write to, each owned by exactly one user."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, new_id, utcnow


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_user_company", "user_id", "company"),
        Index("ix_contacts_user_email", "user_id", "email"),
        Index("ix_contacts_user_discovered", "user_id", "discovered_at"),
        Index("ix_contacts_user_linkedin", "user_id", "linkedin_norm"),
        # Matching finds rows by exact title and tests the place on the index entry.
        Index("ix_contacts_user_title_location", "user_id", "title_norm", "location_norm"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("contact"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200), nullable=True)
    company: Mapped[str | None] = mapped_column(String(200), nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    linkedin_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    location: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # Facts drafting may cite: a paper, a project, a talk.
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(String(32), default="manual")
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    undeliverable: Mapped[bool] = mapped_column(Boolean, default=False)
    # Normalised forms the matcher compares (written by the core with the row): a title with
    # abbreviations expanded and seniority dropped, padded with spaces for whole-word LIKEs.
    title_norm: Mapped[str] = mapped_column(String(300), default="", server_default="")
    company_norm: Mapped[str] = mapped_column(String(200), default="", server_default="")
    location_norm: Mapped[str] = mapped_column(String(200), default="", server_default="")
    linkedin_norm: Mapped[str | None] = mapped_column(String(300), nullable=True)
    # First time matching picked this contact for the user: what `contacts_discovered` counts.
    discovered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # An auto-reply said they are away until then: no follow-up goes before it.
    away_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name

    def summary(self) -> dict:
        """The contact as its messages and their webhook events show it."""
        return summary(self.id, self.name, self.title, self.company)


def summary(contact_id: str, name: str, title: str | None, company: str | None) -> dict:
    return {"id": contact_id, "name": name, "title": title, "company": company}
