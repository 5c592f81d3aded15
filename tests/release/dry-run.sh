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
  # Every package id of the run: the tool, its per-runtime packages (telnyxmock.linux-x64, ...) and the libraries.
  rm -rf "$global"/telnyxmock/"$version" "$global"/telnyxmock.*/"$version"
  podman rmi -f "localhost/telnyxmock-dryrun:$version" >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail() { echo "FAIL: $1"; exit 1; }

echo "== .github/scripts/pack.sh $version"
"$root/.github/scripts/pack.sh" "$version" "$work/feed"
projects=$(for project in "$root"/src/*/*.csproj; do
  [ "$(dotnet msbuild "$project" -getProperty:IsPackable -nologo)" = "true" ] && basename "$project" .csproj
done | sort)
# The tool's package is a thin one naming a package per runtime (TelnyxMock.linux-x64, ..., TelnyxMock.any): those
# are pushed with it, so they are in the feed too.
[ -f "$work/feed/TelnyxMock.$version.nupkg" ] || fail "no TelnyxMock.$version.nupkg was packed"
rids=$(unzip -p "$work/feed/TelnyxMock.$version.nupkg" 'tools/*/DotnetToolSettings.xml' \
  | sed -n 's/.*<RuntimeIdentifierPackage RuntimeIdentifier="\([^"]*\)".*/\1/p')
grep -qx any <<< "$rids" || fail "the TelnyxMock package names no portable 'any' package: [$(echo $rids)]"
expected=$( (echo "$projects"; for rid in $rids; do echo "TelnyxMock.$rid"; done) | sort)
packed=$(cd "$work/feed" && ls -- *.nupkg | sed "s/\.$version\.nupkg$//" | sort)
[ "$packed" = "$expected" ] || fail "packed [$(echo $packed)], expected one package per packable project and one per runtime of the tool [$(echo $expected)]"
for package in "$work"/feed/*.nupkg; do
  # Lists are read whole before grep: with pipefail, grep -q closing the pipe early fails the lister.
  files=$(unzip -Z1 "$package")
  grep -qx 'README.md' <<< "$files" || fail "$(basename "$package") carries no README.md"
done
echo "ok: $(echo "$packed" | wc -l) packages with version $version and a README: $(echo $packed)"

echo "== the tool, installed from the feed"
dotnet tool install --tool-path "$work/tools" --add-source "$work/feed" --version "$version" TelnyxMock >/dev/null
[ "$("$work/tools/telnyxmock" --version)" = "$version" ] || fail "the installed tool does not say $version"
chosen=$(cd "$work/tools/.store/telnyxmock/$version" && ls -d telnyxmock.*/ | tr -d /)
echo "ok: dotnet tool install from the feed (this machine's package: $chosen); telnyxmock --version prints $version"

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
for package in $projects; do
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
