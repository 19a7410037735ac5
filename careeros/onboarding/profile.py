"""The profile a person can read and correct: the newest resume's reading with their corrections
over it. Drafting and matching use it; a field the person corrected is theirs (confidence 1) and
a newer upload keeps it, saying so in its status (`kept_fields`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from careeros.onboarding.taxonomy import load as load_taxonomy
from careeros.timefmt import iso
from models import USER_LOCK, Profile, User, db, utcnow
from models.errors import NotFound

FIELDS = ("name", "email", "phone", "skills", "experience", "education")
# Below this a field is shown to the person but not stated as a fact in a draft.
LOW_CONFIDENCE = 0.6
_JOB_KEYS = ("title", "company", "duration", "start", "end", "location")
_SCHOOL_KEYS = ("degree", "university", "year")


def _text(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _year(value) -> int | None:
    text = str(value or "").strip()
    return int(text) if text.isdigit() and 1900 <= int(text) <= 2100 else None


def clean_field(field: str, value):
    """A field as stored: text trimmed, skills without repeats, entries with every key."""
    if field in ("name", "email", "phone"):
        return _text(value)
    if field == "skills":
        seen, kept = set(), []
        for skill in value or []:
            skill = _text(skill)
            if skill and skill.lower() not in seen:
                seen.add(skill.lower())
                kept.append(skill)
        return kept
    # An entry with neither a title nor a company (a degree with neither a name nor a school)
    # says nothing and is left out.
    if field == "experience":
        jobs = [
            {
                **{key: _text(entry.get(key)) for key in _JOB_KEYS},
                "highlights": _lines(entry.get("highlights")),
            }
            for entry in value or []
        ]
        return [job for job in jobs if job["title"] or job["company"]]
    schools = [
        {"degree": _text(entry.get("degree")), "university": _text(entry.get("university")),
         "year": _year(entry.get("year"))}
        for entry in value or []
    ]  # fmt: skip
    return [school for school in schools if school["degree"] or school["university"]]


def _lines(value) -> list[str]:
    return [line for line in (_text(v) for v in (value or []) if isinstance(v, str)) if line][:10]


def _normalised_skills(profile: Profile, keywords: list[str] | None = None) -> list[str]:
    context = " ".join(f"{e.get('title') or ''} {e.get('company') or ''}" for e in profile.experience or [])
    return load_taxonomy().normalise(list(profile.skills or []), context + " " + " ".join(keywords or []))


def confidence_of(profile: Profile) -> dict[str, float]:
    """Each field's confidence: 1 where the person corrected it, the reading's otherwise (1 for a
    profile stored before readings had one)."""
    stored = profile.confidence or {}
    corrected = set(profile.corrected or [])
    return {
        field: 1.0 if field in corrected or profile.confidence is None else float(stored.get(field, 0.0))
        for field in FIELDS
    }


def trusted(profile: Profile | None, field: str) -> bool:
    """May drafting state this field as a fact?"""
    return profile is not None and confidence_of(profile)[field] >= LOW_CONFIDENCE


def profile_view(profile: Profile) -> dict:
    return {
        "name": profile.name,
        "email": profile.email,
        "phone": profile.phone,
        "skills": list(profile.skills or []),
        "experience": [
            {**{key: entry.get(key) for key in _JOB_KEYS}, "highlights": list(entry.get("highlights") or [])}
            for entry in profile.experience or []
        ],
        "education": [
            {"degree": e.get("degree"), "university": e.get("university"), "year": _year(e.get("year"))}
            for e in profile.education or []
        ],
        "confidence": confidence_of(profile),
        "corrected_fields": [f for f in FIELDS if f in set(profile.corrected or [])],
        "source_upload_id": profile.upload_id,
        "updated_at": iso(profile.updated_at),
    }


def get_profile(user_id: str) -> dict:
    with db.reading() as session:
        profile = session.get(Profile, user_id)
        if profile is None:
            raise NotFound("No profile yet: upload a resume (POST /onboarding/resume) or PUT one")
        return profile_view(profile)


def _profile_for_update(session: Session, user_id: str) -> Profile:
    session.get(User, user_id, with_for_update=USER_LOCK)  # one correction or upload at a time
    profile = session.get(Profile, user_id)
    if profile is None:
        profile = Profile(
            user_id=user_id, skills=[], experience=[], education=[], skills_normalized=[], corrected=[],
            confidence={field: 0.0 for field in FIELDS},
        )  # fmt: skip
        session.add(profile)
    return profile


def correct(user_id: str, fields: dict) -> dict:
    """Replace the given fields with the person's own; each becomes corrected."""
    with db.writing() as session:
        profile = _profile_for_update(session, user_id)
        corrected = set(profile.corrected or [])
        for field in FIELDS:
            if field in fields:
                setattr(profile, field, clean_field(field, fields[field]))
                corrected.add(field)
        profile.corrected = [f for f in FIELDS if f in corrected]
        if profile.confidence is None:
            profile.confidence = {field: 1.0 for field in FIELDS}
        if {"skills", "experience"} & set(fields):
            profile.skills_normalized = _normalised_skills(profile)
        profile.updated_at = utcnow()
        session.flush()
        return profile_view(profile)


def store_reading(session: Session, upload, result: dict, now) -> list[str]:
    """A parsed upload becomes the profile, except for the fields the person corrected, which
    are kept; the names of those are returned (the upload's status says them)."""
    profile = _profile_for_update(session, upload.user_id)
    corrected = set(profile.corrected or [])
    kept = [field for field in FIELDS if field in corrected]
    for field in FIELDS:
        if field not in corrected:
            setattr(profile, field, clean_field(field, result.get(field)))
    reading = result.get("confidence") or {}
    profile.confidence = {field: round(float(reading.get(field, 1.0)), 2) for field in FIELDS}
    profile.upload_id = upload.id
    profile.skills_normalized = _normalised_skills(profile, result.get("keywords"))
    profile.updated_at = now
    return kept
