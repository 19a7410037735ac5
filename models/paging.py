"""Lists as the contract shapes them: a page of items with `total` and `has_more`."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Select, func, select


def page(session, query: Select, order, limit: int, offset: int, key: str, view: Callable) -> dict:
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = session.scalars(query.order_by(*order).limit(limit).offset(offset)).all()
    return {key: [view(row) for row in rows], "total": total, "has_more": offset + len(rows) < total}
