package org.microcred.identity.internal;

import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Ends an account's sessions, wherever they were opened (they are found in the session store by the account's
 * e-mail, the name each logged-in session is indexed by).
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the account but the one making this request, if any, which gets a new id: after a new
	 * password, a session id someone else may have learnt is worth nothing.
	 */
	public void endOthers(String email) {
		HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				? a.getRequest() : null;
		HttpSession current = request == null ? null : request.getSession(false);
		String keep = current == null ? null : current.getId();
		Set<String> ids = sessions.findByPrincipalName(email).keySet();
		ids.stream().filter(id -> !id.equals(keep)).forEach(sessions::deleteById);
		if (keep != null && ids.contains(keep)) {
			request.changeSessionId();
		}
	}

	/** Ends every session of the account. */
	public void endAll(String email) {
		sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
	}

}
