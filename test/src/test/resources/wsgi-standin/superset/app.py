"""Stand-in WSGI app for Superset's superset.app:create_app(): /health answers at once, /slow?s=S after S seconds,
/status?code=C answers with HTTP status C.

Every answer names the gunicorn that served it (its --bind port, from the SERVED_BY environment variable).
"""
import os
import time
from urllib.parse import parse_qs


def create_app():
    def app(environ, start_response):
        if environ["PATH_INFO"] == "/slow":
            time.sleep(float(parse_qs(environ.get("QUERY_STRING", "")).get("s", ["1"])[0]))
        body = os.environ.get("SERVED_BY", "?").encode()
        status = "200 OK"
        if environ["PATH_INFO"] == "/status":
            status = parse_qs(environ.get("QUERY_STRING", "")).get("code", ["500"])[0] + " Stand-in"
        start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
        return [body]

    return app
