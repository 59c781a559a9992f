"""文号 serials: one series per agency prefix and year, never the same number twice under concurrency.

Eight threads wait at a barrier and then each take five numbers in its own transaction, on
SQLite (WAL, busy timeout) and on PostgreSQL; the numbers must be exactly 1…40, and another
year or another agency's series starts again at 1.
"""

from __future__ import annotations

import threading

import pytest

from service.db import Database, migrate
from service.issuing import next_serial
from tests.service.conftest import postgres_url

THREADS, EACH = 8, 5


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'numbers.db'}" if request.param == "sqlite" else postgres_url()
    db = Database(url)
    migrate(db.engine)
    yield db
    db.engine.dispose()


def test_concurrent_issues_never_share_a_number(database) -> None:
    barrier = threading.Barrier(THREADS)
    got: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def take() -> None:
        try:
            barrier.wait(timeout=30)
            for _ in range(EACH):
                with database.session() as s:
                    n = next_serial(s, "沪公积金协〔{year}〕", 2026)
                    s.commit()
                with lock:
                    got.append(n)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=take) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert sorted(got) == list(range(1, THREADS * EACH + 1))


def test_a_series_is_per_agency_and_per_year_and_a_rollback_gives_the_number_back(database) -> None:
    with database.session() as s:
        assert [next_serial(s, "沪公积金协〔{year}〕", 2026) for _ in range(3)] == [1, 2, 3]
        assert next_serial(s, "沪公积金协〔{year}〕", 2027) == 1
        assert next_serial(s, "焦公积金协〔{year}〕", 2026) == 1
        s.commit()
    with database.session() as s:
        assert next_serial(s, "沪公积金协〔{year}〕", 2026) == 4
        s.rollback()  # an issue that failed to write its files
    with database.session() as s:
        assert next_serial(s, "沪公积金协〔{year}〕", 2026) == 4
