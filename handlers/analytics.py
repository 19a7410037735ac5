"""Handlers for the `analytics` tag: the dashboard."""

from careeros import analytics
from handlers import caller, ok


def get_dashboard(period="week"):
    return ok(analytics.dashboard(caller(), period))
