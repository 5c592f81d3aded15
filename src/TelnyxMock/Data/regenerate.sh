#!/usr/bin/env bash
# Regenerates what is derived from the EF model after a change to an entity or its configuration:
# the compiled model (Hosting/CompiledModel, loaded instead of building the model at start-up) and the
# create script (Data/schema.sql, run at start-up). DatabaseModelTests fail until both are current.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
dotnet ef dbcontext optimize --project src/TelnyxMock --output-dir Hosting/CompiledModel --namespace TelnyxMock.Hosting.CompiledModel
dotnet ef dbcontext script --project src/TelnyxMock --output src/TelnyxMock/Data/schema.sql
# The compiled model is SQLite's: the composition root hands it to SqliteStore (UseModel); PostgreSQL builds its model at start-up, so the
# assembly attribute that would hand the compiled model to every provider is not kept.
rm -f src/TelnyxMock/Hosting/CompiledModel/MockDbContextAssemblyAttributes.cs
