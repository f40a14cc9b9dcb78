"""Stand-in WSGI app for Superset's superset.app:create_app(): /health answers at once, /slow?s=S after S seconds.

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
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
        return [body]

    return app
