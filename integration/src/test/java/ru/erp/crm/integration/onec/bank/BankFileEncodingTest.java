package ru.erp.crm.integration.onec.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BankFileEncodingTest {

    private static final String TEXT = "1CClientBankExchange\nВерсияФормата=1.03\nКодировка=Windows\nСекцияДокумент=Платежное поручение\n";

    @Test
    void eachEncodingIsRecognisedByItsBytesNotByTheHeader() throws IOException {
        assertEquals(StandardCharsets.UTF_8, decode(TEXT.getBytes(StandardCharsets.UTF_8)).charset());
        assertEquals(BankFileEncoding.WINDOWS_1251, decode(TEXT.getBytes(BankFileEncoding.WINDOWS_1251)).charset());
        assertEquals(BankFileEncoding.DOS, decode(TEXT.getBytes(BankFileEncoding.DOS)).charset());
    }

    @Test
    void textWithoutCyrillicFallsBackToWindows1251() throws IOException {
        assertEquals(BankFileEncoding.WINDOWS_1251, decode("1CClientBankExchange\n".getBytes(StandardCharsets.US_ASCII))
                .charset());
    }

    @Test
    void aUtf8CharacterCutByThePrefixBoundaryStillCountsAsUtf8AndIsDecodedWhole() throws IOException {
        // 'Я' is two bytes in UTF-8; the filler puts its second byte just past the prefix
        int head = TEXT.getBytes(StandardCharsets.UTF_8).length;
        String text = TEXT + "x".repeat(BankFileEncoding.PREFIX_LENGTH - head - 1) + "Я" + TEXT;

        BankFileEncoding.Decoded decoded = decode(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(text, readAll(decoded.reader()));
    }

    @Test
    void theBomIsNotPartOfTheText() throws IOException {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertEquals(TEXT, readAll(decode(withBom).reader()));
    }

    @Test
    void aLongWindows1251FileIsDecodedPastThePrefix() throws IOException {
        String text = (TEXT + "Сумма=1.00\n").repeat(2000);
        Charset windows1251 = BankFileEncoding.WINDOWS_1251;

        assertEquals(text, readAll(decode(text.getBytes(windows1251)).reader()));
    }

    private static BankFileEncoding.Decoded decode(byte[] bytes) throws IOException {
        return BankFileEncoding.decode(new ByteArrayInputStream(bytes));
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }
}
