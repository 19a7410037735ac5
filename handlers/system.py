"""Handlers for the `system` tag: pause, resume, status, and the load balancers' /healthz."""

from careeros import system
from careeros.drafting import llm
from careeros.settings import current as settings
from handlers import caller, ok


def pause():
    return ok(system.pause(caller()))


def resume():
    return ok(system.resume(caller()))


def get_status():
    return ok(system.status(caller(), endpoint=llm.endpoint(settings())))


def healthz():
    return ok(system.healthz())
