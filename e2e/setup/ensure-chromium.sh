#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests is installed, and prints its path.
# Idempotent: does nothing when one is found. Order of preference:
#   1. $CHROMIUM_PATH, when set (any Chromium or Chrome build);
#   2. Debian's `chromium` package (/usr/bin/chromium), installed with apt-get when missing
#      (needs root, or passwordless sudo).
# playwright-core drives it over the DevTools protocol; no browser is downloaded by npm.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then echo "$CHROMIUM_PATH"; exit 0; fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
  exit 1
fi

for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [[ -x "$candidate" ]]; then echo "$candidate"; exit 0; fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and no apt-get to install it: install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi

as_root=()
if [[ "$(id -u)" != 0 ]]; then
  if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
    echo "No Chromium found: run 'apt-get install -y chromium' as root, or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

echo "Installing Debian's chromium package for the end-to-end tests..." >&2
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing on a fresh machine (or container image).
if ! apt-cache show chromium >/dev/null 2>&1; then "${as_root[@]}" apt-get update -qq >&2; fi
"${as_root[@]}" apt-get install -y -qq chromium >&2
echo /usr/bin/chromium
