"""careeros/web/app.py's patches to Connexion 3.3: what Connexion's AsyncApp redid on every
request is done once per operation. If a Connexion release moves the internals they rely on,
these fail instead of the service silently growing slower."""

from __future__ import annotations

from connexion.decorators import StarletteDecorator


def test_each_operation_is_decorated_once_not_per_request(client, monkeypatch):
    built = []
    original_decorate = StarletteDecorator.decorate
    original_parser = StarletteDecorator.uri_parser

    def decorate(self, function):
        built.append(function)
        return original_decorate(self, function)

    def uri_parser(self):
        built.append("uri parser")
        return original_parser.fget(self)

    monkeypatch.setattr(StarletteDecorator, "decorate", decorate)
    monkeypatch.setattr(StarletteDecorator, "uri_parser", property(uri_parser))
    for _ in range(4):
        assert client.get("/healthz").status_code == 200
    # built on the operation's first request in this process (perhaps an earlier test's), then kept
    assert len(built) <= 2, built


def test_the_security_check_s_signature_is_inspected_once():
    import connexion.security

    inspected = connexion.security.inspect_function_arguments
    assert hasattr(inspected, "cache_info"), "careeros.web.app no longer caches the inspection"
