package org.microcred.platform.web;

import org.microcred.platform.Msg;

/**
 * Why the servlet container refused to read an upload, in words for the person who sent it. The container reports
 * a file name with a NUL byte, and a part header (where the file name travels) longer than
 * {@code server.tomcat.max-part-header-size}, only through its exception's type and message.
 */
final class UploadFailures {

	static final Msg NAME_TOO_LONG = Msg.of("error.upload.name-too-long");

	private UploadFailures() {
	}

	static boolean nameTooLong(Throwable failure) {
		return messages(failure).contains("Header section has more than");
	}

	static Msg describe(Throwable failure) {
		if (nameTooLong(failure)) {
			return NAME_TOO_LONG;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return Msg.of("error.upload.name-not-allowed");
			}
		}
		return Msg.of("error.upload.unreadable");
	}

	static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append(" | ");
		}
		return messages.toString();
	}

}
