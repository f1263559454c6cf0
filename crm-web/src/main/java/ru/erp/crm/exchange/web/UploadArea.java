package ru.erp.crm.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The folder of one 1C exchange session, where {@code mode=file} chunks are appended and zip
 * archives unpacked. Names come from the partner, so every name is checked before it touches the
 * disk: plain file names, and relative paths only below {@code import_files/} (where 1C puts the
 * product pictures); nothing absolute, nothing with {@code ..}.
 */
final class UploadArea {

    /** Stops a zip bomb: no archive may unpack to more than this. */
    static final long MAX_UNPACKED_BYTES = 4L * 1024 * 1024 * 1024;
    private static final String PICTURES = "import_files/";

    private final Path root;

    UploadArea(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Appends one chunk; 1C sends a file larger than {@code file_limit} in several calls. */
    long append(String name, InputStream chunk) throws IOException {
        Path target = resolve(name);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            chunk.transferTo(out);
        }
        return Files.size(target);
    }

    /** The uploaded file of that name, after unpacking archives that are still packed. */
    Path file(String name) throws IOException {
        unpackArchives();
        return resolve(name);
    }

    /**
     * Unpacks every archive uploaded so far into the session folder and removes it, so a
     * repeated {@code mode=import} call does not unpack it again.
     */
    List<String> unpackArchives() throws IOException {
        List<String> unpacked = new ArrayList<>();
        List<Path> archives;
        try (Stream<Path> files = Files.list(root)) {
            archives = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")).toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return unpacked;
        }
        for (Path archive : archives) {
            unpacked.addAll(unpack(archive));
            Files.delete(archive);
        }
        return unpacked;
    }

    private List<String> unpack(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Path partial = target.resolveSibling(target.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    total += copyLimited(zip, out, MAX_UNPACKED_BYTES - total);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static long copyLimited(InputStream in, OutputStream out, long allowed) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            copied += read;
            if (copied > allowed) {
                throw new IOException("the archive unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    /** The place of a partner-given name inside this area; refuses anything that would leave it. */
    Path resolve(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("filename is missing");
        }
        String normalised = name.replace('\\', '/');
        boolean picture = normalised.startsWith(PICTURES);
        if (normalised.startsWith("/") || normalised.contains("..") || normalised.indexOf(':') >= 0
                || normalised.indexOf('\0') >= 0 || (!picture && normalised.contains("/"))) {
            throw new IllegalArgumentException("filename '" + name + "' is refused: only plain file names, "
                    + "or paths below " + PICTURES + ", are accepted");
        }
        Path target = root.resolve(normalised).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("filename '" + name + "' is refused: it leaves the exchange folder");
        }
        return target;
    }
}
