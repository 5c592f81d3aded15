#!/usr/bin/env bash
# Builds the repository's Dockerfile, as it is, with podman, into localhost/telnyxmock:ci (or the name given), on
# the local stand-ins for its two base images (standins.sh: nothing is pulled). The image stays in podman's store for
# check-image.sh and the steps after it. Idempotent: stand-ins are made only when missing or stale, and podman reuses
# the build's cached layers when the sources have not changed. Needs root, podman, debootstrap and the .NET SDK.
#   tests/container/podman/build-image.sh [image]
# TELNYXMOCK_IMAGE_NUGET_CACHE= (empty) makes the build stage restore from the NuGet feed instead of this machine's
# package cache (~80 s instead of ~5 s here).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
image="${1:-localhost/telnyxmock:ci}"
nuget_cache="${TELNYXMOCK_IMAGE_NUGET_CACHE-${NUGET_PACKAGES:-$HOME/.nuget/packages}}"
started=$SECONDS

"$here/standins.sh"
standins=$((SECONDS - started))

# --pull=never: only the stand-ins, under the names the Dockerfile uses. --format docker: an OCI image config has no
# health check, so buildah would drop HEALTHCHECK (docker build keeps it). The cache mount only saves the download:
# restore still reads only the files the Dockerfile copies before it, so a file it forgets fails the build.
# Buildah warns that TARGETARCH, BUILDPLATFORM and TARGETPLATFORM are "missing" while it reads the FROM line, then
# sets them (amd64, linux/amd64) as docker buildx does; a probe RUN echo shows the values.
args=(--pull=never --format docker -t "$image" -f "$root/Dockerfile")
if [ -n "$nuget_cache" ]; then
  mkdir -p "$nuget_cache"
  args+=(-v "$nuget_cache:/root/.nuget/packages")
fi
echo "== podman build ${args[*]} $root"
build_started=$SECONDS
podman build "${args[@]}" "$root"
build=$((SECONDS - build_started))

# What the build must have kept of the Dockerfile: a lost HEALTHCHECK or USER would pass unnoticed otherwise.
config="$(podman image inspect --format '{{.Architecture}} {{.Config.User}} {{json .Config.Healthcheck.Test}}' "$image")"
case "$config" in
  "$(podman info --format '{{.Host.Arch}}') 1654 "*'"/app/TelnyxMock","probe"'*) ;;
  *) echo "the built image lacks the Dockerfile's architecture, USER or HEALTHCHECK: $config"; exit 1 ;;
esac
echo "built $image ($(podman image inspect --format '{{.Size}}' "$image" | numfmt --to=si)B): stand-ins ${standins} s, build ${build} s"
