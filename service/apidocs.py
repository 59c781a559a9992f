"""The API's try-it pages, `/api/v1/docs` (Swagger UI) and `/api/v1/redoc` (ReDoc), offline.

FastAPI's own pages load their scripts from a CDN, so on a centre's network without
internet they are blank. The assets come from the `fastapi-offline` package instead (it
bundles Swagger UI, Apache-2.0, and ReDoc, MIT, with their licences) and are served under
`/api/v1/docs-assets/`; the pages start them from a file of ours, not an inline script, so
the content security policy (service/headers.py) needs no exception for scripts.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter
from fastapi.responses import HTMLResponse

ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"
ASSETS_URL = "/api/v1/docs-assets"
router = APIRouter(include_in_schema=False)

_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head>
<body>{body}</body></html>"""


@router.get("/api/v1/docs", response_class=HTMLResponse)
def swagger_ui() -> HTMLResponse:
    return HTMLResponse(_PAGE.format(
        title="assistdesk intake API · 接口文档",
        head=f'<link rel="stylesheet" href="{ASSETS_URL}/swagger-ui.css">',
        body=f'<div id="swagger-ui"></div><script src="{ASSETS_URL}/swagger-ui-bundle.js"></script>'
             '<script src="/static/apidocs.js"></script>'))


@router.get("/api/v1/redoc", response_class=HTMLResponse)
def redoc() -> HTMLResponse:
    return HTMLResponse(_PAGE.format(
        title="assistdesk intake API · 接口说明", head="",
        body=f'<redoc spec-url="/api/v1/openapi.json"></redoc><script src="{ASSETS_URL}/redoc.standalone.js"></script>'))
