#!/bin/sh
# Installs what CI needs beyond the .NET SDK: Debian's Hugo (0.111), used by HugoSiteTests to build
# the hugo-flavour output with a real Hugo. Safe to run twice. Needs root (CI containers run as root).
set -eu
if command -v hugo >/dev/null 2>&1; then
    hugo version
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends hugo
hugo version
