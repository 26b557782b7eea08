"""Operating-system errors in Dutch: what went wrong with a file, without English inside.

Why: a full disk or a read-only folder surfaced as "Read-only file system" or a DuckDB
"FatalException" inside an otherwise Dutch message (issue 15). The common errno values
get a Dutch phrase; an unknown one keeps the system's own text.
"""

from __future__ import annotations

import errno
import re

DUTCH = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "het schijfquotum is bereikt",
    errno.EROFS: "het bestandssysteem is alleen-lezen",
    errno.EACCES: "geen toegang (rechten)",
    errno.EPERM: "niet toegestaan (rechten)",
    errno.ENOENT: "bestaat niet (meer)",
    errno.EISDIR: "is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EMFILE: "te veel open bestanden",
    errno.EBUSY: "het bestand is in gebruik",
    errno.EIO: "lees- of schrijffout van de schijf",
    errno.ELOOP: "te veel symbolische koppelingen (een kring)",
    errno.EFBIG: "het bestand is te groot",
}
# DuckDB reports OS errors as text only: match the system's phrase
_PHRASES = {
    "No space left on device": errno.ENOSPC,
    "Disk quota exceeded": errno.EDQUOT,
    "Read-only file system": errno.EROFS,
    "Permission denied": errno.EACCES,
    "Input/output error": errno.EIO,
    "File too large": errno.EFBIG,
}


def dutch_os_error(exc: OSError) -> str:
    """`exc` as a short Dutch phrase, with the file it concerns when known."""
    text = DUTCH.get(exc.errno or -1) or exc.strerror or str(exc)
    return text + (f" ({exc.filename})" if exc.filename else "")


def dutch_error_text(message: str) -> str | None:
    """The Dutch phrase for an OS error named inside another library's message, or None."""
    for phrase, code in _PHRASES.items():
        if re.search(re.escape(phrase), message, re.IGNORECASE):
            return DUTCH[code]
    return None
