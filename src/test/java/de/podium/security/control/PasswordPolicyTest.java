package de.podium.security.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** The passwords the attacker's probe got accepted, and the message each one gets. */
class PasswordPolicyTest {

    private static final String EMAIL = "reuss@kreis-beispiel.de";

    private static String refusal(String password) {
        PodiumException.Invalid refused = assertThrows(PodiumException.Invalid.class,
                () -> PasswordPolicy.check(password, EMAIL, "Katharina", "Schimmelpfennig", "Katharina Schimmelpfennig"));
        assertEquals("password", refused.fieldErrors().get(0).field());
        return refused.fieldErrors().get(0).messageKey();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kurz              | error.password.tooShort",
            "'            '    | error.password.blank",
            "aaaaaaaaaaaa      | error.password.repetitive",
            "abababababababab  | error.password.repetitive",
            "reuss@kreis-beispiel.de | error.password.personal",
            "REUSS@kreis-beispiel.DE | error.password.personal",
            "'Katharina Schimmelpfennig' | error.password.personal",
            "schimmelpfennig   | error.password.personal",
            "katharinaSCHIMMELPFENNIG | error.password.personal",
            "passwordpassword  | error.password.common",
            "123456789012      | error.password.common",
            "Qwertyuiop123     | error.password.common"})
    void weakPasswordsAreRefusedWithTheirReason(String password, String reason) {
        assertEquals(reason, refusal(password));
    }

    @Test
    void tabsOnlyAndHugePasswordsGetTheirOwnMessage() {
        assertEquals("error.password.blank", refusal("\t".repeat(12)));
        assertEquals("error.password.tooLong", refusal("x".repeat(200_000)));
        assertEquals("Das Passwort darf höchstens 256 Zeichen lang sein.",
                Texts.get(Texts.GERMAN, "error.password.tooLong", PasswordPolicy.MAX_LENGTH));
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("Kreistag tagt im Plenarsaal am Freitag", EMAIL, "Thomas", "Reuß"));
        assertDoesNotThrow(() -> PasswordPolicy.check("ä".repeat(6) + "öü".repeat(3), EMAIL));
        assertDoesNotThrow(() -> PasswordPolicy.check("Kreistag ".repeat(28) + "abcd", EMAIL), "256 characters");
    }
}
