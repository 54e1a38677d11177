package org.microcred.platform.web;

import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Maps the platform's exceptions to statuses: not found 404, conflict 409, invalid input 400. Modules may add
 * their own advice with higher precedence. The message of these exceptions is written for users, in their language.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class GlobalExceptionHandling {

	private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandling.class);

	private final ErrorPages errors;

	GlobalExceptionHandling(ErrorPages errors) {
		this.errors = errors;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(InvalidInputException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, ex);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object concurrentEdit(OptimisticLockingFailureException ex, HttpServletRequest request) {
		log.info("Concurrent modification rejected: {}", ex.getMessage());
		return answer(request, HttpStatus.CONFLICT, Msg.of("error.concurrent-edit"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		if (UploadFailures.nameTooLong(ex)) {
			return answer(request, HttpStatus.BAD_REQUEST, UploadFailures.NAME_TOO_LONG);
		}
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, Msg.of("error.upload-too-large"));
	}

	/** An upload the servlet container could not take apart: the client's fault, said in plain words. */
	@ExceptionHandler(MultipartException.class)
	Object unreadableUpload(MultipartException ex, HttpServletRequest request) {
		log.info("Refused an upload: {}", UploadFailures.messages(ex));
		return answer(request, HttpStatus.BAD_REQUEST, UploadFailures.describe(ex));
	}

	private Object answer(HttpServletRequest request, HttpStatusCode status, MessageSourceResolvable message) {
		if (Requests.wantsJson(request)) {
			return errors.problem(status, message);
		}
		return errors.page(status, message);
	}

}
