#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a private D-Bus session with a freshly unlocked GNOME Keyring in a
# temporary home, so the key store's keyring tests use a real Secret Service and never the
# user's own keyring. Exit 77 (ctest: skipped) when dbus-run-session or gnome-keyring-daemon
# is missing.
set -eu
command -v dbus-run-session >/dev/null 2>&1 || { echo "dbus-run-session not installed" >&2; exit 77; }
command -v gnome-keyring-daemon >/dev/null 2>&1 || { echo "gnome-keyring-daemon not installed (Debian: gnome-keyring)" >&2; exit 77; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 0700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_RUNTIME_DIR="$home/run" HAN_TEST_PRIVATE_KEYRING=1
unset DBUS_SESSION_BUS_ADDRESS
# Under AddressSanitizer (the sanitize preset sets ASAN_OPTIONS): GLib has no frame pointers, so
# the fast unwinder stops inside it and LeakSanitizer could not see the libsecret frame that
# tests/sanitizer/lsan.supp names. Two tests only, so the slow unwinder costs nothing.
if [ -n "${ASAN_OPTIONS:-}" ]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"
fi
# The keyring's password on stdin creates and unlocks the login keyring; the daemon exits with
# the session bus.
exec dbus-run-session -- sh -c 'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
