package wb.jupyter;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import sun.misc.Signal;
import sun.misc.SignalHandler;
import wb.notebook.CellRecorder;
import wb.notebook.NotebookJson;
import wb.notebook.Output;
import wb.session.CodeAssist;
import wb.session.Session;
import wb.session.SessionSettings;
import wb.session.ShellStarter;

/**
 * The wb Jupyter kernel: a wb session behind the five sockets of a Jupyter connection file.
 *
 * <p>The shell socket is served on the calling thread (cells run there, one at a time); the
 * control socket (interrupt, shutdown) and the heartbeat each have a thread of their own, so an
 * interrupt reaches a running cell. SIGINT interrupts too (Jupyter sends it to a kernel whose
 * spec says {@code "interrupt_mode": "signal"}). Outputs go to the IOPub socket as
 * they happen. Figures never open a window: the session's display is the cell recorder, and AWT
 * runs headless.
 */
public final class KernelServer {
    /** How long a socket poll waits before the loops look at whether the kernel is shutting down. */
    private static final int POLL_MILLIS = 100;

    private final ConnectionFile connection;
    private final Wire wire;
    private final PrintStream log;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Object iopubLock = new Object();
    private ZMQ.Socket iopub;
    private Session session;
    private CodeAssist assist;
    private CellExecutor cells;
    /** The header of the request whose outputs are being published, or null (silent). */
    private volatile JsonObject publishing;
    private final long seed;

    private KernelServer(ConnectionFile connection, long seed, PrintStream log) {
        this.connection = connection;
        this.wire = new Wire(connection.signatureScheme(), connection.key());
        this.seed = seed;
        this.log = log;
    }

    /**
     * Runs a kernel for a connection file until a client shuts it down.
     *
     * @param log where the kernel's own messages go (Jupyter shows the kernel's standard error
     *            in the server's log)
     * @return the exit status: 0 after a shutdown request
     * @throws IllegalArgumentException if the connection file is missing or wrong
     */
    public static int run(Path connectionFile, long seed, PrintStream log) {
        return new KernelServer(ConnectionFile.read(connectionFile), seed, log).serve();
    }

    private int serve() {
        System.setProperty("java.awt.headless", "true");
        ShellStarter starter = ShellStarter.begin();
        try (ZContext context = new ZContext()) {
            ZMQ.Socket shell = bind(context, SocketType.ROUTER, connection.shellPort());
            ZMQ.Socket control = bind(context, SocketType.ROUTER, connection.controlPort());
            ZMQ.Socket stdin = bind(context, SocketType.ROUTER, connection.stdinPort());
            ZMQ.Socket heartbeat = bind(context, SocketType.REP, connection.hbPort());
            iopub = bind(context, SocketType.PUB, connection.iopubPort());
            Thread beat = start("wb-kernel-heartbeat", () -> echo(context, heartbeat));
            CellRecorder recorder = new CellRecorder(true, this::publish);
            session = Session.start(new SessionSettings(seed, recorder), starter);
            assist = new CodeAssist(session);
            assist.warmUpInBackground();
            cells = new CellExecutor(session, recorder, Path.of("").toAbsolutePath());
            System.setOut(cells.out());
            System.setErr(cells.err());
            // Jupyter's stdin requests are not supported: a snippet reading System.in sees its end
            // instead of waiting on whatever pipe the kernel was started with.
            System.setIn(java.io.InputStream.nullInputStream());
            if (Signal.handle(new Signal("INT"), sig -> cells.interrupt()) == SignalHandler.SIG_IGN) {
                log.println("wb kernel: this process inherited SIGINT ignored; interrupts work by message only");
            }
            status("starting", null);
            watchParent(System.getenv("JPY_PARENT_PID"));
            Thread controlThread = start("wb-kernel-control", () -> serve(context, control, true));
            serve(context, shell, false);
            controlThread.join();
            beat.join();
            stdin.close();
            session.close();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Ends the kernel when the process that started it ends, as IPython's kernel does: jupyter_client
     * names itself in {@code JPY_PARENT_PID}. A client that dies without shutting the kernel down
     * would otherwise leave it running, and its sockets bound, for good.
     */
    private void watchParent(String parentPid) {
        if (parentPid == null || !parentPid.matches("\\d+")) {
            return;
        }
        java.util.Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(parentPid));
        if (parent.isEmpty()) {
            return;
        }
        parent.get().onExit().thenRun(() -> {
            log.println("wb kernel: the process that started it (" + parentPid + ") ended; shutting down");
            cells.interrupt();
            running.set(false);
        });
    }

    private ZMQ.Socket bind(ZContext context, SocketType type, int port) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        socket.bind(connection.address(port));
        return socket;
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void echo(ZContext context, ZMQ.Socket heartbeat) {
        try (ZMQ.Poller poller = context.createPoller(1)) {
            poller.register(heartbeat, ZMQ.Poller.POLLIN);
            while (running.get()) {
                if (poller.poll(POLL_MILLIS) > 0) {
                    byte[] ping = heartbeat.recv(ZMQ.DONTWAIT);
                    if (ping != null) {
                        heartbeat.send(ping);
                    }
                }
            }
        }
    }

    /** Serves the shell or the control socket until the kernel shuts down. */
    private void serve(ZContext context, ZMQ.Socket socket, boolean isControl) {
        try (ZMQ.Poller poller = context.createPoller(1)) {
            poller.register(socket, ZMQ.Poller.POLLIN);
            while (running.get()) {
                if (poller.poll(POLL_MILLIS) <= 0) {
                    continue;
                }
                Wire.Message request;
                while ((request = wire.read(socket, log::println)) != null) {
                    handle(socket, request, isControl);
                }
            }
        }
    }

    private void handle(ZMQ.Socket socket, Wire.Message request, boolean isControl) {
        String type = request.type();
        JsonObject parent = request.header();
        if (isControl && type.equals("interrupt_request")) {
            cells.interrupt();
            reply(socket, request, "interrupt_reply", ok());
            return;
        }
        status("busy", parent);
        try {
            switch (type) {
                case "kernel_info_request" -> reply(socket, request, "kernel_info_reply", KernelInfo.content(seed));
                case "execute_request" -> execute(socket, request);
                case "complete_request" -> reply(socket, request, "complete_reply",
                        Assistance.complete(assist, request.content()));
                case "inspect_request" -> reply(socket, request, "inspect_reply",
                        Assistance.inspect(assist, request.content()));
                case "is_complete_request" -> reply(socket, request, "is_complete_reply",
                        Assistance.isComplete(session, request.content()));
                case "history_request" -> reply(socket, request, "history_reply", history());
                case "comm_info_request" -> {
                    JsonObject content = ok();
                    content.add("comms", new JsonObject());
                    reply(socket, request, "comm_info_reply", content);
                }
                case "shutdown_request" -> shutdown(socket, request);
                default -> log.println("wb kernel: ignored a " + type + " message");
            }
        } catch (RuntimeException e) {
            log.println("wb kernel: " + type + " failed: " + e);
        } finally {
            status("idle", parent);
        }
    }

    private void execute(ZMQ.Socket socket, Wire.Message request) {
        JsonObject content = request.content();
        String code = content.has("code") ? content.get("code").getAsString() : "";
        boolean silent = content.has("silent") && content.get("silent").getAsBoolean();
        boolean store = !silent && (!content.has("store_history") || content.get("store_history").getAsBoolean());
        JsonObject input = new JsonObject();
        input.addProperty("code", code);
        input.addProperty("execution_count", store ? cells.nextCount() : Math.max(1, cells.nextCount() - 1));
        if (!silent) {
            publish("execute_input", request.header(), input);
        }
        publishing = silent ? null : request.header();
        CellExecutor.Result result;
        try {
            result = cells.execute(code, store);
        } finally {
            publishing = null;
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("execution_count", result.count());
        if (result.error() == null) {
            reply.addProperty("status", "ok");
            reply.add("user_expressions", new JsonObject());
            reply.add("payload", new JsonArray());
        } else {
            reply.addProperty("status", "error");
            reply.addProperty("ename", result.error().ename());
            reply.addProperty("evalue", result.error().evalue());
            JsonArray traceback = new JsonArray();
            result.error().traceback().forEach(traceback::add);
            reply.add("traceback", traceback);
        }
        reply(socket, request, "execute_reply", reply);
    }

    private JsonObject history() {
        JsonObject content = ok();
        JsonArray entries = new JsonArray();
        List<String> cellsRun = cells.history();
        for (int i = 0; i < cellsRun.size(); i++) {
            JsonArray entry = new JsonArray();
            entry.add(0);
            entry.add(i + 1);
            entry.add(cellsRun.get(i));
            entries.add(entry);
        }
        content.add("history", entries);
        return content;
    }

    private void shutdown(ZMQ.Socket socket, Wire.Message request) {
        boolean restart = request.content().has("restart") && request.content().get("restart").getAsBoolean();
        cells.interrupt();
        JsonObject content = ok();
        content.addProperty("restart", restart);
        reply(socket, request, "shutdown_reply", content);
        running.set(false);
    }

    /** Sends a finished output of the running cell to the clients. */
    private void publish(Output output) {
        JsonObject parent = publishing;
        if (parent == null) {
            return;
        }
        JsonObject content = new JsonObject();
        String type;
        if (output instanceof Output.Stream stream) {
            type = "stream";
            content.addProperty("name", stream.name());
            content.addProperty("text", stream.text());
        } else if (output instanceof Output.DisplayData display) {
            type = "display_data";
            content.add("data", bundle(display.data()));
            content.add("metadata", new JsonObject());
            content.add("transient", new JsonObject());
        } else if (output instanceof Output.ExecuteResult result) {
            type = "execute_result";
            content.addProperty("execution_count", result.executionCount());
            content.add("data", bundle(result.data()));
            content.add("metadata", new JsonObject());
        } else {
            Output.Error error = (Output.Error) output;
            type = "error";
            content.addProperty("ename", error.ename());
            content.addProperty("evalue", error.evalue());
            JsonArray traceback = new JsonArray();
            error.traceback().forEach(traceback::add);
            content.add("traceback", traceback);
        }
        publish(type, parent, content);
    }

    private static JsonObject bundle(java.util.Map<String, String> data) {
        JsonObject json = new JsonObject();
        data.forEach(json::addProperty);
        return json;
    }

    private void status(String state, JsonObject parent) {
        JsonObject content = new JsonObject();
        content.addProperty("execution_state", state);
        publish("status", parent, content);
    }

    private void publish(String type, JsonObject parent, JsonObject content) {
        synchronized (iopubLock) {
            wire.send(iopub, List.of(type.getBytes(java.nio.charset.StandardCharsets.UTF_8)), type, parent, content);
        }
    }

    private void reply(ZMQ.Socket socket, Wire.Message request, String type, JsonObject content) {
        wire.send(socket, request.identities(), type, request.header(), content);
    }

    static JsonObject ok() {
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        return content;
    }

    /** The language the kernel speaks, as {@code kernel_info} and notebooks describe it. */
    static final class KernelInfo {
        private KernelInfo() {
        }

        static JsonObject content(long seed) {
            JsonObject content = ok();
            content.addProperty("protocol_version", Wire.PROTOCOL_VERSION);
            content.addProperty("implementation", "wb");
            String version = KernelServer.class.getPackage().getImplementationVersion();
            content.addProperty("implementation_version", version == null ? "dev" : version);
            JsonObject language = new JsonObject();
            NotebookJson.languageInfo().forEach(language::addProperty);
            language.addProperty("version", String.valueOf(Runtime.version().feature()));
            content.add("language_info", language);
            content.addProperty("banner", "wb " + (version == null ? "dev" : version) + " · JDK "
                    + System.getProperty("java.runtime.version") + " · seed " + seed);
            content.add("help_links", new JsonArray());
            content.addProperty("debugger", false);
            return content;
        }
    }
}
