"""Onboarding: uploaded resumes (a queue the worker parses), the parsed profile, the objectives."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, new_id, utcnow


class UploadStatus(enum.StrEnum):
    PROCESSING = "processing"
    COMPLETE = "complete"
    FAILED = "failed"


class ResumeUpload(Base):
    __tablename__ = "resume_uploads"
    __table_args__ = (
        CheckConstraint("status IN ('processing', 'complete', 'failed')", name="status_valid"),
        Index("ix_resume_uploads_due", "status", "lease_until"),
        Index("ix_resume_uploads_user", "user_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("upload"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(8))  # pdf | docx | text, from the bytes
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Kept in the database so any worker on any machine can parse it; cleared once parsed.
    content: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=UploadStatus.PROCESSING.value)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    extracted: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Profile(Base):
    """What the newest parsed resume says about the user: what drafting and matching use."""

    __tablename__ = "profiles"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    upload_id: Mapped[str | None] = mapped_column(
        ForeignKey("resume_uploads.id", ondelete="SET NULL"), nullable=True
    )
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    skills: Mapped[list] = mapped_column(JSON, default=list)  # as the resume prints them
    skills_normalized: Mapped[list] = mapped_column(JSON, default=list)  # taxonomy names
    experience: Mapped[list] = mapped_column(JSON, default=list)
    education: Mapped[list] = mapped_column(JSON, default=list)
    # How sure the reading of each field is (0–1); a field the user corrected is 1.
    confidence: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    # The fields the user corrected (PUT/PATCH /onboarding/profile): a newer upload keeps them.
    corrected: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Objectives(Base):
    __tablename__ = "objectives"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    target_roles: Mapped[list] = mapped_column(JSON, default=list)
    target_companies: Mapped[list] = mapped_column(JSON, default=list)
    locations: Mapped[list] = mapped_column(JSON, default=list)
    # Only contacts whose location is known and wanted; by default, those without one match too.
    strict_locations: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    excluded_companies: Mapped[list] = mapped_column(JSON, default=list)
    excluded_keywords: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
