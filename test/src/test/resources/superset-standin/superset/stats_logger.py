"""Stand-in for superset/stats_logger.py of Superset 6.0: the same classes and constructor, with the same guard.

Superset defines StatsdStatsLogger only when the statsd package imports (a try/except around the class), and each
method hands the key to the real statsd StatsClient, which prefixes it and sends one UDP line per call.
"""
from typing import Optional


class BaseStatsLogger:
    """Base class for logging realtime events"""

    def __init__(self, prefix: str = "superset") -> None:
        self.prefix = prefix

    def key(self, key: str) -> str:
        if self.prefix:
            return self.prefix + key
        return key

    def incr(self, key: str) -> None:
        raise NotImplementedError()

    def decr(self, key: str) -> None:
        raise NotImplementedError()

    def timing(self, key: str, value: float) -> None:
        raise NotImplementedError()

    def gauge(self, key: str, value: float) -> None:
        raise NotImplementedError()


class DummyStatsLogger(BaseStatsLogger):
    def incr(self, key: str) -> None:
        pass

    def decr(self, key: str) -> None:
        pass

    def timing(self, key: str, value: float) -> None:
        pass

    def gauge(self, key: str, value: float) -> None:
        pass


try:
    from statsd import StatsClient

    class StatsdStatsLogger(BaseStatsLogger):
        def __init__(self, host: str = "localhost", port: int = 8125, prefix: str = "superset",
                     statsd_client: Optional[StatsClient] = None) -> None:
            if statsd_client:
                self.client = statsd_client
            else:
                self.client = StatsClient(host=host, port=port, prefix=prefix)

        def incr(self, key: str) -> None:
            self.client.incr(key)

        def decr(self, key: str) -> None:
            self.client.decr(key)

        def timing(self, key: str, value: float) -> None:
            self.client.timing(key, value)

        def gauge(self, key: str, value: float) -> None:
            self.client.gauge(key, value)

except Exception:  # pylint: disable=broad-except
    pass
