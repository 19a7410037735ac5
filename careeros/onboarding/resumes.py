"""Resume uploads: accepted by type-from-content, parsed by the worker in a sandbox, and the
profile the newest one yields (what matching and drafting know of the user)."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import datetime, timedelta

from sqlalchemy import or_, select

from careeros.errors import InvalidRequest, NotFound, PayloadTooLarge, UnsupportedMediaType
from careeros.onboarding.detect import NotAResume, detect_kind
from careeros.onboarding.sandbox import ParseFailed, parse_isolated
from careeros.onboarding.taxonomy import load as load_taxonomy
from careeros.timefmt import iso
from models import Profile, ResumeUpload, UploadStatus, db, utcnow

log = logging.getLogger("careeros.onboarding")

MAX_RESUME_BYTES = 5 * 1024 * 1024
LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 3


# ---- resume upload -------------------------------------------------------------------------


def _safe_filename(name: str | None) -> str:
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in base if c.isprintable() and c not in '<>:"|?*').strip()
    return base[:200] or "resume"


def upload_view(upload: ResumeUpload) -> dict:
    return {
        "upload_id": upload.id,
        "status": upload.status,
        "filename": upload.filename,
        "file_type": upload.kind,
        "size": upload.size,
        "uploaded_at": iso(upload.created_at),
    }


def accept_resume(user_id: str, filename: str | None, data: bytes) -> dict:
    """Store an upload for the worker to parse; its type is decided by its bytes alone."""
    if not data:
        raise InvalidRequest("The file is empty", field="file")
    if len(data) > MAX_RESUME_BYTES:
        raise PayloadTooLarge(f"The file is larger than {MAX_RESUME_BYTES // (1024 * 1024)} MB", field="file")
    try:
        kind = detect_kind(data)
    except NotAResume as exc:
        raise UnsupportedMediaType(str(exc), field="file") from None
    upload = ResumeUpload(
        user_id=user_id,
        filename=_safe_filename(filename),
        kind=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
        status=UploadStatus.PROCESSING,
        created_at=utcnow(),
    )
    with db.writing() as session:
        session.add(upload)
        session.flush()
        return upload_view(upload)


def resume_status(user_id: str, upload_id: str) -> dict:
    with db.reading() as session:
        upload = session.scalar(
            select(ResumeUpload).where(ResumeUpload.id == upload_id, ResumeUpload.user_id == user_id)
        )
        if upload is None:
            raise NotFound("Upload not found")
        extracted = None
        if upload.status == UploadStatus.COMPLETE and upload.extracted:
            extracted = {
                k: upload.extracted.get(k)
                for k in ("name", "email", "phone", "skills", "experience", "education")
            }
        return {
            **upload_view(upload),
            "extracted_data": extracted,
            "error": upload.error,
            "completed_at": iso(upload.completed_at),
        }


def _claim_upload(now: datetime) -> tuple[str, bytes, str] | None:
    """Take the oldest upload nobody is parsing, under a lease; give up on ones that keep failing."""
    with db.writing() as session:
        upload = session.scalar(
            select(ResumeUpload)
            .where(
                ResumeUpload.status == UploadStatus.PROCESSING,
                or_(ResumeUpload.lease_until.is_(None), ResumeUpload.lease_until < now),
            )
            .order_by(ResumeUpload.created_at)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        if upload is None:
            return None
        if upload.attempts >= MAX_ATTEMPTS or upload.content is None:
            upload.status = UploadStatus.FAILED
            upload.error = f"The file could not be read after {upload.attempts} attempts"
            upload.completed_at, upload.lease_until, upload.content = now, None, None
            return _claim_upload(now)
        upload.attempts += 1
        upload.lease_until = now + LEASE
        return upload.id, upload.content, upload.kind


def parse_due(now: datetime) -> int:
    """Worker stage: parse one waiting upload outside any transaction, then record the result."""
    claimed = _claim_upload(now)
    if claimed is None:
        return 0
    upload_id, content, kind = claimed
    try:
        result, error = parse_isolated(content, kind), None
    except ParseFailed as exc:
        result, error = None, str(exc)
    finished = utcnow()
    with db.writing() as session:
        upload = session.get(ResumeUpload, upload_id, with_for_update=True)
        if upload is None or upload.status != UploadStatus.PROCESSING:
            return 1
        upload.lease_until, upload.completed_at, upload.content = None, finished, None
        if error:
            upload.status, upload.error = UploadStatus.FAILED, error
            log.info("resume %s failed: %s", upload_id, error)
            return 1
        upload.status, upload.extracted = UploadStatus.COMPLETE, result
        store_profile(session, upload, result, finished)
    return 1


def store_profile(session, upload: ResumeUpload, result: dict, now: datetime) -> None:
    profile = session.get(Profile, upload.user_id) or Profile(user_id=upload.user_id)
    profile.upload_id = upload.id
    profile.name, profile.email, profile.phone = result["name"], result["email"], result["phone"]
    profile.skills, profile.experience, profile.education = (
        result["skills"],
        result["experience"],
        result["education"],
    )
    context = " ".join(f"{e.get('title') or ''} {e.get('company') or ''}" for e in result["experience"])
    profile.skills_normalized = load_taxonomy().normalise(
        result["skills"], context + " " + " ".join(result.get("keywords", []))
    )
    profile.updated_at = now
    session.add(profile)


def profile_of(session, user_id: str) -> Profile | None:
    return session.get(Profile, user_id)
