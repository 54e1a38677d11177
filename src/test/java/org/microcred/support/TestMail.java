package org.microcred.support;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * One GreenMail SMTP server per test JVM. Tests look only at messages to their own unique addresses.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized int port() {
		if (server == null) {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server.getSmtp().getPort();
	}

	/** Waits until a message to the address arrives and returns all messages to it. */
	public static List<Message> awaitMessagesTo(String address, int atLeast) {
		port();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			List<Message> found = messagesTo(address);
			if (found.size() >= atLeast) {
				return found;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("No e-mail to " + address + " arrived within 15 s");
	}

	public static List<Message> messagesTo(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).map(m -> (Message) m).toList();
	}

	public static String body(Message message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

	/** The message's text, decoded (accented letters and all), for tests of what it says. */
	public static String text(Message message) {
		try {
			return message.getContent().toString();
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first link in the message that starts with the given path. */
	public static String link(Message message, String pathPrefix) {
		String body = body(message);
		int start = body.indexOf(pathPrefix);
		if (start < 0) {
			throw new AssertionError("No link to " + pathPrefix + " in: " + body);
		}
		int end = start;
		while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
			end++;
		}
		return body.substring(start, end);
	}

}
