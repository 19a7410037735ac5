"""The SSRF guard: what may receive webhooks, and that the request goes where it was checked."""

from __future__ import annotations

import pytest

from webhooks import guard

PRIVATE = [
    "http://127.0.0.1/hook",
    "http://127.255.255.254:8080/hook",
    "http://localhost/hook",
    "http://api.localhost/hook",
    "http://2130706433/hook",  # 127.0.0.1 as one number
    "http://0x7f.1/hook",  # hexadecimal, short form
    "http://017700000001/hook",  # octal
    "http://127.1/hook",
    "http://0.0.0.0/hook",
    "http://[::1]/hook",
    "http://[::]/hook",
    "http://[::ffff:127.0.0.1]/hook",  # IPv4-mapped
    "http://[::ffff:7f00:1]/hook",  # IPv4-mapped, hex
    "http://[::ffff:10.0.0.1]/hook",
    "http://10.0.0.1/hook",
    "http://10.255.255.255/hook",
    "http://172.16.0.1/hook",
    "http://172.31.255.254/hook",
    "http://192.168.1.1/hook",
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata
    "http://100.64.0.1/hook",  # shared address space (carrier NAT)
    "http://224.0.0.1/hook",  # multicast
    "http://[fc00::1]/hook",
    "http://[fd12:3456::1]/hook",
    "http://[fe80::1]/hook",
    "http://[2002:a00:1::1]/hook",  # 6to4 around 10.0.0.1
    "http://[64:ff9b::a00:1]/hook",  # NAT64 around 10.0.0.1
    "HTTP://10.0.0.1/hook",
]


@pytest.mark.parametrize("url", PRIVATE)
def test_private_loopback_and_link_local_addresses_are_refused(url):
    with pytest.raises(guard.UnsafeDestination):
        guard.check_url(url)
    with pytest.raises(guard.UnsafeDestination):
        guard.resolve(url)


@pytest.mark.parametrize(
    "url",
    ["ftp://example.com/x", "file:///etc/passwd", "gopher://example.com/", "//example.com/x", "http:///x"],
)
def test_only_http_and_https_urls_with_a_host(url):
    with pytest.raises(guard.UnsafeDestination):
        guard.check_url(url)


def test_credentials_in_the_url_are_refused():
    with pytest.raises(guard.UnsafeDestination, match="Credentials"):
        guard.check_url("https://user:secret@hooks.example.com/x")


def _resolver(table: dict[str, list[str]]):
    def resolve(host: str, port: int) -> list[str]:
        return table[host]

    return resolve


def test_a_name_resolving_to_any_private_address_is_refused():
    # DNS answers are not trusted: every address must be public, not just the first.
    rebinding = _resolver({"hooks.example.com": ["93.184.216.34", "10.0.0.5"]})
    with pytest.raises(guard.UnsafeDestination, match=r"10\.0\.0\.5"):
        guard.resolve("https://hooks.example.com/x", resolver=rebinding)
    mapped = _resolver({"sneaky.example.com": ["::ffff:169.254.169.254"]})
    with pytest.raises(guard.UnsafeDestination):
        guard.resolve("https://sneaky.example.com/x", resolver=mapped)
    metadata = _resolver({"metadata.example.com": ["169.254.169.254"]})
    with pytest.raises(guard.UnsafeDestination, match="link-local"):
        guard.resolve("http://metadata.example.com/", resolver=metadata)


def test_a_public_name_is_pinned_to_the_checked_address():
    public = _resolver({"hooks.example.com": ["93.184.216.34", "2606:2800:220:1::248"]})
    target = guard.resolve("https://hooks.example.com/careeros?x=1", resolver=public)
    assert target.address == "93.184.216.34"
    assert target.pinned_url == "https://93.184.216.34:443/careeros?x=1"
    assert target.host_header == "hooks.example.com"
    v6 = guard.resolve(
        "http://hooks.example.com:8080/", resolver=_resolver({"hooks.example.com": ["2606:2800::1"]})
    )
    assert v6.pinned_url == "http://[2606:2800::1]:8080/" and v6.host_header == "hooks.example.com:8080"


def test_a_name_that_resolves_to_nothing_is_refused():
    with pytest.raises(guard.UnsafeDestination, match="no address"):
        guard.resolve("https://empty.example.com/", resolver=_resolver({"empty.example.com": []}))


def test_the_loopback_setting_admits_loopback_only():
    for url in (
        "http://127.0.0.1:9/x",
        "http://localhost:9/x",
        "http://[::1]:9/x",
        "http://[::ffff:127.0.0.1]/",
    ):
        guard.check_url(url, allow_loopback=True)
    assert guard.resolve("http://localhost:9/x", allow_loopback=True).address in ("127.0.0.1", "::1")
    for url in ("http://10.0.0.1/", "http://169.254.169.254/", "http://[fd00::1]/", "http://192.168.0.1/"):
        with pytest.raises(guard.UnsafeDestination):
            guard.check_url(url, allow_loopback=True)
