#!/usr/bin/env bash
# A dry run of .github/workflows/release.yml, without a registry or GitHub: every package packed by the workflow's own
# script with a pre-release version into a local feed, then installed from that feed alone (the tool as a user installs
# it; the libraries restored and compiled against by a fresh project); the image the workflow would push saved as an
# OCI archive by podman and loaded back. Needs the image CI built ($TELNYXMOCK_IMAGE, default localhost/telnyxmock:ci).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
image="${TELNYXMOCK_IMAGE:-localhost/telnyxmock:ci}"
work="$(mktemp -d)"
global="$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')"
base=$(dotnet msbuild "$root/src/TelnyxMock/TelnyxMock.csproj" -getProperty:VersionPrefix -nologo)
version="$base-dryrun.$(date +%s)"
cleanup() {
  rm -rf "$work"
  for package in telnyxmock telnyxmock.testing telnyxmock.testcontainers telnyxmock.aspire.hosting; do rm -rf "$global/$package/$version"; done
  podman rmi -f "localhost/telnyxmock-dryrun:$version" >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail() { echo "FAIL: $1"; exit 1; }

echo "== .github/scripts/pack.sh $version"
"$root/.github/scripts/pack.sh" "$version" "$work/feed"
expected=$(for project in "$root"/src/*/*.csproj; do
  [ "$(dotnet msbuild "$project" -getProperty:IsPackable -nologo)" = "true" ] && basename "$project" .csproj
done | sort)
packed=$(cd "$work/feed" && ls -- *.nupkg | sed "s/\.$version\.nupkg$//" | sort)
[ "$packed" = "$expected" ] || fail "packed [$packed], expected one package per packable project [$expected]"
for package in "$work"/feed/*.nupkg; do
  # Lists are read whole before grep: with pipefail, grep -q closing the pipe early fails the lister.
  files=$(unzip -Z1 "$package")
  grep -qx 'README.md' <<< "$files" || fail "$(basename "$package") carries no README.md"
done
echo "ok: $(echo "$packed" | wc -l) packages with version $version and a README: $(echo $packed)"

echo "== the tool, installed from the feed"
dotnet tool install --tool-path "$work/tools" --add-source "$work/feed" --version "$version" TelnyxMock >/dev/null
[ "$("$work/tools/telnyxmock" --version)" = "$version" ] || fail "the installed tool does not say $version"
echo "ok: dotnet tool install from the feed; telnyxmock --version prints $version"

echo "== the libraries, restored from the feed alone and compiled against"
mkdir -p "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><add key="dry-run" value="$work/feed" /></packageSources>
  <packageSourceMapping>
    <packageSource key="dry-run"><package pattern="TelnyxMock.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
references="" uses=""
for package in $packed; do
  case "$package" in
    TelnyxMock.Testing) uses+="_ = typeof(TelnyxMock.Testing.TelnyxMockServer);"$'\n' ;;
    TelnyxMock.Testcontainers) uses+="_ = typeof(TelnyxMock.Testcontainers.TelnyxMockBuilder);"$'\n' ;;
    TelnyxMock.Aspire.Hosting) uses+="_ = typeof(Aspire.Hosting.TelnyxMockBuilderExtensions);"$'\n' ;;
    TelnyxMock) continue ;; # the tool, installed above
    *) fail "the dry run does not know how to use the package $package: add it here" ;;
  esac
  references+="<PackageReference Include=\"$package\" Version=\"$version\" />"
done
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
  <ItemGroup>$references</ItemGroup>
</Project>
XML
printf '%s' "$uses" > "$work/consumer/Program.cs"
(cd "$work/consumer" && dotnet build --nologo -v quiet) || fail "a project could not restore or compile against the packages"
echo "ok: a fresh project restored the libraries from the feed and compiled against them"

echo "== the image, saved as an OCI archive"
podman image exists "$image" || fail "no image $image: build it first (tests/container/podman/build-image.sh)"
podman save -q --format oci-archive -o "$work/telnyxmock.oci.tar" "$image"
files=$(tar -tf "$work/telnyxmock.oci.tar")
grep -qx 'index.json' <<< "$files" || fail "the archive has no index.json"
grep -qx 'oci-layout' <<< "$files" || fail "the archive has no oci-layout"
loaded=$(podman load -q -i "$work/telnyxmock.oci.tar" | sed -n 's/^Loaded image: //p' | head -n 1)
podman tag "$loaded" "localhost/telnyxmock-dryrun:$version"
[ "$(podman image inspect -f '{{.Id}}' "localhost/telnyxmock-dryrun:$version")" = "$(podman image inspect -f '{{.Id}}' "$image")" ] \
  || fail "the image loaded from the archive is not the one saved"
echo "ok: $image saved as an OCI archive ($(du -h "$work/telnyxmock.oci.tar" | cut -f1)) and loaded back as the same image"
