"""Handlers for the `onboarding` tag: resume upload and status, the profile, objectives,
simulation."""

from careeros.onboarding import objectives, profile, resumes
from handlers import caller, ok, uploaded


def upload_resume(file=None):
    filename, data = uploaded(file, resumes.MAX_RESUME_BYTES)
    return ok(resumes.accept_resume(caller(), filename, data), 202)


def get_resume_status(upload_id):
    return ok(resumes.resume_status(caller(), upload_id))


def get_profile():
    return ok(profile.get_profile(caller()))


def replace_profile(body):
    return ok(profile.correct(caller(), body))


def correct_profile(body):
    return ok(profile.correct(caller(), body))


def save_objectives(body):
    return ok(objectives.save_objectives(caller(), body))


def get_objectives():
    return ok(objectives.get_objectives(caller()))


def simulate():
    return ok(objectives.simulate(caller()))
