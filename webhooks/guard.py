"""The SSRF guard: webhook requests go only to public addresses, and to the one that was checked.

A URL is refused unless it is http or https, names a host and carries no credentials nor an
IPv6 zone id. At
delivery its host is resolved and every address must be public: loopback, private (RFC 1918),
shared (100.64/10), link-local (169.254/16, fe80::/10), unique-local (fc00::/7), multicast,
reserved and unspecified addresses are refused, including when wrapped in IPv6 (IPv4-mapped
::ffff:a.b.c.d, 6to4, Teredo, NAT64) or written as a number (2130706433, 0x7f.1, 017700000001).
The request is then made to the checked address itself, so a second DNS answer (rebinding)
cannot send it elsewhere. `allow_loopback` (CAREEROS_WEBHOOKS_ALLOW_LOOPBACK) admits 127/8 and
::1 only, for development and tests.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

NAT64 = ipaddress.ip_network("64:ff9b::/96")


class UnsafeDestination(ValueError):
    """The URL, or an address it resolves to, may not receive webhooks."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str  # as written in the URL (for Host and TLS), without brackets
    port: int
    address: str  # the checked address to connect to
    path: str  # path and query

    @property
    def pinned_url(self) -> str:
        """The URL with the checked address in place of the host name."""
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"{self.scheme}://{host}:{self.port}{self.path}"

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


def _unwrap(address: IPAddress) -> IPAddress:
    """The IPv4 address an IPv6 one carries, if it carries one."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.sixtofour is not None:
            return address.sixtofour
        if address.teredo is not None:
            return address.teredo[1]
        if address in NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def refusal(address: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why this address may not receive webhooks, or None when it may."""
    inner = _unwrap(address)
    if inner.is_loopback:
        return None if allow_loopback else f"{address} is a loopback address"
    if inner.is_unspecified:
        return f"{address} is unspecified"
    if inner.is_link_local:
        return f"{address} is link-local"
    if isinstance(inner, ipaddress.IPv6Address) and (inner.is_site_local or inner.scope_id):
        return f"{address} is a scoped address"
    if inner.is_multicast:
        return f"{address} is multicast"
    if inner.is_private or not inner.is_global:
        return f"{address} is a private or reserved address"
    if inner.is_reserved:
        return f"{address} is reserved"
    return None


def _split(url: str) -> tuple[str, str, int, str]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeDestination(f"The URL is malformed: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeDestination("Only http and https URLs can receive webhooks")
    if parts.username is not None or parts.password is not None:
        raise UnsafeDestination("Credentials in the URL are not supported: verify the signature instead")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsafeDestination("The URL names no host")
    if "%" in host:
        # An IPv6 zone id (`[fe80::1%25eth0]`) names an interface of this machine: it is only
        # meaningful for scoped addresses, none of which may receive webhooks.
        raise UnsafeDestination("Addresses with a zone id (%…) cannot receive webhooks")
    if port == 0:
        raise UnsafeDestination("Port 0 cannot receive webhooks")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, host, port or (443 if scheme == "https" else 80), path


def _numeric(host: str) -> IPAddress | None:
    """The address a host written as a number stands for (inet_aton's forms included), without DNS."""
    try:
        info = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    return ipaddress.ip_address(str(info[0][4][0]).split("%", 1)[0])


def check_url(url: str, *, allow_loopback: bool = False) -> None:
    """What can be checked without DNS, when an endpoint is registered or changed."""
    _, host, _, _ = _split(url)
    lowered = host.lower()
    if lowered == "localhost" or lowered.endswith(".localhost"):
        if not allow_loopback:
            raise UnsafeDestination(f"{host} is a loopback address")
        return
    address = _numeric(host)
    if address is not None:
        reason = refusal(address, allow_loopback=allow_loopback)
        if reason:
            raise UnsafeDestination(reason)


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeDestination(f"{host} could not be resolved: {exc}") from None
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]
        if address not in seen:
            seen.append(address)
    return seen


def resolve(url: str, *, allow_loopback: bool = False, resolver: Resolver = system_resolver) -> Target:
    """Resolve the URL's host, refuse it unless every address is allowed, and pin the first."""
    check_url(url, allow_loopback=allow_loopback)
    scheme, host, port, path = _split(url)
    addresses = resolver(host, port)
    if not addresses:
        raise UnsafeDestination(f"{host} resolves to no address")
    for raw in addresses:
        reason = refusal(ipaddress.ip_address(raw), allow_loopback=allow_loopback)
        if reason:
            raise UnsafeDestination(f"{host} resolves to {reason}")
    return Target(scheme, host, port, addresses[0], path)
