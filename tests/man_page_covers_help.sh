#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when han-cli.1 misses a command of `han-cli --help' (as a .SS section) or an option of
# some `han-cli COMMAND --help' (as \-\-name), so the hand-written page cannot fall behind.
# Usage: man_page_covers_help.sh HAN_CLI MAN_PAGE
set -eu
cli=$1
page=$2
missing=0
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/^Commands:/ { print $1 }')
[ -n "$commands" ] || { echo "no commands found in '$cli --help'"; exit 1; }
for command in $commands; do
    if ! grep -qx "\.SS $command" "$page"; then
        echo "missing: command $command (no '.SS $command')"
        missing=1
    fi
    options=$("$cli" "$command" --help | grep -o -- '--[a-z0-9][a-z0-9-]*' | sort -u)
    for option in $options; do
        escaped=$(printf '%s\n' "$option" | sed 's/-/\\\\-/g')
        if ! grep -q -- "$escaped" "$page"; then
            echo "missing: $command $option"
            missing=1
        fi
    done
done
[ "$missing" -eq 0 ] && echo "han-cli.1 covers every command and option of han-cli --help"
exit "$missing"
