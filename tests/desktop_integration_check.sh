#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The checks distributions run on desktop integration files, made strict: any warning fails.
#   desktop_integration_check.sh desktop FILE.desktop   desktop-file-validate: errors and warnings
#                                                        fail (it exits 0 on warnings; hints pass)
#   desktop_integration_check.sh man PAGE.1             what lintian runs on a man page: any
#                                                        message from man/groff fails
set -u
mode=$1
file=$2
case $mode in
desktop)
    out=$(desktop-file-validate "$file" 2>&1)
    status=$?
    [ -n "$out" ] && printf '%s\n' "$out"
    [ "$status" -eq 0 ] || exit 1
    if printf '%s\n' "$out" | grep -q -e 'error:' -e 'warning:'; then
        exit 1
    fi
    ;;
man)
    out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$file" 2>&1 >/dev/null)
    if [ -n "$out" ]; then
        printf '%s\n' "$out"
        exit 1
    fi
    ;;
*)
    echo "usage: $0 desktop|man FILE" >&2
    exit 2
    ;;
esac
echo "$file: clean"
