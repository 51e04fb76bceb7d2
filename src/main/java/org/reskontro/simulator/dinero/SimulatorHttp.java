package org.reskontro.simulator.dinero;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reskontro.simulator.ResponseBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JDK HTTP server under the simulator: reads requests, writes answers, tells the exchange listeners. */
final class SimulatorHttp {

    private static final Logger log = LoggerFactory.getLogger(SimulatorHttp.class);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Function<ApiRequest, ApiResponse> api;
    private final List<Consumer<DineroExchange>> listeners = new CopyOnWriteArrayList<>();

    SimulatorHttp(String host, int port, Function<ApiRequest, ApiResponse> api) {
        this.api = api;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Dinero simulator on " + host + ":" + port, e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void addListener(Consumer<DineroExchange> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<DineroExchange> listener) {
        listeners.remove(listener);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            ApiRequest request = new ApiRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), copy(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes());
            ApiResponse response = answer(request);
            tellListeners(request, response); // before writing: whoever holds the answer can rely on the report
            write(exchange, response);
        } catch (IOException e) {
            log.debug("Dinero simulator: client went away ({})", e.toString());
        }
    }

    private ApiResponse answer(ApiRequest request) {
        try {
            return api.apply(request);
        } catch (ApiException e) {
            return e.toResponse();
        } catch (RuntimeException e) {
            log.warn("Dinero simulator failed on {} {}", request.method(), request.path(), e);
            return new ApiException(500, "InternalServerError", "The simulator failed: " + e.getMessage())
                    .toResponse();
        }
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                ResponseBodies.write(out, body);
            }
        }
    }

    private void tellListeners(ApiRequest request, ApiResponse response) {
        DineroExchange seen = new DineroExchange(request.method(), request.path(), request.rawQuery(),
                request.headers(), request.body(), response.status(), response.contentType(), response.body(),
                response.faultInjected());
        for (Consumer<DineroExchange> listener : listeners) {
            listener.accept(seen);
        }
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }
}
