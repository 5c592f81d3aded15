#!/usr/bin/env bash
# Local stand-ins for the two base images the Dockerfile names, for machines that cannot pull from
# mcr.microsoft.com. Each is tagged with the exact name the Dockerfile uses, so `podman build --pull=never` builds the
# Dockerfile as it is. Made from Debian packages (debootstrap) and this machine's own .NET SDK:
#   mcr.microsoft.com/dotnet/sdk:10.0  a Debian bookworm minbase with ICU and CA certificates, the machine's SDK in
#       /usr/share/dotnet and the real SDK image's environment. It also trusts this machine's local CAs
#       (/usr/local/share/ca-certificates), as a CI machine behind a TLS-inspecting proxy needs for `dotnet restore`.
#   mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled  what the real one carries, cut from the same Debian
#       packages as chisel cuts Ubuntu's: the shared libraries of libc6, libgcc-s1, libstdc++6 and libssl3, the CA
#       bundle, os-release, /etc/passwd and /etc/group with root and app (1654), /home/app, /tmp; no shell, no package
#       manager; the real image's environment and USER 1654.
# A stand-in is made again only when its inputs change (this script, the Debian suite, the SDK, the local CAs): each
# image carries a label with the hash of its inputs. Needs root, podman and debootstrap. Prints how long it took.
set -euo pipefail
sdk_image=mcr.microsoft.com/dotnet/sdk:10.0
runtime_image=mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
suite=bookworm
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
label=org.telnyxmock.standin.inputs
arch="$(podman info --format '{{.Host.Arch}}')"
dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
sdk_version="$(dotnet --version)"
runtime_version="$(ls "$dotnet_root/shared/Microsoft.NETCore.App" | sort -V | tail -n 1)"
aspnet_version="$(ls "$dotnet_root/shared/Microsoft.AspNetCore.App" | sort -V | tail -n 1)"
local_cas=(/usr/local/share/ca-certificates/*.crt)
[ -e "${local_cas[0]}" ] || local_cas=()
started=$SECONDS

script_hash="$(sha256sum "$0" | cut -c1-64)"
runtime_inputs="$(printf '%s\n' "$script_hash" "$suite" "$arch" | sha256sum | cut -c1-16)"
sdk_inputs="$( { printf '%s\n' "$script_hash" "$suite" "$arch" "$sdk_version"; ls "$dotnet_root"/shared/* "$dotnet_root"/packs;
  cat "${local_cas[@]}" /dev/null; } | sha256sum | cut -c1-16)"

current() { # image, inputs hash: is the image there, made from these inputs?
  [ "$(podman image inspect --format "{{index .Labels \"$label\"}}" "$1" 2>/dev/null)" = "$2" ]
}
if current "$sdk_image" "$sdk_inputs" && current "$runtime_image" "$runtime_inputs"; then
  echo "stand-ins are current ($sdk_image $sdk_inputs, $runtime_image $runtime_inputs)"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
echo "== debootstrap $suite (minbase, ICU, CA certificates, libssl3) from $mirror"
debootstrap --variant=minbase --arch="$arch" --include=ca-certificates,libssl3,libicu72 "$suite" "$rootfs" "$mirror" \
  > "$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log"; echo "debootstrap failed"; exit 1; }
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
echo "   $((SECONDS - started)) s"

import() { # directory, image, inputs hash, --change arguments...: the directory as the image's one layer
  local dir=$1 image=$2 inputs=$3 previous; shift 3
  previous="$(podman image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)"
  tar -C "$dir" --numeric-owner -c . | podman import --quiet --os linux --arch "$arch" --change "LABEL $label=$inputs" "$@" - "$image" >/dev/null
  # The stale stand-in, now untagged, unless built layers still stand on it.
  [ -z "$previous" ] || podman rmi "$previous" >/dev/null 2>&1 || true
  echo "   $image: $(podman image inspect --format '{{.Size}}' "$image" | numfmt --to=si)B, $((SECONDS - started)) s"
}

if ! current "$runtime_image" "$runtime_inputs"; then
  echo "== $runtime_image stand-in: the libraries of libc6, libgcc-s1, libstdc++6, libssl3; no shell"
  cut="$work/chiseled"
  mkdir -p "$cut"/{etc/ssl/certs,usr/bin,usr/sbin,usr/lib64,usr/lib,home,root,run,var/cache,var/lib/dpkg,var/log,var/tmp}
  ln -s usr/bin "$cut/bin"; ln -s usr/sbin "$cut/sbin"; ln -s usr/lib "$cut/lib"; ln -s usr/lib64 "$cut/lib64"
  ln -s /run "$cut/var/run"; mkdir -m 1777 "$cut/tmp" "$cut/run/lock"; ln -s /run/lock "$cut/var/lock"
  # The "_libs" slices: the packages' shared objects, not their gconv modules, documentation or helpers. Paths are
  # written as merged /usr, since /lib and /lib64 are symlinks here as on Ubuntu.
  packages=(libc6 libgcc-s1 libstdc++6 libssl3)
  chroot "$rootfs" dpkg -L "${packages[@]}" | sed -E 's#^/(lib|lib64)/#/usr/\1/#' | sort -u | while read -r path; do
    case "$path" in /usr/lib/*/gconv/*|/usr/lib/*/audit/*) continue ;; /usr/lib/*|/usr/lib64/*) ;; *) continue ;; esac
    [ -d "$rootfs$path" ] && [ ! -L "$rootfs$path" ] && continue
    echo "${path#/}"
  done > "$work/files"
  tar -C "$rootfs" -c --no-recursion -T "$work/files" | tar -C "$cut" -x
  # The CA bundle as chisel's ca-certificates_data makes it (Mozilla's certificates concatenated), and release info.
  cat "$rootfs"/usr/share/ca-certificates/mozilla/*.crt > "$cut/etc/ssl/certs/ca-certificates.crt"
  cp -a "$rootfs/usr/lib/os-release" "$cut/usr/lib/os-release"; ln -s ../usr/lib/os-release "$cut/etc/os-release"
  cp "$rootfs/etc/debian_version" "$cut/etc/"
  printf 'root:x:0:0:root:/root:/noshell\napp:x:1654:1654::/home/app:/bin/false\n' > "$cut/etc/passwd"
  printf 'root:x:0:\napp:x:1654:\n' > "$cut/etc/group"
  install -d -m 0755 -o 1654 -g 1654 "$cut/home/app"
  # What chisel-wrapper writes for scanners: the dpkg status of the packages the files came from.
  awk -v RS= -v ORS='\n\n' '/^Package: (libc6|libgcc-s1|libstdc\+\+6|libssl3|ca-certificates|base-files)\n/' \
    "$rootfs/var/lib/dpkg/status" > "$cut/var/lib/dpkg/status"
  import "$cut" "$runtime_image" "$runtime_inputs" \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV APP_UID=1654' --change 'ENV ASPNETCORE_HTTP_PORTS=8080' \
    --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' --change 'ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true' \
    --change 'USER 1654'
fi

if ! current "$sdk_image" "$sdk_inputs"; then
  echo "== $sdk_image stand-in: Debian $suite with this machine's SDK $sdk_version (runtime $runtime_version)"
  if [ "${#local_cas[@]}" -gt 0 ]; then
    cp "${local_cas[@]}" "$rootfs/usr/local/share/ca-certificates/"
    chroot "$rootfs" update-ca-certificates >/dev/null 2>&1
  fi
  groupadd -R "$rootfs" --gid 1654 app && useradd -R "$rootfs" --uid 1654 --gid 1654 --shell /bin/false --create-home app
  cp -a "$dotnet_root" "$rootfs/usr/share/dotnet"
  ln -s /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
  import "$rootfs" "$sdk_image" "$sdk_inputs" \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV APP_UID=1654' --change 'ENV ASPNETCORE_HTTP_PORTS=8080' --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' \
    --change "ENV DOTNET_VERSION=$runtime_version" --change "ENV ASPNET_VERSION=$aspnet_version" \
    --change 'ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false' --change 'ENV DOTNET_NOLOGO=true' \
    --change "ENV DOTNET_SDK_VERSION=$sdk_version" --change 'ENV DOTNET_USE_POLLING_FILE_WATCHER=true' \
    --change 'ENV NUGET_XMLDOC_MODE=skip'
fi
echo "stand-ins made in $((SECONDS - started)) s"
