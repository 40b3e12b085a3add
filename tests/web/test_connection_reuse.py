"""A server thread keeps its database connection across requests (``CONN_MAX_AGE``, SQLite and PostgreSQL alike):
opening a SQLite one per request (the file, the PRAGMAs, the SQL functions Django and the text index register) cost
more CPU than the rest of a trivial page (``benchmarks/bench_floor.py --wrk``: 5.0 → 2.5 ms a request served). The
web suite runs on both databases (`make test`)."""

from __future__ import annotations

import io

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)  # the handler's own autocommit, as in the server


def _served(handler: WSGIHandler, path: str) -> int:
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "SERVER_NAME": "localhost", "SERVER_PORT": "80",
               "wsgi.input": io.BytesIO(b""), "wsgi.url_scheme": "http", "HTTP_HOST": "localhost"}
    status = []
    response = handler(environ, lambda s, headers: status.append(s))
    b"".join(response)
    response.close()  # request_finished: where Django closes a connection that is not to be kept
    return int(status[0].split()[0])


def test_a_server_thread_keeps_its_database_connection_between_requests(settings):
    settings.ALLOWED_HOSTS = ["localhost"]
    handler = WSGIHandler()
    assert _served(handler, "/healthz") == 200
    kept = connection.connection
    assert kept is not None
    assert _served(handler, "/healthz") == 200
    assert connection.connection is kept  # the same connection, not a new one per request
