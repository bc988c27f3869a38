package de.podium.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;

/** Look-ups shared by the registration API tests: outbox mail of a recipient, tokens, QR codes. */
final class RegistrationChecks {

    private RegistrationChecks() {
    }

    static List<String> mailKinds(String recipient) throws SQLException {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement(
                     "SELECT kind FROM outbox_message WHERE recipient = ? ORDER BY id")) {
            q.setString(1, recipient);
            List<String> kinds = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    kinds.add(rs.getString(1));
                }
            }
            return kinds;
        }
    }

    static String manageToken(long id) throws SQLException {
        return RegistrationFixtures.column(id, "manage_token");
    }
}
