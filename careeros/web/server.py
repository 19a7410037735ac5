"""The HTTP server side of `careeros serve`: uvicorn's h11 protocol, answering the requests it
cannot even parse (a NUL in a header, `Content-Length: -1`) in the API's error envelope."""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from careeros.web.errors import error_bytes


class EnvelopeH11Protocol(H11Protocol):
    """uvicorn answers an unparseable request itself, before any application code runs, with a
    plain-text body; this answers the same 400 as JSON in the envelope every other error uses."""

    def send_400_response(self, msg: str) -> None:
        body = error_bytes("INVALID_REQUEST", f"The HTTP request could not be parsed: {msg.rstrip('.')}")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()
