"""Downloading an attachment for /add: only from where Discord serves files, never more than the size limit."""

from __future__ import annotations

import aiohttp

from index import UploadRefused, check_size

CHUNK = 64 * 1024
TIMEOUT = aiohttp.ClientTimeout(total=120, sock_connect=15, sock_read=30)


async def download_capped(url: str, limit: int, origins: tuple[str, ...]) -> bytes:
    """The bytes at ``url``; raises UploadRefused when it is not a Discord file address or holds more than
    ``limit`` bytes (reading stops as soon as the limit is passed: a huge file is never read whole). ``origins``
    are scheme and host, as ``https://cdn.discordapp.com``."""
    if not any(url.startswith(origin.rstrip("/") + "/") for origin in origins):
        raise UploadRefused("the attachment is not a file served by Discord")
    data = bytearray()
    try:
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as session,
            session.get(url, allow_redirects=False) as response,
        ):
            if response.status != 200:
                raise UploadRefused(f"Discord did not hand over the attachment (HTTP {response.status})")
            if response.content_length is not None:
                check_size(response.content_length, limit)
            async for chunk in response.content.iter_chunked(CHUNK):
                data.extend(chunk)
                check_size(len(data), limit)
    except (aiohttp.ClientError, TimeoutError) as error:
        raise UploadRefused(f"the attachment could not be downloaded ({type(error).__name__})") from None
    return bytes(data)
