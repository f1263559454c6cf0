package ru.erp.crm.exchange.web;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * Tells whether a file 1C sends in {@code type=sale&mode=file} has arrived whole. The protocol
 * has no "last chunk" marker: 1C splits a file larger than {@code file_limit} into several calls,
 * so a file is complete when a zip archive's central directory (at its end) reads, or when an XML
 * document ends with the end tag of its root element КоммерческаяИнформация, in either of the
 * encodings 1C writes.
 */
final class UploadCompleteness {

    private static final String ROOT_END = "КоммерческаяИнформация>";
    private static final int TAIL_BYTES = 512;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private UploadCompleteness() {
    }

    static boolean isComplete(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return readableZip(file);
        }
        byte[] tail = tail(file);
        String text = new String(tail, StandardCharsets.UTF_8).strip();
        String legacy = new String(tail, WINDOWS_1251).strip();
        return endsWithRoot(text) || endsWithRoot(legacy);
    }

    private static boolean endsWithRoot(String tail) {
        int end = tail.lastIndexOf("</");
        return end >= 0 && tail.substring(end + 2).replaceAll("\\s", "").matches("([\\w.-]+:)?" + ROOT_END);
    }

    private static boolean readableZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] tail(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, TAIL_BYTES);
            byte[] bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
            return bytes;
        }
    }
}
