"""Objectives (whom the user wants to reach) and the simulation of whom they would reach."""

from __future__ import annotations

from careeros import matching
from careeros.timefmt import iso
from models import Objectives, User, db, utcnow
from models.errors import Conflict, NotFound
from models.text import tidy

SAMPLE_SIZE = 5


def _distinct(values: list[str] | None) -> list[str]:
    seen, kept = set(), []
    for value in values or []:
        value = tidy(value)
        if value and value.lower() not in seen:
            seen.add(value.lower())
            kept.append(value)
    return kept


def objectives_view(objectives: Objectives) -> dict:
    return {
        "target_roles": objectives.target_roles,
        "target_companies": objectives.target_companies,
        "locations": objectives.locations,
        "strict_locations": bool(objectives.strict_locations),
        "exclusions": {"companies": objectives.excluded_companies, "keywords": objectives.excluded_keywords},
        "updated_at": iso(objectives.updated_at),
    }


def save_objectives(user_id: str, body: dict) -> dict:
    roles = _distinct(body.get("target_roles"))
    exclusions = body.get("exclusions") or {}
    now = utcnow()
    with db.writing() as session:
        objectives = session.get(Objectives, user_id, with_for_update=True) or Objectives(user_id=user_id)
        objectives.target_roles = roles
        objectives.target_companies = _distinct(body.get("target_companies"))
        objectives.locations = _distinct(body.get("locations"))
        objectives.strict_locations = bool(body.get("strict_locations", False))
        objectives.excluded_companies = _distinct(exclusions.get("companies"))
        objectives.excluded_keywords = _distinct(exclusions.get("keywords"))
        objectives.updated_at = now
        session.add(objectives)
        session.get_one(User, user_id).discovery_due_at = now  # matching runs again with the new objectives
    return {"objectives_saved": True, "updated_at": iso(now)}


def get_objectives(user_id: str) -> dict:
    with db.reading() as session:
        objectives = session.get(Objectives, user_id)
        if objectives is None:
            raise NotFound("No objectives saved yet; POST /onboarding/objectives first")
        return objectives_view(objectives)


# ---- simulation ----------------------------------------------------------------------------

HIGH_REACHABLE = 50
MEDIUM_REACHABLE = 10


def confidence(reachable: int) -> str:
    """high: 50+ matches with an email address; medium: 10–49; low: fewer (documented in the spec)."""
    if reachable >= HIGH_REACHABLE:
        return "high"
    if reachable >= MEDIUM_REACHABLE:
        return "medium"
    return "low"


def simulate(user_id: str) -> dict:
    with db.reading() as session:
        criteria = matching.criteria_for(session, user_id)
        if criteria is None:
            raise Conflict(
                "Set objectives first (POST /onboarding/objectives); without them there is nothing to match"
            )
        found = matching.matches(session, criteria, user_id)
    reachable = sum(m.has_email for m in found)
    unknown = sum(1 for m in found if not m.location_norm) if (criteria.locations or criteria.remote) else 0
    return {
        "estimated_matches": len(found),
        "reachable_matches": reachable,
        "sample_contacts": [
            {
                "contact_id": m.contact_id,
                "name": m.name,
                "title": m.title,
                "company": m.company,
                "score": m.score,
                "reason": criteria.reasons(m),
                "sample": m.sample,
            }
            for m in matching.best(found, SAMPLE_SIZE, user_id)
        ],
        "confidence": confidence(reachable),
        "unknown_location": unknown,
        "sample_matches": sum(m.sample for m in found),
    }
