"""One error shape for every failure: ``{"error": {"code", "message"}}``."""

from flask import jsonify
from werkzeug.exceptions import HTTPException


class APIError(Exception):
    """A client error with its HTTP status, a stable code and a message a
    developer can act on."""

    def __init__(self, status, code, message):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def body(self):
        return error_body(self.code, self.message)


def error_body(code, message):
    return {"error": {"code": code, "message": message}}


def error_response(status, code, message):
    response = jsonify(error_body(code, message))
    response.status_code = status
    return response


# Werkzeug's errors, renamed to stable codes.
_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
               413: "payload_too_large", 415: "unsupported_media_type"}


def init_app(app):
    @app.errorhandler(APIError)
    def handle_api_error(error):
        return error_response(error.status, error.code, error.message)

    @app.errorhandler(HTTPException)
    def handle_http_error(error):
        code = _HTTP_CODES.get(error.code, "http_error")
        if error.code == 413:
            message = (f"Request body exceeds {app.config['MAX_BODY_BYTES']} bytes "
                       "(MODERATION_MAX_BODY_BYTES); split the batch.")
        else:
            message = error.description
        response = error_response(error.code, code, message)
        if error.code == 405 and getattr(error, "valid_methods", None):
            # RFC 9110: a 405 must say which methods the resource serves.
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response

    @app.errorhandler(Exception)
    def handle_unexpected(error):
        app.logger.exception("unhandled error")
        return error_response(500, "internal_error", "The service failed to handle this request; it has been logged.")
