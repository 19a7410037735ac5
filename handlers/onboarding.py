"""Handlers for the `onboarding` tag: resume upload and status, objectives, simulation."""

from careeros.onboarding import objectives, resumes
from handlers import caller, ok, uploaded


def upload_resume(file=None):
    filename, data = uploaded(file, resumes.MAX_RESUME_BYTES)
    return ok(resumes.accept_resume(caller(), filename, data), 202)


def get_resume_status(upload_id):
    return ok(resumes.resume_status(caller(), upload_id))


def save_objectives(body):
    return ok(objectives.save_objectives(caller(), body))


def get_objectives():
    return ok(objectives.get_objectives(caller()))


def simulate():
    return ok(objectives.simulate(caller()))
