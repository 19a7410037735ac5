"""Tests mirror the code: every core module with logic of its own names the test files that test
it, and those files exist. A new module without an entry here fails this test, so its tests are
written with it (`make test`'s coverage report then says how much of it they reach)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ("careeros", "models", "webhooks")

# module (a path under the repository) -> the test files that test it, its own first.
MAP: dict[str, tuple[str, ...]] = {
    "careeros/accounts/__init__.py": (
        "api/test_auth.py",
        "api/test_account.py",
        "postgres/test_lock_order.py",
    ),
    "careeros/accounts/throttle.py": ("api/test_ratelimit.py",),
    "careeros/analytics/__init__.py": ("api/test_analytics.py",),
    "careeros/cli.py": ("e2e/test_cli.py", "e2e/test_make_run.py"),
    "careeros/contacts/__init__.py": ("api/test_contacts.py",),
    "careeros/contacts/importer.py": ("unit/test_contact_import.py", "api/test_contacts.py"),
    "careeros/demo/__init__.py": ("e2e/test_make_run.py", "api/test_messages.py"),
    "careeros/demo/directory.py": ("unit/test_drafting.py",),
    "careeros/drafting/builtin.py": ("unit/test_drafting.py", "unit/test_draft_quality.py"),
    "careeros/drafting/evaluation.py": ("unit/test_draft_quality.py",),
    "careeros/drafting/facts.py": ("unit/test_drafting.py", "api/test_profile.py"),
    "careeros/drafting/feedback.py": ("unit/test_draft_quality.py", "api/test_messages.py"),
    "careeros/drafting/guardrails.py": ("unit/test_drafting.py", "unit/test_draft_quality.py"),
    "careeros/drafting/llm.py": ("unit/test_llm_drafter.py",),
    "careeros/drafting/params.py": ("unit/test_draft_quality.py", "unit/test_drafting.py"),
    "careeros/drafting/scoring.py": ("unit/test_drafting.py", "unit/test_draft_quality.py"),
    "careeros/drafting/stage.py": ("api/test_drafting.py", "api/test_exhausted_attempts.py"),
    "careeros/drafting/writer.py": ("unit/test_draft_quality.py", "unit/test_llm_drafter.py"),
    "careeros/followups/__init__.py": ("api/test_follow_ups.py",),
    "careeros/matching/__init__.py": ("unit/test_taxonomy_and_matching.py", "api/test_matching_ranks.py"),
    "careeros/matching/discovery.py": ("api/test_contacts.py", "unit/test_queue.py"),
    "careeros/messages/__init__.py": ("api/test_messages.py", "api/test_message_state_machine.py"),
    "careeros/onboarding/detect.py": ("unit/test_detect_and_hostile.py",),
    "careeros/onboarding/extract.py": ("unit/test_resume_parser.py", "corpus/test_layouts.py"),
    "careeros/onboarding/layout.py": ("corpus/test_layouts.py", "unit/test_resume_parser.py"),
    "careeros/onboarding/objectives.py": ("api/test_onboarding.py",),
    "careeros/onboarding/parser.py": ("unit/test_resume_parser.py", "corpus/test_layouts.py"),
    "careeros/onboarding/profile.py": ("api/test_profile.py",),
    "careeros/onboarding/resumes.py": ("api/test_onboarding.py", "api/test_exhausted_attempts.py"),
    "careeros/onboarding/sandbox.py": ("unit/test_detect_and_hostile.py",),
    "careeros/onboarding/taxonomy.py": ("unit/test_taxonomy_and_matching.py",),
    "careeros/replies/imap.py": ("api/test_imap.py",),
    "careeros/replies/parse.py": ("unit/test_reply_parsing.py",),
    "careeros/replies/receiving.py": ("api/test_replies.py",),
    "careeros/sandbox.py": ("unit/test_detect_and_hostile.py",),
    "careeros/security.py": ("unit/test_security.py", "api/test_auth.py"),
    "careeros/sending/mail.py": ("api/test_sending.py",),
    "careeros/sending/schedule.py": ("api/test_sending.py", "api/test_account.py"),
    "careeros/sending/stage.py": ("api/test_sending.py", "api/test_message_state_machine.py"),
    "careeros/sending/transport.py": ("api/test_sending.py", "e2e/test_sending_under_faults.py"),
    "careeros/settings.py": ("unit/test_basics.py",),
    "careeros/system/__init__.py": ("api/test_system.py",),
    "careeros/web/app.py": (
        "api/test_web_app.py",
        "api/test_every_operation.py",
        "contract/test_schemathesis.py",
    ),
    "careeros/web/auth.py": ("api/test_auth.py", "api/test_replies.py"),
    "careeros/web/console/__init__.py": ("e2e/test_console.py",),
    "careeros/web/errors.py": ("api/test_errors.py", "api/test_hostile.py"),
    "careeros/web/idempotency.py": ("api/test_idempotency.py",),
    "careeros/web/middleware.py": ("api/test_errors.py", "e2e/test_hostile_live.py"),
    "careeros/web/ratelimit.py": ("api/test_ratelimit.py",),
    "careeros/web/requestctx.py": ("api/test_errors.py",),
    "careeros/web/routing.py": ("unit/test_basics.py",),
    "careeros/web/server.py": ("e2e/test_hostile_live.py", "clients/test_journeys.py"),
    "careeros/web/validation.py": ("unit/test_basics.py", "api/test_hostile.py"),
    "careeros/worker.py": ("unit/test_worker.py",),
    "models/base.py": ("unit/test_basics.py",),
    "models/contact.py": ("api/test_contacts.py",),
    "models/db.py": ("postgres/test_concurrent_sending.py", "unit/test_basics.py"),
    "models/errors.py": ("api/test_errors.py",),
    "models/inbound.py": ("api/test_replies.py",),
    "models/message.py": ("api/test_message_state_machine.py",),
    "models/onboarding.py": ("api/test_onboarding.py",),
    "models/queue.py": ("unit/test_queue.py",),
    "models/text.py": ("api/test_account.py", "api/test_hostile.py"),
    "models/user.py": ("api/test_account.py",),
    "models/webhook.py": ("api/test_webhooks.py",),
    "webhooks/__init__.py": ("api/test_webhooks.py",),
    "webhooks/delivery.py": ("api/test_webhooks.py", "postgres/test_concurrent_webhooks.py"),
    "webhooks/endpoints.py": ("api/test_webhooks.py",),
    "webhooks/events.py": ("api/test_webhooks.py", "contract/test_reference_document.py"),
    "webhooks/guard.py": ("unit/test_webhook_guard.py",),
    "webhooks/signing.py": ("api/test_webhooks.py",),
}


def _has_logic(path: Path) -> bool:
    """Two or more functions or classes of its own (not a re-exporting package, not a table)."""
    tree = ast.parse(path.read_text())
    defined = [
        n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    ]
    return len(defined) >= 2


def _core_modules() -> set[str]:
    found = set()
    for package in CORE:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts or not _has_logic(path):
                continue
            found.add(path.relative_to(ROOT).as_posix())
    return found


def test_every_core_module_with_logic_names_its_tests():
    missing = sorted(_core_modules() - MAP.keys())
    assert not missing, f"core modules with no tests named in tests/unit/test_test_map.py: {missing}"


def test_the_map_names_only_modules_and_test_files_that_exist():
    gone = sorted(m for m in MAP if not (ROOT / m).is_file())
    assert not gone, f"mapped modules that no longer exist: {gone}"
    absent = sorted({t for tests in MAP.values() for t in tests if not (ROOT / "tests" / t).is_file()})
    assert not absent, f"mapped test files that do not exist: {absent}"
