"""How a draft is to be written, whoever writes it (the built-in drafter or the LLM drafter):
the parameters that regeneration and rejection feedback steer, stored with each message."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Params:
    """How to write: what regeneration and rejection feedback steer."""

    seed: int = 0
    angle: str | None = None
    avoid_angles: tuple[str, ...] = ()
    register: str = "warm"
    length: str = "standard"
    prefer_specific: bool = False
    max_words: int | None = None  # "too long": fewer words than the rejected draft
    min_words: int | None = None  # "too short": more words than the rejected draft
    # From the person's feedback (careeros.drafting.feedback): what to say, leave out and ask.
    mention: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    ask_about: str | None = None
    omit_employer: bool = False

    @classmethod
    def from_dict(cls, data: dict | None) -> Params:
        data = dict(data or {})
        for key in ("avoid_angles", "mention", "avoid"):
            data[key] = tuple(data.get(key) or ())
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def as_dict(self) -> dict:
        return {
            "seed": self.seed,
            "angle": self.angle,
            "avoid_angles": list(self.avoid_angles),
            "register": self.register,
            "length": self.length,
            "prefer_specific": self.prefer_specific,
            "max_words": self.max_words,
            "min_words": self.min_words,
            "mention": list(self.mention),
            "avoid": list(self.avoid),
            "ask_about": self.ask_about,
            "omit_employer": self.omit_employer,
        }

    def fits(self, words: int) -> bool:
        return (self.max_words is None or words <= self.max_words) and (
            self.min_words is None or words >= self.min_words
        )


def seed_for(*parts: str) -> int:
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big")
