package org.microcred.platform.web;

/**
 * Why the servlet container refused to read an upload, in words for the person who sent it. The container reports
 * a file name with a NUL byte, and a part header (where the file name travels) longer than
 * {@code server.tomcat.max-part-header-size}, only through its exception's type and message.
 */
final class UploadFailures {

	static final String NAME_TOO_LONG = "The file name is too long. Rename the file to a shorter name (up to a few "
			+ "hundred characters) and upload it again.";

	private UploadFailures() {
	}

	static boolean nameTooLong(Throwable failure) {
		return messages(failure).contains("Header section has more than");
	}

	static String describe(Throwable failure) {
		if (nameTooLong(failure)) {
			return NAME_TOO_LONG;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return "The file name contains a character that is not allowed (such as a NUL byte). Rename the file "
						+ "and upload it again.";
			}
		}
		return "The upload could not be read: it was cut short or malformed. Please try again.";
	}

	static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append(" | ");
		}
		return messages.toString();
	}

}
