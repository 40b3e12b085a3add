#!/usr/bin/env bash
# Debian packages the platform and its tests need: PostgreSQL (the multi-user database), Chromium (browser
# tests), a CJK font (PDF bulletins), poppler-utils (the PDF rendering check), wrk (benchmarks), redis-server
# (the shared cache and job queue of several app servers), libreoffice-writer-nogui (reads uploaded .doc/.wps/.rtf),
# libreoffice-calc-nogui (tests only: writes the real Excel .xls named .doc that must be told apart from Word).
set -euo pipefail
packages=(postgresql chromium fonts-wqy-microhei poppler-utils wrk redis-server libreoffice-writer-nogui
          libreoffice-calc-nogui)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "安装 Debian 软件包:${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
