"""Resume uploads: accepted by type-from-content, parsed by the worker in a sandbox, and the
profile the newest one yields (what matching and drafting know of the user)."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from careeros.onboarding.detect import NotAResume, detect_kind
from careeros.onboarding.profile import FIELDS, store_reading
from careeros.onboarding.sandbox import ParseFailed, parse_isolated
from careeros.timefmt import iso
from models import USER_LOCK, Profile, Queue, ResumeUpload, UploadStatus, User, db, utcnow
from models.errors import InvalidRequest, NotFound, PayloadTooLarge, RateLimited, UnsupportedMediaType

log = logging.getLogger("careeros.onboarding")

MAX_RESUME_BYTES = 5 * 1024 * 1024
LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 3
# Uploads of one user waiting or being read at once; more is 429 until one finishes.
MAX_IN_FLIGHT = 3
IN_FLIGHT_RETRY_AFTER = 10


# ---- resume upload -------------------------------------------------------------------------


def _safe_filename(name: str | None) -> str:
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in base if c.isprintable() and c not in '<>:"|?*').strip()
    return base[:200] or "resume"


def year_of(value) -> int | None:
    """The year as the contract writes it: an integer (the parser keeps the printed digits)."""
    text = str(value or "").strip()
    return int(text) if text.isdigit() and 1900 <= int(text) <= 2100 else None


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
    now = utcnow()
    upload = ResumeUpload(
        user_id=user_id,
        filename=_safe_filename(filename),
        kind=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
        status=UploadStatus.PROCESSING,
        created_at=now,
    )
    with db.writing() as session:
        # The user's row is locked so that two uploads at once cannot both pass the cap.
        session.get(User, user_id, with_for_update=USER_LOCK)
        in_flight = session.execute(
            select(func.count()).where(
                ResumeUpload.user_id == user_id, ResumeUpload.status == UploadStatus.PROCESSING
            )
        ).scalar_one()
        if in_flight >= MAX_IN_FLIGHT:
            raise RateLimited(
                f"{in_flight} of your resumes are still being read; upload another when one has "
                "finished (GET /onboarding/resume/{upload_id}/status)",
                retry_after=IN_FLIGHT_RETRY_AFTER,
            )
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
        extracted, confidence, warnings, kept = None, None, [], []
        if upload.status == UploadStatus.COMPLETE and upload.extracted:
            reading = upload.extracted
            extracted = {k: reading.get(k) for k in FIELDS}
            extracted["experience"] = [
                {
                    **{k: e.get(k) for k in ("title", "company", "duration", "start", "end", "location")},
                    "highlights": list(e.get("highlights") or []),
                }
                for e in extracted["experience"] or []
            ]
            extracted["education"] = [
                {"degree": e.get("degree"), "university": e.get("university"), "year": year_of(e.get("year"))}
                for e in extracted["education"] or []
            ]
            stored = reading.get("confidence") or {}
            # a reading from before confidences were kept: as sure as it was taken to be then
            confidence = {k: round(float(stored.get(k, 1.0)), 2) for k in FIELDS}
            warnings = list(reading.get("warnings") or [])
            kept = list(reading.get("kept_fields") or [])
            if kept:
                warnings.append(
                    "Your profile keeps your corrections to "
                    + ", ".join(kept)
                    + " (GET /onboarding/profile); this resume's reading of them is in extracted_data"
                )
        return {
            **upload_view(upload),
            "extracted_data": extracted,
            "error": upload.error,
            "completed_at": iso(upload.completed_at),
            "confidence": confidence,
            "warnings": warnings,
            "kept_fields": kept,
        }


def _give_up(_session, upload: ResumeUpload, now: datetime) -> None:
    _settle(upload, now, error=f"The file could not be read after {upload.attempts} attempts")


def _settle(
    upload: ResumeUpload, now: datetime, *, error: str | None = None, result: dict | None = None
) -> None:
    """The one place an upload's status changes: complete with what was read, or failed."""
    upload.lease_until, upload.completed_at, upload.content = None, now, None
    if error is not None:
        upload.status, upload.error = UploadStatus.FAILED, error
    else:
        upload.status, upload.extracted = UploadStatus.COMPLETE, result


UPLOADS = Queue(
    ResumeUpload,
    lease=LEASE,
    attempts="attempts",
    max_attempts=MAX_ATTEMPTS,
    spent=lambda upload: upload.content is None,
    give_up=_give_up,
)


def _claim_upload(now: datetime) -> tuple[str, bytes, str] | None:
    """Take the oldest upload nobody is parsing, under a lease; give up on ones that keep failing.

    Users take turns: an upload of a user who has none being parsed goes before a second one of
    a user who has, so one person's slow files cannot hold everyone else's behind them.
    """
    other = aliased(ResumeUpload)
    busy_user = (
        select(other.id)
        .where(
            other.user_id == ResumeUpload.user_id,
            other.status == UploadStatus.PROCESSING,
            other.lease_until >= now,
        )
        .exists()
    )
    query = (
        select(ResumeUpload)
        .where(ResumeUpload.status == UploadStatus.PROCESSING)
        .order_by(case((busy_user, 1), else_=0), ResumeUpload.created_at)
    )
    with db.writing() as session:
        for upload in UPLOADS.claim(session, query, now):
            return upload.id, upload.content, upload.kind
    return None


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
        if error or result is None:
            _settle(upload, finished, error=error or "The file could not be read")
            log.info("resume %s failed: %s", upload_id, error)
            return 1
        _settle(upload, finished, result=result)
        store_profile(session, upload, result, finished)
    return 1


def store_profile(session, upload: ResumeUpload, result: dict, now: datetime) -> None:
    """The parsed upload becomes the profile (the fields the user corrected are kept, and the
    upload's status names them)."""
    kept = store_reading(session, upload, result, now)
    upload.extracted = {**result, "kept_fields": kept}


def profile_of(session, user_id: str) -> Profile | None:
    return session.get(Profile, user_id)
