package ru.erp.crm.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CRM server of this checkout as the catalogue benchmarks drive it: {@code ./crm start|stop}
 * with an environment, the Payara java process of this checkout only (found by the checkout's
 * {@code .runtime} path in its command line, so another checkout's server is never touched), and
 * its heap as {@code jcmd GC.heap_info} reports it.
 */
final class CrmProcess {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Path root;

    CrmProcess(Path root) {
        this.root = root;
    }

    void start(Map<String, String> env) throws IOException, InterruptedException {
        run(env, "start");
    }

    void stop() throws IOException, InterruptedException {
        run(Map.of(), "stop");
    }

    /** The pid of this checkout's Payara server, if it runs. */
    Optional<Long> serverPid() {
        String runtime = root.resolve(".runtime") + "/";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> c.contains(runtime)).orElse(false))
                .map(ProcessHandle::pid)
                .findFirst();
    }

    /** kill -9 of this checkout's server, as a power cut would; returns its pid. */
    long killHard() throws InterruptedException {
        long pid = serverPid().orElseThrow(() -> new IllegalStateException("no Payara process of " + root + " runs"));
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        handle.destroyForcibly();
        handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        return pid;
    }

    /** The heap in use (MB) as {@code jcmd <pid> GC.heap_info} reports it, or -1 when it cannot tell. */
    long heapUsedMb(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            List<String> lines = new String(jcmd.getInputStream().readAllBytes()).lines().toList();
            jcmd.waitFor(10, TimeUnit.SECONDS);
            for (String line : lines) {
                Matcher used = USED.matcher(line);
                if (line.contains("total") && used.find()) {
                    return Long.parseLong(used.group(1)) / 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void run(Map<String, String> env, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("crm").toString(), command).directory(root.toFile()).inheritIO();
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("./crm " + command + " exited with " + exit);
        }
    }
}
