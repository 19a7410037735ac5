"""An idiomatic FastAPI + SQLAlchemy twin of CareerOS's `GET /messages/pending` and `GET /healthz`,
written as FastAPI's documentation teaches: sync dependencies for the session and the caller,
a Pydantic response model, HTTPBearer. Run: PYTHONPATH=. uvicorn bench.twins.fastapi_twin:app"""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from bench.twins import common

app = FastAPI()
bearer = HTTPBearer()


class ContactSummary(BaseModel):
    id: str
    name: str
    title: str | None
    company: str | None
    linkedin_url: str | None


class Content(BaseModel):
    subject: str
    body: str
    preview: str


class Draft(BaseModel):
    id: str
    contact: ContactSummary
    message: Content
    quality_score: int
    personalization_score: int
    generated_at: str
    follow_up_step: int
    follows: str | None
    score_reasons: list[str]


class Pending(BaseModel):
    drafts: list[Draft]
    total: int
    has_more: bool


class PendingResponse(BaseModel):
    success: bool
    data: Pending


class Health(BaseModel):
    status: str
    database: str
    version: str


class HealthResponse(BaseModel):
    success: bool
    data: Health


def get_session() -> Iterator:
    with common.Session() as session:
        yield session


def current_user(
    credentials: HTTPAuthorizationCredentials = Depends(bearer), session=Depends(get_session)
) -> str:
    try:
        return common.verify(credentials.credentials, session)
    except common.Unauthorized as exc:
        raise HTTPException(401, str(exc)) from None


@app.get("/messages/pending", response_model=PendingResponse)
def list_pending(
    response: Response,
    limit: int = Query(5, ge=1, le=20),
    offset: int = Query(0, ge=0),
    user_id: str = Depends(current_user),
    session=Depends(get_session),
):
    response.headers.update(common.rate_headers(f"user:{user_id}"))
    return {"success": True, "data": common.pending(session, user_id, limit, offset)}


@app.get("/healthz", response_model=HealthResponse)
def healthz(response: Response, session=Depends(get_session)):
    response.headers.update(common.rate_headers("ip:127.0.0.1"))
    from careeros import __version__

    return {
        "success": True,
        "data": {"status": "ok", "database": common.ping(session), "version": __version__},
    }
