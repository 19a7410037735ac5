"""Contact imports from CSV: LinkedIn's Connections.csv, Apollo exports and a generic layout.

A bad row is reported with its row number and reason and never stops the rest; a contact that
is already there (same email, or same LinkedIn profile) is updated, or skipped when nothing
about it changed. The whole import is one transaction: it lands completely or not at all.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select

from careeros.matching import apply_normalized, normalize_linkedin
from models import Contact, User, db, utcnow
from models.errors import InvalidRequest

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_ERRORS_LISTED = 200
FIELDS = ("name", "title", "company", "email", "linkedin_url", "location", "notes")
LIMITS = {
    "name": 200,
    "title": 200,
    "company": 200,
    "email": 254,
    "linkedin_url": 500,
    "location": 200,
    "notes": 4000,
}


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


# Each format: the header keys that identify it, and where each field comes from.
FORMATS: dict[str, dict] = {
    "linkedin": {
        "signature": {"first_name", "last_name", "url", "company", "position"},
        "first_name": ("first_name",),
        "last_name": ("last_name",),
        "title": ("position",),
        "company": ("company",),
        "email": ("email_address",),
        "linkedin_url": ("url",),
        "location": (),
        "notes": (),
    },
    "apollo": {
        "signature": {"first_name", "last_name", "title", "company", "person_linkedin_url"},
        "first_name": ("first_name",),
        "last_name": ("last_name",),
        "title": ("title",),
        "company": ("company", "company_name", "company_name_for_emails"),
        "email": ("email",),
        "linkedin_url": ("person_linkedin_url",),
        "location": ("city", "state", "country"),
        "notes": (),
    },
    "generic": {
        "signature": set(),
        "name": ("name", "full_name", "contact_name"),
        "first_name": ("first_name", "firstname", "given_name"),
        "last_name": ("last_name", "lastname", "surname", "family_name"),
        "title": ("title", "job_title", "position", "role", "headline"),
        "company": ("company", "company_name", "organization", "organisation", "employer"),
        "email": ("email", "email_address", "e_mail", "work_email"),
        "linkedin_url": ("linkedin_url", "linkedin", "linkedin_profile", "profile_url", "url"),
        "location": ("location", "city", "region", "country"),
        "notes": ("notes", "note", "about", "bio"),
    },
}


@dataclass
class Report:
    format: str = "generic"
    rows: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[dict] = field(default_factory=list)
    error_count: int = 0

    def error(self, row: int, reason: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS_LISTED:
            self.errors.append({"row": row, "reason": reason})

    def as_dict(self) -> dict:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": self.errors,
            "error_count": self.error_count,
            "rows": self.rows,
            "format": self.format,
        }


def decode(data: bytes) -> str:
    if not data.strip():
        raise InvalidRequest("The file is empty", field="file")
    if b"\x00" in data[:4096]:
        raise InvalidRequest("The file is not a CSV text file", field="file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's export on Windows


def _find_header(lines: list[str]) -> int:
    """LinkedIn prefixes its header with a 'Notes:' preamble; find the real header line."""
    for index, line in enumerate(lines[:30]):
        keys = {_key(cell) for cell in next(csv.reader([line]), [])}
        if ({"first_name", "last_name"} <= keys or "name" in keys or "full_name" in keys) and len(keys) >= 2:
            return index
    return 0


def _detect(keys: set[str]) -> str:
    for name in ("linkedin", "apollo"):
        if FORMATS[name]["signature"] <= keys:
            return name
    return "generic"


def _pick(row: dict, names: tuple[str, ...], *, join: bool = False) -> str:
    values = [row.get(n, "").strip() for n in names if row.get(n, "").strip()]
    if join:
        return ", ".join(values)
    return values[0] if values else ""


def rows(text: str, report: Report) -> Iterator[tuple[int, dict]]:
    """(row number as a spreadsheet shows it, the contact fields) for each data row."""
    # Only line breaks end lines (str.splitlines would also split on \x1c, \x85 and friends).
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = _find_header(lines)
    reader = csv.reader(io.StringIO("\n".join(lines[start:])))
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidRequest("The file has no header row", field="file") from None
    except csv.Error as exc:
        raise InvalidRequest(f"The header row is not readable CSV ({exc})", field="file") from None
    keys = [_key(h) for h in header]
    if not any(keys):
        raise InvalidRequest("The file has no header row", field="file")
    report.format = _detect(set(keys))
    spec = FORMATS[report.format]
    if report.format == "generic" and not (
        {"name", "full_name", "contact_name"} & set(keys) or ({"first_name", "last_name"} <= set(keys))
    ):
        raise InvalidRequest(
            "The header names no name column (name, or first_name and last_name)", field="file"
        )
    record_end = start + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report.rows += 1
            report.error(record_end + 1, f"unreadable CSV: {exc}")
            record_end = start + reader.line_num
            continue
        row_number = record_end + 1
        record_end = start + reader.line_num
        if not any(c.strip() for c in cells):
            continue
        report.rows += 1
        if len(cells) > len(keys) and any(c.strip() for c in cells[len(keys) :]):
            report.error(row_number, f"{len(cells)} values for {len(keys)} columns (an unquoted comma?)")
            continue
        row = dict(zip(keys, cells, strict=False))
        name = _pick(row, spec.get("name", ()))
        if not name:
            name = " ".join(p for p in (_pick(row, spec["first_name"]), _pick(row, spec["last_name"])) if p)
        yield (
            row_number,
            {
                "name": name,
                "title": _pick(row, spec["title"]),
                "company": _pick(row, spec["company"]),
                "email": _pick(row, spec["email"]),
                "linkedin_url": _pick(row, spec["linkedin_url"]),
                "location": _pick(row, spec["location"], join=report.format == "apollo"),
                "notes": _pick(row, spec["notes"]),
            },
        )


def validate(values: dict) -> tuple[dict | None, str | None]:
    """Clean one row's fields, or say why the row cannot be imported."""
    cleaned = {k: " ".join(v.split()) if k != "notes" else v.strip() for k, v in values.items()}
    if not cleaned["name"]:
        return None, "no name"
    for key, limit in LIMITS.items():
        if len(cleaned[key]) > limit:
            return None, f"{key} is longer than {limit} characters"
        if "\x00" in cleaned[key]:
            return None, f"{key} contains a NUL character"
    if cleaned["email"]:
        try:
            validate_email(cleaned["email"], check_deliverability=False)
        except EmailNotValidError as exc:
            return None, f"email {cleaned['email']!r} is not valid: {exc}"
        cleaned["email"] = cleaned["email"].lower()
    if cleaned["linkedin_url"] and not re.match(
        r"^(https?://)?([\w-]+\.)*linkedin\.com/", cleaned["linkedin_url"], re.I
    ):
        return None, f"linkedin_url {cleaned['linkedin_url']!r} is not a LinkedIn address"
    return {k: (v or None) for k, v in cleaned.items()}, None


def import_csv(
    user_id: str, data: bytes, *, source: str = "import", progress: Callable[[int], None] | None = None
) -> dict:
    text = decode(data)
    report = Report()
    now = utcnow()
    with db.writing() as session:
        existing = session.scalars(select(Contact).where(Contact.user_id == user_id)).all()
        by_email = {c.email.lower(): c for c in existing if c.email}
        by_profile = {c.linkedin_norm: c for c in existing if c.linkedin_norm}
        for row_number, values in rows(text, report):
            if progress:
                progress(1)
            cleaned, problem = validate(values)
            if problem or cleaned is None:
                report.error(row_number, problem or "The row cannot be imported")
                continue
            profile = normalize_linkedin(cleaned["linkedin_url"])
            contact = (by_email.get(cleaned["email"]) if cleaned["email"] else None) or (
                by_profile.get(profile) if profile else None
            )
            if contact is None:
                contact = Contact(
                    user_id=user_id,
                    source=source,
                    created_at=now,
                    updated_at=now,
                    **{k: cleaned[k] for k in FIELDS},
                )
                apply_normalized(contact)
                session.add(contact)
                report.imported += 1
            else:
                changes = {k: v for k, v in cleaned.items() if v is not None and getattr(contact, k) != v}
                if not changes:
                    report.skipped += 1
                    continue
                for key, value in changes.items():
                    setattr(contact, key, value)
                contact.updated_at = now
                apply_normalized(contact)
                report.updated += 1
            if contact.email:
                by_email[contact.email.lower()] = contact
            if contact.linkedin_norm:
                by_profile[contact.linkedin_norm] = contact
        if report.imported or report.updated:
            session.get_one(
                User, user_id
            ).discovery_due_at = now  # new people to match against the objectives
    return report.as_dict()
