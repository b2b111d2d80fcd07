# factbot: a static binary on a distroless base, running as non-root.
# Build: docker build -t factbot .   Run: see the README.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# The same build step CI runs (.ci/build.sh), so CI catches what breaks it.
RUN sh .ci/build.sh /out/factbot && mkdir -p /out/data

# distroless/static has CA certificates and a nonroot user (65532); the
# time zone database is inside the binary (time/tzdata).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/factbot /factbot
COPY --from=build --chown=65532:65532 /out/data /data
ENV FACTBOT_DATA=/data/factbot.db \
    HTTP_ADDR=:8081
VOLUME ["/data"]
EXPOSE 8080 8081
USER 65532:65532
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["/factbot", "healthcheck"]
ENTRYPOINT ["/factbot"]
