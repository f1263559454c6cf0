package ru.erp.crm.integration.onec.bank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides how a bank file is encoded from its first bytes, because the {@code Кодировка=} header
 * lies (UTF-8 files say Windows). UTF-8, with or without BOM, when the prefix is valid UTF-8 and
 * has Cyrillic in it; otherwise windows-1251 or DOS (cp866), whichever makes more of the format's
 * Cyrillic keys readable, windows-1251 on a tie as by far the more common.
 *
 * <p>Only a bounded prefix is looked at; the rest is streamed through the chosen decoder. Bytes it
 * cannot decode become {@link #UNDECODABLE} rather than an exception from deep inside a buffered
 * read, so the reader can name the exact line of a wrong guess or a damaged file.
 */
final class BankFileEncoding {

    static final int PREFIX_LENGTH = 64 * 1024;
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset DOS = Charset.forName("IBM866");
    static final char UNDECODABLE = '\uFFFD';

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> KEYS = List.of("ВерсияФормата", "Кодировка", "Отправитель", "Получатель",
            "ДатаНачала", "ДатаКонца", "РасчСчет", "СекцияРасчСчет", "КонецРасчСчет", "СекцияДокумент",
            "КонецДокумента", "КонецФайла", "Номер", "Дата", "Сумма", "Плательщик");

    private BankFileEncoding() {
    }

    /** The detected encoding and the whole input decoded with it, prefix included. */
    record Decoded(Charset charset, Reader reader) {
    }

    static Decoded decode(InputStream input) throws IOException {
        byte[] prefix = input.readNBytes(PREFIX_LENGTH);
        boolean whole = prefix.length < PREFIX_LENGTH;
        int skip = startsWithBom(prefix) ? UTF8_BOM.length : 0;
        Charset charset = skip > 0 ? StandardCharsets.UTF_8 : detect(prefix, whole);
        InputStream replay = new SequenceInputStream(
                new ByteArrayInputStream(prefix, skip, prefix.length - skip), input);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE));
        return new Decoded(charset, new InputStreamReader(replay, decoder));
    }

    private static Charset detect(byte[] prefix, boolean whole) {
        String utf8 = strictUtf8(prefix, whole);
        if (utf8 != null && hasCyrillic(utf8)) {
            return StandardCharsets.UTF_8;
        }
        int windows = keysReadable(new String(prefix, WINDOWS_1251));
        int dos = keysReadable(new String(prefix, DOS));
        return dos > windows ? DOS : WINDOWS_1251;
    }

    /**
     * The prefix as UTF-8, or null when it is not valid UTF-8. A prefix cut off inside a
     * multi-byte character is still valid: the rest of it is in the bytes not yet read.
     */
    private static String strictUtf8(byte[] prefix, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(prefix.length);
        ByteBuffer bytes = ByteBuffer.wrap(prefix);
        if (decoder.decode(bytes, chars, whole).isError()) {
            return null;
        }
        if (whole && (bytes.hasRemaining() || decoder.flush(chars).isError())) {
            return null;
        }
        return chars.flip().toString();
    }

    private static boolean hasCyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static int keysReadable(String text) {
        int found = 0;
        for (String key : KEYS) {
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length())) {
                found++;
            }
        }
        return found;
    }

    private static boolean startsWithBom(byte[] prefix) {
        return prefix.length >= UTF8_BOM.length
                && prefix[0] == UTF8_BOM[0] && prefix[1] == UTF8_BOM[1] && prefix[2] == UTF8_BOM[2];
    }
}
