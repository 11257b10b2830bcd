# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# The Debian 12 packages HAN Monitor needs to build, run and test. This is the only list:
# scripts/run and scripts/test both call han_ensure_packages. Add new packages here, one a line,
# with the reason next to it. Use real package names, not virtual ones that apt resolves (dpkg-query
# only knows real ones): e.g. qt6-serialport-dev, which provides libqt6serialport6-dev.

HAN_PACKAGES=(
    build-essential       # g++, make, libc headers
    cmake
    ninja-build
    pkg-config
    qt6-base-dev          # Qt6::Core (and later Gui, Widgets, Sql)
    qt6-base-dev-tools    # moc, rcc, uic
    qt6-serialport-dev    # QSerialPort (provides libqt6serialport6-dev), for the acquisition worker
    qt6-tools-dev         # Qt6LinguistTools' CMake files: qt_add_translations
    qt6-l10n-tools        # lupdate and lrelease (Qt 6) for the translations and their test
    qt6-translations-l10n # Qt's own catalogs (qtbase_da.qm, ...): standard buttons and dialogs in the user's language
    qt6-charts-dev        # Qt Charts: the Energy view's bar chart
    libqt6opengl6-dev     # Qt6OpenGL's CMake files: Qt6Charts' config needs them, but Debian 12's qt6-charts-dev does not depend on it
    libqcustomplot-dev    # QCustomPlot 2.1 (CMake package QCustomPlotQt6): the live and phase charts
    qt6-qpa-plugins       # the platform plugins (xcb, wayland) the desktop app loads at run time
    libqt6svg6            # the SVG icon engine: the app icon is an SVG
    fonts-dejavu-core     # a font for the offscreen UI tests and screenshots
    xvfb                  # xvfb-run: the UI under a real X server in tests and screenshots
    xauth                 # xvfb-run needs it
    libqt6sql6-sqlite     # Qt SQL's SQLite driver plugin (QSQLITE), loaded at run time by the history store
    libsecret-1-dev       # libsecret: meter keys in the desktop keyring (optional at build time: without it, a 0600 file)
    gnome-keyring         # a Secret Service for the key store's keyring test (in a private dbus-run-session)
    libgtest-dev          # GoogleTest (GTest::gtest, GTest::gtest_main)
    libgmock-dev          # GTest::gmock; GTestConfig.cmake only defines it when this is installed
    libbenchmark-dev      # Google Benchmark: the benchmarks of tests/bench, run by scripts/bench
    libssl-dev            # OpenSSL's libcrypto (EVP AES-128-GCM): decrypting encrypted meters' frames (GloCipher)
    socat                 # pseudo-terminal pairs for the serial integration tests
    tzdata                # zoneinfo for QTimeZone (Europe/Oslo)
    dbus-daemon           # a private bus for the desktop-notification tests (they skip without it)
    locales               # localedef and the locale sources: the test that han-cli's data stays in the C locale under nb_NO.UTF-8
    python3               # the CSV tests read exports back with Python's csv module
    librsvg2-bin          # rsvg-convert: the PNG sizes of the app icon, rendered from its SVG at build time
    desktop-file-utils    # desktop-file-validate: the test of the .desktop file
    appstream             # appstreamcli: the test of the AppStream metainfo
    man-db                # man --warnings: the tests of the man pages (what lintian runs)
)

# Prints the packages from the arguments that are not installed, one a line.
han_missing_packages()
{
    local pkg status
    for pkg in "$@"; do
        # Unknown packages make dpkg-query fail; a removed one reports "rc"/"un": all missing.
        status=$(dpkg-query -W -f='${db:Status-Abbrev}\n' "$pkg" 2>/dev/null || true)
        if ! grep -q '^ii' <<<"$status"; then
            printf '%s\n' "$pkg"
        fi
    done
}

# Installs whichever of HAN_PACKAGES (plus any package named as an argument) is missing.
# Does nothing, and needs no root, when everything is installed. Otherwise runs apt-get update
# and apt-get install as root, through sudo when not root; without sudo it prints the command
# and fails.
han_ensure_packages()
{
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "han: dpkg-query not found; this script expects Debian 12 (bookworm) or a derivative." >&2
        echo "han: install the equivalent of: ${HAN_PACKAGES[*]} $*" >&2
        return 1
    fi

    local missing
    mapfile -t missing < <(han_missing_packages "${HAN_PACKAGES[@]}" "$@")
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "==> packages: all ${#HAN_PACKAGES[@]} present" >&2
        return 0
    fi

    echo "==> packages: installing ${missing[*]}" >&2
    local -a sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "han: missing packages and not root (and no sudo). Run as root:" >&2
            echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
            return 1
        fi
    fi
    # Explicit returns: callers may run this where `set -e` does not apply (han_step).
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 || return 1

    mapfile -t missing < <(han_missing_packages "${HAN_PACKAGES[@]}" "$@")
    if [[ ${#missing[@]} -ne 0 ]]; then
        echo "han: still missing after apt-get install: ${missing[*]}" >&2
        return 1
    fi
}
