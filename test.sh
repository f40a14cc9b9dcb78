#!/usr/bin/env bash
# Every test on a fresh Debian machine: installs what the tests need (apt), then runs the build.
# .ci/run calls this same script, so the README's command and CI cannot drift apart.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# What the tests start or run themselves: real PostgreSQL, PgBouncer and Redis servers on free
# loopback ports; headless Chromium (with a font) that renders the plan report; promtool (Debian's
# prometheus) for the alert rules; and the real clients the rendered superset_config.py runs with
# (Celery, kombu, redis-py, Flask-Caching, cachelib, Flask-Limiter, Flask-Login, statsd for
# STATS_LOGGER), gunicorn and nginx. One package per line: add new ones here.
packages=(
  postgresql
  pgbouncer
  redis-server
  python3
  chromium
  fonts-dejavu-core
  prometheus
  celery
  python3-celery
  python3-kombu
  python3-redis
  python3-flask-caching
  python3-cachelib
  python3-flask-limiter
  python3-flask-login
  python3-statsd
  gunicorn
  nginx-light
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "test.sh: installing ${missing[*]}"
  sudo_cmd=""
  [[ $(id -u) -eq 0 ]] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export CDK_DISABLE_CLI_TELEMETRY=true
exec mvn -B -ntp verify "$@"
