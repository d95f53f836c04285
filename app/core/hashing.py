"""SHA-256 and MD5 without loading OpenSSL: the interpreter's own implementations, same digests."""

from __future__ import annotations

# hashlib imports _hashlib, which initialises OpenSSL (~5 ms at start-up) before any digest is
# taken. The standard library's random module takes the same route for sha512. The digests are
# byte-for-byte those of hashlib.sha256 / hashlib.md5 (stored fingerprints keep their values).
try:
    from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef]  # Python 3.11
    except ImportError:  # pragma: no cover - an interpreter built without them
        from hashlib import sha256  # type: ignore[assignment]
try:
    from _md5 import md5  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    from hashlib import md5  # type: ignore[assignment]

__all__ = ["md5", "sha256"]
