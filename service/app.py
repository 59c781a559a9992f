"""The web app factory: the intake API, the clerk and reviewer pages, and the background worker.

`create_app()` brings the database schema up to date, opens the upload store and starts
the worker when the server starts, and stops the worker when it stops. Everything is on
embedded defaults (service/settings.py), so `assistdesk serve` needs no set-up.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from extract.errors import AssistdeskError
from service import api, apidocs, application_pages, desk_pages, pages, refusals
from service.bodylimit import UploadBodyLimit
from service.db import Database, migrate
from service.headers import SecurityHeaders
from service.reader import Reader
from service.register import api as register_api
from service.settings import Settings
from service.storage import UploadStore
from service.worker import Worker

log = logging.getLogger("assistdesk.app")
HERE = Path(__file__).resolve().parent


def create_app(settings: Settings | None = None, start_worker: bool = True, host: str | None = None) -> FastAPI:
    """The app; `host` is the address `serve` listens on (it decides whether cookies are Secure)."""
    settings = settings or Settings()
    db = Database(settings.database_url)
    store = UploadStore(settings.uploads_dir)
    dispatcher = None
    reader = Reader(settings) if settings.read_in_child and start_worker and not settings.broker_url else None
    worker = Worker(db, settings, store, reader)
    if settings.broker_url:
        from service.tasks import Dispatcher

        dispatcher = Dispatcher(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        migrate(db.engine)
        if start_worker and dispatcher is None:
            worker.start()
        else:
            worker.recover()
        try:
            yield
        finally:
            worker.stop()
            if dispatcher is not None:
                dispatcher.close()
            db.engine.dispose()

    app = FastAPI(title="assistdesk intake API", version="1.0.0", lifespan=lifespan,
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None,
                  description="Submit a court's assistance-in-enforcement bundle; fetch the request, "
                              "the report and the response documents (../shared/contract/).")
    app.state.settings, app.state.db, app.state.store, app.state.worker = settings, db, store, worker
    app.state.dispatch = dispatcher or (lambda _sid: worker.wake())
    app.add_middleware(SessionMiddleware, secret_key=settings.secret_key(), session_cookie="assistdesk_session",
                       same_site="lax", https_only=secure_cookies(settings, host),
                       max_age=int(settings.session_hours * 3600))
    app.add_middleware(UploadBodyLimit, max_files=settings.max_files, max_file_bytes=settings.max_file_bytes)
    app.add_middleware(SecurityHeaders)
    app.include_router(api.router)
    app.include_router(register_api.router)
    app.include_router(apidocs.router)
    app.include_router(pages.router)
    app.include_router(desk_pages.router)
    app.include_router(application_pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount(apidocs.ASSETS_URL, StaticFiles(directory=apidocs.ASSETS), name="apidocs-assets")

    @app.exception_handler(StarletteHTTPException)
    async def one_line(request: Request, exc: StarletteHTTPException) -> Response:
        """Every refusal in Chinese, with its stable code beside it (service/refusals.py)."""
        if exc.status_code in (302, 303) and exc.headers:
            return JSONResponse(None, status_code=exc.status_code, headers=exc.headers)
        message = refusals.message_of(exc)
        if not _is_api(request) and exc.status_code >= 400:
            return pages.error_page(request, exc.status_code, message)
        return JSONResponse({"detail": message, "code": refusals.code_of(exc)}, status_code=exc.status_code,
                            headers=exc.headers)

    @app.exception_handler(AssistdeskError)
    async def product_error(request: Request, exc: AssistdeskError) -> Response:
        """The product's errors, by the status each class carries (extract/errors.py)."""
        if not _is_api(request):
            return pages.error_page(request, exc.http_status, exc.user_message)
        return JSONResponse({"detail": exc.user_message, "code": exc.code}, status_code=exc.http_status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        message = refusals.validation_message(list(exc.errors()))
        if not _is_api(request):
            return pages.error_page(request, 422, message)
        return JSONResponse({"detail": message, "code": "invalid", "errors": jsonable(exc.errors())},
                            status_code=422)

    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def secure_cookies(settings: Settings, host: str | None) -> bool:
    """Secure cookies unless told otherwise, or unless the server listens on loopback only (the
    browser is on the same machine, over plain http, and nothing travels on a network)."""
    if settings.secure_cookies is not None:
        return settings.secure_cookies
    return not _loopback(host or "127.0.0.1")


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def jsonable(errors) -> list:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors, custom_encoder={Exception: str, bytes: lambda b: b.decode("latin-1")})
