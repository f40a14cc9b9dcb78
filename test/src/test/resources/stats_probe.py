"""Loads a rendered superset_config.py the way Superset does, then counts one chart cache hit and one miss through
its STATS_LOGGER, as superset/common/utils/query_cache_manager.py does (stats_logger.incr("loaded_from_cache") and
stats_logger.incr("loaded_from_source")). Prints the logger's class.

Usage: SUPERSET_CONFIG_PATH=CONFIG PYTHONPATH=superset-standin SUPERSET_STATSD_HOST=... python3 stats_probe.py
"""
from superset import config

logger = config.STATS_LOGGER
logger.incr("loaded_from_cache")
logger.incr("loaded_from_source")
print(type(logger).__name__)
