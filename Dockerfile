# syntax=docker/dockerfile:1
# Siaga Humas: build with Maven, run on a JRE 17 as a non-root user, data on a volume.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so a code change does not download the world again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system siaga \
 && useradd --system --gid siaga --home-dir /app --shell /usr/sbin/nologin siaga \
 && mkdir -p /data \
 && chown siaga:siaga /data
WORKDIR /app
COPY --from=build /src/target/siaga-humas-*.jar /app/siaga-humas.jar

# The embedded H2 database lives here; point SPRING_DATASOURCE_* at PostgreSQL for production.
ENV SIAGA_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8080
USER siaga

# Liveness, not overall health: while the database is away the application answers 503 and recovers by itself
# (README "Operations"); restarting the container would not help.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/siaga-humas.jar"]
