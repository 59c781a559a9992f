"""The web app factory: the intake API, the clerk and reviewer pages, and the background worker.

`create_app()` brings the database schema up to date, opens the upload store and starts
the worker when the server starts, and stops the worker when it stops. Everything is on
embedded defaults (service/settings.py), so `assistdesk serve` needs no set-up.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from extract.errors import AssistdeskError
from service import api, pages
from service.db import Database, migrate
from service.settings import Settings
from service.storage import UploadStore
from service.worker import Worker

log = logging.getLogger("assistdesk.app")
HERE = Path(__file__).resolve().parent


def create_app(settings: Settings | None = None, start_worker: bool = True) -> FastAPI:
    settings = settings or Settings()
    db = Database(settings.database_url)
    store = UploadStore(settings.uploads_dir)
    worker = Worker(db, settings, store)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        migrate(db.engine)
        if start_worker:
            worker.start()
        try:
            yield
        finally:
            worker.stop()
            db.engine.dispose()

    app = FastAPI(title="assistdesk intake API", version="1.0.0", lifespan=lifespan,
                  openapi_url="/api/v1/openapi.json", docs_url="/api/v1/docs", redoc_url=None,
                  description="Submit a court's assistance-in-enforcement bundle; fetch the request, "
                              "the report and the response documents (../shared/contract/).")
    app.state.settings, app.state.db, app.state.store, app.state.worker = settings, db, store, worker
    app.add_middleware(SessionMiddleware, secret_key=settings.secret_key(), session_cookie="assistdesk_session",
                       same_site="lax", https_only=settings.secure_cookies, max_age=12 * 3600)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(HTTPException)
    async def one_line(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code in (302, 303) and exc.headers:
            return JSONResponse(None, status_code=exc.status_code, headers=exc.headers)
        if not request.url.path.startswith("/api/") and exc.status_code >= 400:
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(AssistdeskError)
    async def product_error(request: Request, exc: AssistdeskError) -> Response:
        """The product's errors, by the status each class carries (extract/errors.py)."""
        if not request.url.path.startswith("/api/"):
            return pages.error_page(request, exc.http_status, exc.user_message)
        return JSONResponse({"detail": exc.detail, "message": exc.user_message}, status_code=exc.http_status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse({"detail": f"{where}: {first.get('msg', 'invalid')}", "errors": jsonable(exc.errors())},
                            status_code=422)

    return app


def jsonable(errors) -> list:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors, custom_encoder={Exception: str, bytes: lambda b: b.decode("latin-1")})
