# syntax=docker/dockerfile:1
# TelnyxMock: build with the .NET SDK image, run on the small chiseled runtime-deps image (no shell, non-root).
#   docker build -t telnyxmock .
#   docker run --rm -p 12111:12111 -v telnyxmock-data:/data telnyxmock

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
# The release workflow passes the tag's version (v0.3.0 → 0.3.0); a local build keeps Directory.Build.props'.
ARG VERSION=""
WORKDIR /src
# Restore first, from the project files only, so the layer is reused until a dependency changes.
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props ./
COPY src/TelnyxMock/TelnyxMock.csproj src/TelnyxMock/TelnyxMock.Runtime.props src/TelnyxMock/
RUN dotnet restore src/TelnyxMock/TelnyxMock.csproj -a "$TARGETARCH" -p:SelfContained=true
COPY src/ src/
# Self-contained for the target architecture: the app and the framework are precompiled together (composite
# ReadyToRun, see TelnyxMock.csproj), so the mock starts without compiling most of its code first.
RUN dotnet publish src/TelnyxMock/TelnyxMock.csproj -c Release -a "$TARGETARCH" --self-contained true -o /app --no-restore ${VERSION:+-p:Version=$VERSION} \
 && mkdir -p /data

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS final
WORKDIR /app
COPY --from=build /app ./
# The database lives on a volume owned by the image's non-root user (APP_UID 1654 in .NET images).
COPY --from=build --chown=1654:1654 /data /data
# Every interface on 12111. The base image's ASPNETCORE_HTTP_PORTS=8080 is emptied, or ASP.NET Core would warn at
# each start that ASPNETCORE_URLS overrides it. Publish it elsewhere with -p 9000:12111.
ENV ASPNETCORE_HTTP_PORTS="" \
    ASPNETCORE_URLS=http://+:12111 \
    ConnectionStrings__TelnyxMock="Data Source=/data/telnyxmock.db"
VOLUME /data
EXPOSE 12111
USER 1654
# The binary probes itself (chiseled images have no curl): exit 0 when /_mock/health answers 2xx.
HEALTHCHECK --interval=5s --timeout=4s --start-period=10s --retries=3 CMD ["/app/TelnyxMock", "probe", "http://127.0.0.1:12111/_mock/health"]
ENTRYPOINT ["/app/TelnyxMock"]
