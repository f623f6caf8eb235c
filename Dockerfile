# OurPlan in a container: exactly what `cargo xtask release` packs, in a small Debian image,
# run as a non-root user. Build the tarball first, then:
#   docker build --build-arg VERSION=0.1.0 -t ourplan .
# Not built on our build machines (no container registry is reachable from them).

FROM debian:bookworm-slim AS unpacked
ARG VERSION=0.1.0
# ADD unpacks a local tarball.
ADD target/release/ourplan-${VERSION}-linux-x86_64.tar.gz /release/
RUN mv /release/ourplan-${VERSION} /opt/ourplan

FROM debian:bookworm-slim
# webauthn-rs checks passkeys with OpenSSL 3; email over TLS needs the CA certificates.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /var/lib/ourplan --create-home ourplan
COPY --from=unpacked /opt/ourplan /opt/ourplan
USER ourplan
WORKDIR /opt/ourplan
ENV OURPLAN_LISTEN=0.0.0.0:8080 \
    OURPLAN_DATABASE_URL=sqlite:///var/lib/ourplan/ourplan.db \
    OURPLAN_DIST_DIR=/opt/ourplan/dist \
    OURPLAN_LOG_FORMAT=json
VOLUME /var/lib/ourplan
EXPOSE 8080
ENTRYPOINT ["/opt/ourplan/ourplan"]
CMD ["serve"]
