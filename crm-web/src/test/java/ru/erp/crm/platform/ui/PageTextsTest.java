package ru.erp.crm.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;

/** The pages' texts: both languages have the same keys, and every key a page names exists. */
class PageTextsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([^']+)'\\](?!\\.concat)");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        named.removeAll(keys("messages.properties"));
        assertEquals(Set.of(), named);
    }

    @Test
    void everyActivityKindAndStatusHasItsText() {
        Set<String> keys = keys("messages.properties");
        Arrays.stream(ActivityKind.values()).forEach(kind -> assertTrue(keys.contains("activity.kind." + kind), kind.name()));
        Arrays.stream(ActivityStatus.values()).forEach(status -> assertTrue(keys.contains("activity.status." + status), status.name()));
    }

    private static Set<String> keys(String file) {
        try (InputStream in = PageTextsTest.class.getResourceAsStream("/ru/erp/crm/ui/" + file)) {
            return new TreeSet<>(new PropertyResourceBundle(in).keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
