class RedisCache:
    """Records its arguments; the real class opens a redis.Redis client with them."""

    def __init__(self, host="localhost", port=6379, password=None, db=0, default_timeout=300, key_prefix=None, **kwargs):
        self.arguments = dict(host=host, port=port, password=password, db=db, default_timeout=default_timeout,
                              key_prefix=key_prefix, **kwargs)
