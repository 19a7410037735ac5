"""The same two endpoints on bare Starlette: async routes, the database work in Starlette's
thread pool, JSON built by hand. Run: PYTHONPATH=. uvicorn bench.twins.starlette_twin:app"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse
from starlette.routing import Route

from bench.twins import common


def _pending(authorization: str, limit: int, offset: int):
    with common.Session() as session:
        if not authorization.lower().startswith("bearer "):
            raise common.Unauthorized("no token")
        user_id = common.verify(authorization[7:].strip(), session)
        return user_id, common.pending(session, user_id, limit, offset)


async def list_pending(request):
    try:
        limit = int(request.query_params.get("limit", 5))
        offset = int(request.query_params.get("offset", 0))
    except ValueError:
        return JSONResponse({"success": False, "error": {"code": "INVALID_REQUEST"}}, status_code=400)
    try:
        user_id, data = await run_in_threadpool(
            _pending, request.headers.get("authorization", ""), limit, offset
        )
    except common.Unauthorized as exc:
        return JSONResponse(
            {"success": False, "error": {"code": "UNAUTHORIZED", "message": str(exc)}}, status_code=401
        )
    return JSONResponse({"success": True, "data": data}, headers=common.rate_headers(f"user:{user_id}"))


def _ping():
    with common.Session() as session:
        return common.ping(session)


async def healthz(request):
    from careeros import __version__

    database = await run_in_threadpool(_ping)
    data = {"status": "ok", "database": database, "version": __version__}
    return JSONResponse({"success": True, "data": data}, headers=common.rate_headers("ip:127.0.0.1"))


app = Starlette(routes=[Route("/messages/pending", list_pending), Route("/healthz", healthz)])
