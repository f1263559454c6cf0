package ru.erp.crm.integration.onec.bank;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits decoded text into lines, counting them: CRLF, LF and a lone CR all end a line, and a
 * last line without a terminator is still a line. A line longer than {@link #MAX_LENGTH}
 * characters is refused, so a file with no line breaks cannot make the reader hold it whole.
 */
final class NumberedLines {

    /** Far above the longest real line (a 210-character НазначениеПлатежа with its key). */
    static final int MAX_LENGTH = 64 * 1024;

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int number;
    private boolean skipLineFeed;

    NumberedLines(Reader reader) {
        this.reader = reader;
    }

    /** The next line without its terminator, or null at the end of the text. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!started) {
                    return null;
                }
                number++;
                return line.toString();
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            started = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                number++;
                return line.toString();
            }
            if (line.length() == MAX_LENGTH) {
                throw new BankExchangeFormatException("line longer than " + MAX_LENGTH + " characters", number + 1);
            }
            line.append(c);
        }
    }

    /** Number of the line last returned (1-based); 0 before the first. */
    int number() {
        return number;
    }

    private boolean fill() throws IOException {
        int read = reader.read(buffer);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
