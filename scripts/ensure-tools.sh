# Sourced by start.sh and test.sh: installs what a fresh machine (Node, npm, apt) lacks.
# Each step is skipped when the tool is already there, so a second run costs nothing.

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  echo "parallax: installing $* from Debian's packages" >&2
  if [ -z "${APT_UPDATED:-}" ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v)" != "$PNPM_VERSION" ]; then
    echo "parallax: installing pnpm@$PNPM_VERSION" >&2
    npm install -g --silent "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

ensure_deps() {
  pnpm install --frozen-lockfile --reporter=silent
}

ensure_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt_install postgresql
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium fonts-dejavu-core
  fi
}
