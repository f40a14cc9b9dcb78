"""Stand-in for superset.security.SupersetSecurityManager: only its limiter, as Flask-AppBuilder creates it.

Flask-AppBuilder's BaseSecurityManager.__init__ calls self.create_limiter(app), whose body is
Limiter(key_func=get_remote_address) followed by limiter.init_app(app) (flask_appbuilder/security/manager.py).
"""
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address


class SupersetSecurityManager:
    def __init__(self, app):
        self.limiter = self.create_limiter(app)

    def create_limiter(self, app):
        limiter = Limiter(key_func=get_remote_address)
        limiter.init_app(app)
        return limiter
