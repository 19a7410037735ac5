"""The LLM drafter against a real OpenAI-compatible server on loopback (pytest-httpserver)."""

from __future__ import annotations

import json
import time
from dataclasses import replace

import pytest
from werkzeug import Response

from careeros.drafting import llm
from careeros.drafting.params import Params
from careeros.drafting.writer import write
from careeros.system import check_ai_service
from tests.unit.test_drafting import MAYA, SENDER

GOOD = {
    "subject": "Your streaming joins talk",
    "body": "Hi Maya,\n\nYour Data Council talk \"Streaming joins without tears\" is why I'm writing. I'm a "
    "data engineer at Northwind Logistics, where Apache Kafka and Apache Spark pipelines are my "
    "daily work, and late events are the part I find hardest. As Staff Data Engineer at Stripe you "
    "have clearly thought about this. Would you be open to a short call about how your team "
    "handles joins across streams?\n\nBest,\nDana",
}


def completion(content: str) -> dict:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": "test-model",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
    }


@pytest.fixture()
def configured(httpserver):
    llm._probe_cache.clear()
    yield httpserver
    llm._probe_cache.clear()


def _endpoint(server) -> llm.Endpoint:
    return llm.Endpoint(server.url_for("/v1"), "sk-test", "test-model", 2.0)


def test_the_settings_name_the_endpoint(settings):
    assert llm.endpoint(settings) is None  # the suite's settings: the built-in drafter alone
    named = replace(
        settings, llm_url="http://127.0.0.1:9/v1", llm_api_key="sk-x", llm_model="", llm_timeout=3.0
    )
    assert llm.endpoint(named) == llm.Endpoint("http://127.0.0.1:9/v1", "sk-x", "default", 3.0)


def test_a_good_answer_is_used_and_the_prompt_carries_the_facts(configured):
    configured.expect_oneshot_request("/v1/chat/completions", method="POST").respond_with_json(
        completion("```json\n" + json.dumps(GOOD) + "\n```")
    )
    written = write(SENDER, MAYA, Params(seed=1), endpoint=_endpoint(configured))
    assert written.drafter == "llm" and written.body == GOOD["body"]
    request, _ = configured.log[0]
    assert request.headers["Authorization"] == "Bearer sk-test"
    sent = request.get_json()
    assert sent["model"] == "test-model"
    facts = sent["messages"][1]["content"]
    assert "Streaming joins without tears" in facts and "Northwind Logistics" in facts


@pytest.mark.parametrize(
    "answer",
    [
        completion(json.dumps({**GOOD, "body": GOOD["body"].replace("Stripe", "{company}")})),  # placeholder
        completion(json.dumps({**GOOD, "body": GOOD["body"].replace("a short call", "a 20-minute call")})),
        completion("Sure! Here is a draft: Hi Maya, ..."),  # no JSON at all
        {"unexpected": "shape"},
    ],
)
def test_bad_answers_are_retried_then_the_builtin_drafter_takes_over(configured, answer):
    configured.expect_request("/v1/chat/completions", method="POST").respond_with_json(answer)
    written = write(SENDER, MAYA, Params(seed=1), endpoint=_endpoint(configured))
    assert written.drafter == "builtin"
    assert "{" not in written.body and "20" not in written.body
    assert len(configured.log) == 2  # LLM_TRIES answers asked for, then the fallback


def test_a_slow_or_failing_endpoint_falls_back(configured):
    def slow(_request):
        time.sleep(3)
        return Response(json.dumps(completion(json.dumps(GOOD))), content_type="application/json")

    configured.expect_oneshot_request("/v1/chat/completions").respond_with_handler(slow)
    started = time.monotonic()
    assert write(SENDER, MAYA, Params(seed=1), endpoint=_endpoint(configured)).drafter == "builtin"
    assert time.monotonic() - started < 10  # bounded by the timeout, not the server
    configured.clear()
    configured.expect_request("/v1/chat/completions").respond_with_data("overloaded", status=503)
    assert write(SENDER, MAYA, Params(seed=1), endpoint=_endpoint(configured)).drafter == "builtin"


def test_health_reports_the_llm_truthfully(configured):
    configured.expect_request("/v1/models").respond_with_json({"data": [{"id": "test-model"}]})
    assert check_ai_service(_endpoint(configured)) == ("healthy", "llm")
    configured.clear()
    llm._probe_cache.clear()
    configured.expect_request("/v1/models").respond_with_data("no", status=500)
    assert check_ai_service(_endpoint(configured)) == ("degraded", "llm")


def test_an_unreachable_endpoint_is_degraded_not_fatal():
    unreachable = llm.Endpoint("http://127.0.0.1:9/v1", "", "default", 1.0)
    llm._probe_cache.clear()
    try:
        assert check_ai_service(unreachable) == ("degraded", "llm")
        assert write(SENDER, MAYA, Params(seed=2), endpoint=unreachable).drafter == "builtin"
    finally:
        llm._probe_cache.clear()


def test_the_prompt_carries_the_plan_and_an_answer_that_ignores_feedback_is_not_used(configured):
    from careeros.drafting.writer import steer

    configured.expect_request("/v1/chat/completions", method="POST").respond_with_json(
        completion(json.dumps(GOOD))  # says nothing of the team the person asked to mention
    )
    feedback = "mention that I led a five-person team; drop Kafka"
    params = steer(Params(seed=1), "their_work", "too_generic", feedback)
    written = write(SENDER, MAYA, params, endpoint=_endpoint(configured))
    sent = configured.log[0][0].get_json()["messages"][1]["content"]
    plan = json.loads(sent.split("Facts:\n", 1)[1])["plan"]
    assert plan["open_with"]["title"] == "Streaming joins without tears"
    assert plan["open_with"]["kind"] == "talk"
    assert plan["must_say"] == ["I led a five-person team"] and "Kafka" in plan["must_not_mention"]
    assert plan["recipient_role"] == "peer" and plan["ask_about_one_of"]
    assert plan["who_i_am"]["company"] == SENDER.current_company
    # the LLM's answer did not do what was asked: the built-in drafter's draft, which does, is used
    assert written.drafter == "builtin"
    assert "I led a five-person team" in written.body and "kafka" not in written.body.lower()
