#!/usr/bin/env bash
# Packs TelnyxMock.Testing and TelnyxMock.Testcontainers into ./local-packages and runs this example test project
# against those packages and a TelnyxMock image, the way a user's suite consumes them. The image is $TELNYXMOCK_IMAGE
# (CI: the one tests/container/podman built). Without DOCKER_HOST, it serves podman's Docker-compatible API on a socket
# of its own for the run. Exits non-zero when packing, restoring or any test fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export TELNYXMOCK_IMAGE="${TELNYXMOCK_IMAGE:-localhost/telnyxmock:ci}"

if [ -z "${DOCKER_HOST:-}" ]; then
  command -v podman >/dev/null || { echo "no DOCKER_HOST and no podman: nothing to run containers with" >&2; exit 1; }
  socket="$(mktemp -d)/podman.sock"
  podman system service --time=0 "unix://$socket" > "${socket%.sock}.log" 2>&1 &
  service=$!
  trap 'kill "$service" 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
  export DOCKER_HOST="unix://$socket"
fi
# Ryuk, Testcontainers' reaper, is an image from Docker Hub, which these machines cannot pull; each test disposes
# its containers itself.
export TESTCONTAINERS_RYUK_DISABLED=true
if command -v podman >/dev/null && ! podman image exists "$TELNYXMOCK_IMAGE"; then
  echo "image $TELNYXMOCK_IMAGE is not there: build it first (tests/container/podman/build-image.sh)" >&2; exit 1
fi

version=$(dotnet msbuild "$root/src/TelnyxMock.Testcontainers/TelnyxMock.Testcontainers.csproj" -getProperty:Version -nologo)
rm -rf "$here/local-packages" "$here/bin" "$here/obj"
global="$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')"
for package in TelnyxMock.Testing TelnyxMock.Testcontainers; do
  dotnet pack "$root/src/$package/$package.csproj" -c Release -o "$here/local-packages" --nologo -v quiet
  # NuGet keeps a restored version in its global folder; drop it so this run uses what was just packed.
  rm -rf "$global/${package,,}/$version"
done

cd "$here"
dotnet test TelnyxContainer.Tests.csproj -p:TelnyxMockVersion="$version" --nologo
