"""A cap on the request body of an upload, checked before a byte of it is read.

The multipart parser spools every file to the system's temp folder before the handler
sees it, so the per-file limit in service/intake.py comes too late for a body of many
gigabytes: it would fill the disk first. Uploads must therefore declare their length
(`Content-Length`; browsers and curl always do), and one larger than a full submission
(`max_files` files of `max_file_bytes`, plus room for the form) is refused with 413 at once.
The server (h11) itself refuses a body longer than it declared.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

UPLOAD_PATH = "/api/v1/submissions"
SLACK = 1024 * 1024
"""Room for the multipart framing and the form fields (accounts JSON)."""


class UploadBodyLimit:
    def __init__(self, app: ASGIApp, max_files: int, max_file_bytes: int) -> None:
        self.app = app
        self.max_files, self.max_file_bytes = max_files, max_file_bytes
        self.limit = max_files * max_file_bytes + SLACK

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"].rstrip("/") == UPLOAD_PATH:
            length = dict(scope["headers"]).get(b"content-length")
            if length is None:
                return await _refuse(send, 411, "上传请求须注明长度（Content-Length）；请用浏览器或常规 HTTP 客户端重新提交。")
            if not length.isdigit() or int(length) > self.limit:
                mb = self.max_file_bytes // (1024 * 1024)
                return await _refuse(send, 413, f"上传内容过大：一次提交最多 {self.max_files} 个文件、每个不超过 {mb} MB；"
                                                "请分批提交。")
        await self.app(scope, receive, send)


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
