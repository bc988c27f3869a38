package de.podium.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, SameSite=Lax (a second line of CSRF defence besides the JSF view state),
 * and Secure when Podium runs behind HTTPS ({@code podium.security.secure-cookies}).
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(ConfigProvider.getConfig()
                .getOptionalValue("podium.security.secure-cookies", Boolean.class).orElse(false));
    }
}
