package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KppTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "773601001", // ПАО Сбербанк
            "770401001", "770943002", "665801001", "183101001", "183201001", "184001001",
            "770545001", "774550001", // found in /work/shared/samples/1c/bankexchange/*.txt
            "7701AB001", "50010Z001", // reason code with Latin capitals, allowed since 2013
    })
    void acceptsWellFormedKpps(String kpp) {
        assertEquals(Optional.empty(), Kpp.check(kpp));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "77360100", "7736010011", "0", // wrong length (1C exports sometimes carry 10 characters)
            "7701ab001", // lower-case letters
            "7701АБ001", // Cyrillic letters that look Latin
            "77A101001", "773601A01", // letters outside positions 5-6
            "7736-01001", "773601 001", " 773601001", // separators and blanks
    })
    void rejectsMalformedKpps(String kpp) {
        assertEquals(Optional.of(new RequisiteViolation("kpp", "crm.validation.kpp.format")),
                Kpp.check(kpp));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankMeansNothingToCheck(String kpp) {
        assertEquals(Optional.empty(), Kpp.check(kpp));
    }
}
