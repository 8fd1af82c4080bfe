package app.lightbox.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx (package nginx-light) serving one folder on a free loopback port with {@code sendfile on}
 * and the headers Lightbox sends with a file, run as a child process with its own prefix, pid and logs in a
 * temporary folder. The reference a benchmark measures Lightbox against.
 */
final class Nginx implements AutoCloseable {

    static final String PACKAGE = "nginx-light";

    private final Path home;
    private final Process process;
    private final int port;

    private Nginx(Path home, Process process, int port) {
        this.home = home;
        this.process = process;
        this.port = port;
    }

    static Nginx start() throws IOException, InterruptedException {
        String executable = Tools.require("nginx", PACKAGE);
        // Workers run as nobody when started by root: they must be able to read the folder.
        Path home = Files.createTempDirectory("lightbox-nginx-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.createDirectories(home.resolve("files"));
        int port = freePort();
        Path config = Files.writeString(home.resolve("nginx.conf"), config(home, port));
        Process process = new ProcessBuilder(executable, "-p", home.toString(), "-c", config.toString(),
                "-e", home.resolve("error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("output.log").toFile())
                .start();
        Nginx nginx = new Nginx(home, process, port);
        nginx.awaitListening();
        return nginx;
    }

    /** The folder served as {@code /files/}: what is copied here can be fetched at {@link #url}. */
    Path files() {
        return home.resolve("files");
    }

    String url(String name) {
        return "http://127.0.0.1:" + port + "/files/" + name;
    }

    /** The CPU time (user and system) that nginx's master and workers have used so far. */
    Duration cpuTime() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    static String version() {
        return Tools.firstLine(Tools.require("nginx", PACKAGE), "-v").replace("nginx version: ", "");
    }

    private static String config(Path home, int port) {
        return """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_requests 100000;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    types { image/jpeg jpg; image/png png; image/gif gif; image/webp webp; }
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s;
                        location /files/ {
                            add_header Cache-Control "public, no-cache";
                            add_header X-Content-Type-Options nosniff;
                            add_header Content-Security-Policy "default-src 'none'; sandbox";
                        }
                    }
                }
                """.formatted(home, port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(home.resolve("output.log")));
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen on port " + port + " within 15 s");
    }

    /** Stops nginx (SIGTERM: a fast shutdown of the master and its workers) and removes its folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
