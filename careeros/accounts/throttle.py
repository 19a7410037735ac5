"""Failed sign-ins, counted per account and per client address (the limits library, in memory or
Redis like the request limits)."""

from __future__ import annotations

import math
import time

from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from models.errors import RateLimited


class LoginThrottle:
    """Failed sign-ins per account and per client IP. The account key is the normalised email
    whether or not an account exists, so a throttled answer reveals nothing."""

    def __init__(self, storage_uri: str, per_account: str, per_ip: str):
        self.strategy = MovingWindowRateLimiter(storage_from_string(storage_uri))
        self.per_account = parse(per_account)
        self.per_ip = parse(per_ip)

    def _checks(self, email: str, ip: str):
        return ((self.per_account, f"login-account:{email}"), (self.per_ip, f"login-ip:{ip}"))

    def check(self, email: str, ip: str) -> None:
        now = time.time()
        for item, key in self._checks(email, ip):
            if not self.strategy.test(item, key):
                stats = self.strategy.get_window_stats(item, key)
                retry_after = max(1, math.ceil(stats.reset_time - now))
                raise RateLimited(
                    f"Too many failed sign-in attempts; try again in {retry_after} seconds",
                    retry_after=retry_after,
                )

    def failed(self, email: str, ip: str) -> None:
        for item, key in self._checks(email, ip):
            self.strategy.hit(item, key)

    def succeeded(self, email: str) -> None:
        self.strategy.clear(self.per_account, f"login-account:{email}")
