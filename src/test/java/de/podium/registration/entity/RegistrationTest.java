package de.podium.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;

class RegistrationTest {

    private static Registration fresh() {
        Conference conference = new Conference("test", "Test", ZoneId.of("Europe/Berlin"),
                LocalDateTime.of(2027, 3, 10, 9, 0), LocalDateTime.of(2027, 3, 10, 17, 0));
        Category category = conference.addCategory("LANDRAT", "Landrat/Landrätin");
        return new Registration(category, new PersonName("Dr.", "Thomas", "de Maizière"),
                new EmailAddress(" T.deMaiziere@Example.org "), "de", "2026-01", true);
    }

    @Test
    void newRegistrationWaitsForConfirmationWithLongRandomTokens() {
        Registration r = fresh();
        assertEquals(RegistrationStatus.PENDING_CONFIRMATION, r.getStatus());
        assertTrue(r.getManageToken().length() >= 40);
        assertNotEquals(r.getManageToken(), r.getCheckinCode());
        assertEquals("T.deMaiziere@Example.org", r.getEmail());
        assertEquals("Dr. Thomas de Maizière", r.getName().full());
    }

    @Test
    void confirmingThenCheckingIn() {
        Registration r = fresh();
        r.confirm();
        assertEquals(RegistrationStatus.CONFIRMED, r.getStatus());
        assertNotNull(r.getConfirmedAt());
        r.checkIn();
        assertEquals(RegistrationStatus.CHECKED_IN, r.getStatus());
        assertThrows(IllegalTransition.class, r::checkIn);
        assertThrows(IllegalTransition.class, () -> r.cancel(CancelReason.ATTENDEE));
    }

    @Test
    void aConfirmationThatFindsNoPlaceAtTheCountersGoesToTheWaitingList() {
        Registration r = fresh();
        r.confirm();
        r.noPlaceAfterAll();
        assertEquals(RegistrationStatus.WAITLISTED, r.getStatus());
        assertNull(r.getConfirmedAt());
        assertNotNull(r.getWaitlistedAt());
        assertThrows(IllegalTransition.class, r::noPlaceAfterAll, "only right after a confirmation");
    }

    @Test
    void aPromotionThatFindsNoPlaceKeepsThePersonsTurnOnTheWaitingList() throws Exception {
        Registration r = fresh();
        r.waitlist();
        java.time.Instant joined = r.getWaitlistedAt();
        Thread.sleep(5);
        r.confirm();
        r.noPlaceAfterAll();
        assertEquals(RegistrationStatus.WAITLISTED, r.getStatus());
        assertEquals(joined, r.getWaitlistedAt());
    }

    @Test
    void noPlaceAfterAllNeedsAConfirmationFirst() {
        assertThrows(IllegalTransition.class, fresh()::noPlaceAfterAll);
    }

    @Test
    void waitlistedCannotCheckInButCanBePromoted() {
        Registration r = fresh();
        r.waitlist();
        assertThrows(IllegalTransition.class, r::checkIn);
        r.confirm();
        assertEquals(RegistrationStatus.CONFIRMED, r.getStatus());
    }

    @Test
    void cancellingAConfirmedRegistrationFreesItsPlaceAndAddress() {
        Registration r = fresh();
        r.confirm();
        assertTrue(r.cancel(CancelReason.ATTENDEE));
        assertEquals(RegistrationStatus.CANCELLED, r.getStatus());
        assertThrows(IllegalTransition.class, r::confirm);
        assertThrows(IllegalTransition.class, () -> r.cancel(CancelReason.ATTENDEE));
    }

    @Test
    void cancellingAWaitlistedRegistrationFreesNoPlace() {
        Registration r = fresh();
        r.waitlist();
        assertFalse(r.cancel(CancelReason.ATTENDEE));
    }

    @Test
    void onlyModeratedRegistrationsCanBeRejected() {
        Registration confirmed = fresh();
        confirmed.confirm();
        assertThrows(IllegalTransition.class, () -> confirmed.cancel(CancelReason.REJECTED));
        Registration moderated = fresh();
        moderated.awaitApproval();
        assertThrows(IllegalTransition.class, moderated::awaitApproval);
        assertFalse(moderated.cancel(CancelReason.REJECTED));
        assertEquals(CancelReason.REJECTED, moderated.getCancelReason());
    }

    @Test
    void anonymisingKeepsStatusAndCategoryButDropsThePerson() {
        Registration r = fresh();
        r.confirm();
        String oldToken = r.getManageToken();
        r.anonymise();
        assertEquals(RegistrationStatus.CONFIRMED, r.getStatus());
        assertEquals("LANDRAT", r.getCategory().getCode());
        assertFalse(r.getName().full().contains("Maizière"));
        assertFalse(r.getEmail().contains("Maiziere"));
        assertNull(r.getOffice());
        assertNotEquals(oldToken, r.getManageToken());
        assertTrue(r.isAnonymised());
    }

    @Test
    void malformedAddressesAreRefused() {
        assertFalse(EmailAddress.isValid("kein-at-zeichen"));
        assertFalse(EmailAddress.isValid("a@b"));
        assertFalse(EmailAddress.isValid("<script>@x.de"));
        assertTrue(EmailAddress.isValid("stefan.reuss@werra-meissner-kreis.de"));
    }
}
