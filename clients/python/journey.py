"""The app-team journey, through the generated Python client (build/clients/python).

    PYTHONPATH=build/clients/python python clients/python/journey.py BASE_URL EMAIL

register → login → upload a resume and wait for its reading → correct the profile → objectives
→ wait for drafts (written from the corrected profile) → approve one with edits → reject one →
bulk-approve → pause → status → resume → dashboard → refresh the token → a 404 and a 400,
checking that the client surfaces the error envelope's `code`. Exits non-zero on any surprise.
"""

from __future__ import annotations

import json
import sys
import time

from careeros_client import AuthenticatedClient, Client
from careeros_client.api.analytics import get_dashboard
from careeros_client.api.auth import login, refresh_token, register
from careeros_client.api.messages import (
    approve_message,
    bulk_approve,
    get_message,
    list_pending,
    reject_message,
)
from careeros_client.api.onboarding import (
    correct_profile,
    get_profile,
    get_resume_status,
    save_objectives,
    upload_resume,
)
from careeros_client.api.system import get_status, pause, resume
from careeros_client.models import (
    ApproveRequest,
    BulkApproveRequest,
    DashboardPeriod,
    ErrorResponse,
    ExperienceInput,
    LoginRequest,
    MessageEdits,
    ObjectivesInput,
    ProfilePatch,
    RefreshRequest,
    RegisterRequest,
    RejectionReason,
    RejectRequest,
    ResumeUploadForm,
)
from careeros_client.types import File

PASSWORD = "journey-password-123"
MISSING = "msg_0000000000000000000000000z"
RESUME = b"""Robin Journey
robin.journey@example.com | +1 415 555 0134

EXPERIENCE
Backend Engineer, Initech Ltd. (Austin, TX)    2019 - Present

EDUCATION
BSc Computer Science, University of Texas, 2018

SKILLS
Python / Go / PostgreSQL
"""
CORRECTED_COMPANY = "Quillfeather Robotics"


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"journey failed: {what}")


def ok(response, status: int = 200):
    check(
        response.status_code == status, f"expected {status}, got {response.status_code}: {response.content!r}"
    )
    return response.parsed.data


def main(base_url: str, email: str) -> None:
    anonymous = Client(base_url=base_url, raise_on_unexpected_status=True)
    registered = ok(
        register.sync_detailed(
            client=anonymous, body=RegisterRequest(email=email, password=PASSWORD, name="Py Journey")
        ),
        201,
    )
    check(registered.user.email == email, "register answers the new user")
    session = ok(
        login.sync_detailed(client=anonymous, body=LoginRequest(email=email, password=PASSWORD))
    ).session
    client = AuthenticatedClient(base_url=base_url, token=session.token, raise_on_unexpected_status=True)

    upload = ok(
        upload_resume.sync_detailed(
            client=client,
            body=ResumeUploadForm(file=File(payload=RESUME, file_name="robin.txt", mime_type="text/plain")),
        ),
        202,
    )
    deadline = time.monotonic() + 60
    status = ok(get_resume_status.sync_detailed(upload.upload_id, client=client))
    while status.status == "processing" and time.monotonic() < deadline:
        time.sleep(0.3)
        status = ok(get_resume_status.sync_detailed(upload.upload_id, client=client))
    check(status.status == "complete", f"the resume is read ({status.status}: {status.error})")
    check(status.extracted_data.name == "Robin Journey", "the name is read")
    check(0 <= status.confidence.experience <= 1, "each field says how sure its reading is")
    corrected = ok(
        correct_profile.sync_detailed(
            client=client,
            body=ProfilePatch(
                experience=[
                    ExperienceInput(title="Backend Engineer", company=CORRECTED_COMPANY, end="present")
                ]
            ),
        )
    )
    check(corrected.corrected_fields == ["experience"], "the correction is the person's")
    profile = ok(get_profile.sync_detailed(client=client))
    check(profile.experience[0].company == CORRECTED_COMPANY, "the profile keeps the correction")

    ok(
        save_objectives.sync_detailed(
            client=client, body=ObjectivesInput(target_roles=["Backend Engineer", "Platform Engineer"])
        )
    )
    deadline = time.monotonic() + 90
    drafts = []
    while time.monotonic() < deadline:
        drafts = ok(list_pending.sync_detailed(client=client, limit=10)).drafts
        if len(drafts) >= 3:
            break
        time.sleep(0.5)
    check(len(drafts) >= 3, f"drafts appear (got {len(drafts)})")
    bodies = " ".join(d.message.body for d in drafts)
    check(
        CORRECTED_COMPANY.split()[0] in bodies and "Initech" not in bodies, "drafts use the corrected profile"
    )

    edits = MessageEdits(
        subject="A question about your platform team", body="Hi,\n\nEdited in the Python journey.\n\nBest"
    )
    approved = ok(
        approve_message.sync_detailed(
            drafts[0].id, client=client, body=ApproveRequest(schedule="immediate", edits=edits)
        )
    ).message
    check(approved.status == "approved" and approved.scheduled_at is not None, "approve with edits")
    shown = ok(get_message.sync_detailed(drafts[0].id, client=client))
    check(shown.message.subject == edits.subject and shown.edited, "the edits are what will be sent")
    rejected = ok(
        reject_message.sync_detailed(
            drafts[1].id,
            client=client,
            body=RejectRequest(reason=RejectionReason.TOO_GENERIC, feedback="More specific"),
        )
    )
    check(rejected.status == "rejected", "reject with a reason")
    bulk = ok(
        bulk_approve.sync_detailed(
            client=client, body=BulkApproveRequest(message_ids=[drafts[2].id, MISSING])
        )
    )
    check(bulk.approved == 1 and bulk.failed == 1 and bulk.failures[0].code == "NOT_FOUND", "bulk-approve")

    check(ok(pause.sync_detailed(client=client)).status == "paused", "pause")
    check(ok(get_status.sync_detailed(client=client)).status == "paused", "status while paused")
    check(ok(resume.sync_detailed(client=client)).status == "active", "resume")
    dashboard = ok(get_dashboard.sync_detailed(client=client, period=DashboardPeriod.WEEK))
    check(dashboard.messages_generated >= 3, "dashboard counts the drafts")

    refreshed = ok(
        refresh_token.sync_detailed(
            client=anonymous, body=RefreshRequest(refresh_token=session.refresh_token)
        )
    )
    check(refreshed.refresh_token != session.refresh_token, "the refresh token rotates")
    client = AuthenticatedClient(base_url=base_url, token=refreshed.token, raise_on_unexpected_status=True)

    missing = get_message.sync_detailed(MISSING, client=client)
    check(
        missing.status_code == 404 and isinstance(missing.parsed, ErrorResponse), "404 is an error envelope"
    )
    check(missing.parsed.error.code == "NOT_FOUND", "404 code")
    bad = list_pending.sync_detailed(client=client, limit=50)
    check(bad.status_code == 400 and isinstance(bad.parsed, ErrorResponse), "400 is an error envelope")
    check(
        bad.parsed.error.code == "INVALID_REQUEST" and bad.parsed.error.field == "limit", "400 code and field"
    )
    print(
        json.dumps(
            {
                "journey": "python",
                "ok": True,
                "drafts": len(drafts),
                "corrected": profile.experience[0].company,
                "not_found": missing.parsed.error.code,
                "invalid": bad.parsed.error.code,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
