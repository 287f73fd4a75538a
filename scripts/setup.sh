#!/usr/bin/env bash
# Installs what Afterburner needs on a fresh Debian 12 machine (run as root), then builds it.
# Toolchains: g++, Python 3, OpenJDK 17, Node.js and Rust are expected; Go comes from Debian.
set -euo pipefail

need_apt=()
command -v go >/dev/null 2>&1 || [ -x /usr/lib/go/bin/go ] || need_apt+=(golang-go)
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
[ -x /usr/bin/python3 ] || need_apt+=(python3)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v javac >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

cargo build --release --locked -p afterburner-cli
echo "setup: built target/release/afterburner"
