package ru.erp.crm.exchange.web;

import java.util.ArrayList;
import java.util.List;

/** A plain-text answer of the 1C site-exchange protocol: one item per line, LF-terminated. */
public record SiteAnswer(List<String> lines) {

    static SiteAnswer success(String... more) {
        return withFirst("success", List.of(more));
    }

    static SiteAnswer progress(String detail) {
        return withFirst("progress", List.of(detail));
    }

    /** 1C shows the second line to the operator; it must say what went wrong and where. */
    static SiteAnswer failure(String reason) {
        return withFirst("failure", List.of(reason.replace('\n', ' ').replace('\r', ' ')));
    }

    static SiteAnswer lines(List<String> lines) {
        return new SiteAnswer(List.copyOf(lines));
    }

    private static SiteAnswer withFirst(String first, List<String> more) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(more);
        return new SiteAnswer(List.copyOf(all));
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
