package org.learningmechanics.account.api;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session's CSRF token, for a script that signs in and then changes something over the HTTP API (it sends the
 * token in the header named here, or as the form field for the sign-in post). Only a same-origin page or a client
 * that is not a browser can read this answer: no CORS header lets another site's script see it. A new token is
 * issued at sign-in, so fetch it again after signing in.
 */
@RestController
class CsrfTokenController {

    @GetMapping("/api/csrf")
    ResponseEntity<Map<String, String>> token(CsrfToken token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of(
                "headerName", token.getHeaderName(),
                "parameterName", token.getParameterName(),
                "token", token.getToken()));
    }
}
